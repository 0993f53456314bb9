using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace LiveCommerce.Rules.Engine;

/// <summary>What every built-in rule set states about itself: its description and its parameters.</summary>
public interface IRuleSetDescription
{
    /// <summary>The fixed description.</summary>
    static abstract RuleSetInfo Description { get; }

    /// <summary>The parameters with the document's defaults.</summary>
    static abstract ImmutableArray<ParameterDefinition> ParameterDefinitions { get; }
}

/// <summary>
/// A rule set configured by parameter overrides alone, declared once: its description, parameters and how to make one
/// with overrides. <see cref="RuleSet{TSelf, TFacts}"/> derives <c>Default</c>, <c>Create</c> and
/// <see cref="RuleSet.WithParameters"/> from it.
/// </summary>
/// <typeparam name="TSelf">The rule set.</typeparam>
public interface IRuleSetDeclaration<TSelf> : IRuleSetDescription
    where TSelf : RuleSet
{
    /// <summary>A new rule set with <paramref name="overrides"/>, which are not empty (no overrides is <c>Default</c>).</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown or loosens a standard.</exception>
    static abstract TSelf New(ParameterSet overrides);
}

/// <summary>
/// A rule set configured by options (readings the document leaves open, or configuration a host supplies) and parameter
/// overrides, declared once: <see cref="RuleSet{TSelf, TFacts, TOptions}"/> derives <c>Default</c>, <c>WithOptions</c>
/// and <see cref="RuleSet.WithParameters"/> from it.
/// </summary>
/// <typeparam name="TSelf">The rule set.</typeparam>
/// <typeparam name="TOptions">The options.</typeparam>
public interface IRuleSetDeclaration<TSelf, TOptions> : IRuleSetDescription
    where TSelf : RuleSet
{
    /// <summary>The options of the document as it stands.</summary>
    static abstract TOptions DefaultOptions { get; }

    /// <summary>A new rule set with <paramref name="options"/> and <paramref name="overrides"/>.</summary>
    /// <exception cref="RuleConfigurationException">An option is undefined, or an override is unknown or loosens a standard.</exception>
    static abstract TSelf New(TOptions options, ParameterSet overrides);
}

/// <summary>
/// A rule set over <typeparamref name="TFacts"/> configured by parameter overrides alone: the shared shell (the default
/// instance, creation with overrides) of a rule set that states only its description, parameters, rules and facts
/// checks.
/// </summary>
/// <typeparam name="TSelf">The rule set itself.</typeparam>
/// <typeparam name="TFacts">The facts type.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Read through the rule set's own name (SharedBaseRuleSet.Default), never through the generic base.")]
public abstract class RuleSet<TSelf, TFacts> : RuleSet<TFacts>
    where TSelf : RuleSet<TSelf, TFacts>, IRuleSetDeclaration<TSelf>
    where TFacts : class
{
    private protected RuleSet(ParameterSet overrides)
        : base(TSelf.Description, TSelf.ParameterDefinitions, overrides)
    {
    }

    /// <summary>The rule set with the document's defaults.</summary>
    public static TSelf Default { get; } = TSelf.New(ParameterSet.Empty);

    /// <summary>Creates the rule set with overrides (a stricter local standard); without any, <see cref="Default"/>.</summary>
    /// <exception cref="RuleConfigurationException">An override is unknown, loosens a standard, or is out of range.</exception>
    public static TSelf Create(ParameterSet? overrides = null) => IsEmpty(overrides) ? Default : TSelf.New(overrides!);

    /// <inheritdoc/>
    public override RuleSet WithParameters(ParameterSet overrides) => Create(overrides);
}

/// <summary>
/// A rule set over <typeparamref name="TFacts"/> configured by <typeparamref name="TOptions"/> and parameter overrides:
/// the shared shell (the default instance, the options in force, the same rule set with other options or overrides)
/// of a rule set that states only its description, parameters, options check, rules and facts checks.
/// </summary>
/// <typeparam name="TSelf">The rule set itself.</typeparam>
/// <typeparam name="TFacts">The facts type.</typeparam>
/// <typeparam name="TOptions">The options type; a rule set's <c>Create</c> passes its own arguments to <see cref="Of"/>.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Read through the rule set's own name (SupportRuleSet.Default), never through the generic base.")]
[SuppressMessage("Design", "CA1005:Avoid excessive parameters on generic types", Justification = "The rule set, its facts and its options: each rule set names them once, in its declaration.")]
public abstract class RuleSet<TSelf, TFacts, TOptions> : RuleSet<TFacts>
    where TSelf : RuleSet<TSelf, TFacts, TOptions>, IRuleSetDeclaration<TSelf, TOptions>
    where TFacts : class
{
    private protected RuleSet(TOptions options, ParameterSet overrides)
        : base(TSelf.Description, TSelf.ParameterDefinitions, overrides)
    {
        // Assigned after the base constructor built the rules: a rule that needs the options holds the rule set and
        // reads them when it evaluates.
        Options = options;
    }

    /// <summary>The rule set with the document's defaults and the default options.</summary>
    public static TSelf Default { get; } = TSelf.New(TSelf.DefaultOptions, ParameterSet.Empty);

    /// <summary>The options in force.</summary>
    public TOptions Options { get; }

    /// <summary>The same rule set with other options.</summary>
    /// <exception cref="RuleConfigurationException">An option is undefined.</exception>
    public TSelf WithOptions(TOptions options) => Of(options, Parameters.Overrides);

    /// <inheritdoc/>
    public override RuleSet WithParameters(ParameterSet overrides) => Of(Options, overrides);

    /// <summary>The rule set with <paramref name="options"/> (<see langword="null"/>: the default options) and
    /// <paramref name="overrides"/>: <see cref="Default"/> when both are the document's.</summary>
    private protected static TSelf Of(TOptions? options, ParameterSet? overrides) =>
        (options is null || EqualityComparer<TOptions>.Default.Equals(options, TSelf.DefaultOptions)) && IsEmpty(overrides)
            ? Default
            : TSelf.New(options ?? TSelf.DefaultOptions, overrides ?? ParameterSet.Empty);
}
