using System.Reflection;
using LiveCommerce.Rules.Engine;
using NRules.RuleModel;
using NRulesRuleSet = NRules.RuleModel.RuleSet;

namespace LiveCommerce.Rules.NRules;

/// <summary>
/// An NRules rule repository holding the generated rules of one or more LiveCommerce.Rules rule sets, each in an NRules
/// rule set named as <see cref="NameOf"/> says. Compile it (<c>repository.Compile()</c>), or add
/// <see cref="RuleSetFor(Engine.RuleSet)"/> to your own repository beside your rules.
/// </summary>
/// <remarks>The rules of a rule set match only <see cref="Application{TFacts}"/> facts that carry that very rule set
/// instance, so two parameter sets of one programme can live in one session without firing each other's rules.</remarks>
public sealed class LiveCommerceRuleRepository : IRuleRepository
{
    private static readonly MethodInfo Generic = typeof(LiveCommerceRuleRepository).GetMethod(nameof(Generate), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly List<IRuleSet> ruleSets = [];

    /// <summary>Adds the rules of <paramref name="ruleSet"/> (with the parameters it was built with), named <see cref="NameOf"/>.</summary>
    /// <returns>This repository, so calls chain.</returns>
    public LiveCommerceRuleRepository Add(Engine.RuleSet ruleSet) => Add(ruleSet, NameOf(ruleSet));

    /// <summary>Adds the rules of <paramref name="ruleSet"/> as an NRules rule set named <paramref name="name"/>.</summary>
    /// <returns>This repository, so calls chain.</returns>
    public LiveCommerceRuleRepository Add(Engine.RuleSet ruleSet, string name)
    {
        ruleSets.Add(RuleSetFor(ruleSet, name));
        return this;
    }

    /// <inheritdoc/>
    public IEnumerable<IRuleSet> GetRuleSets() => ruleSets;

    /// <summary>The generated rules of <paramref name="ruleSet"/> as an NRules rule set named <see cref="NameOf"/>, for
    /// loading into any repository.</summary>
    public static IRuleSet RuleSetFor(Engine.RuleSet ruleSet) => RuleSetFor(ruleSet, NameOf(ruleSet));

    /// <summary>
    /// The generated rules of <paramref name="ruleSet"/> as an NRules rule set named <paramref name="name"/>: for two
    /// configurations of one programme that <see cref="NameOf"/> cannot tell apart (the same overrides, other options),
    /// since a repository refuses a second rule set of the same name.
    /// </summary>
    public static IRuleSet RuleSetFor(Engine.RuleSet ruleSet, string name)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var rules = (IEnumerable<IRuleDefinition>)Generic.MakeGenericMethod(ruleSet.FactsType).Invoke(null, [ruleSet])!;
        var set = new NRulesRuleSet(name);
        set.Add(rules);
        return set;
    }

    /// <summary>
    /// The NRules rule set name of <paramref name="ruleSet"/>: <c>id@version</c>, followed by its parameter overrides
    /// when it has any (<c>hlj-shared-base@1.2.0 (HLJ-BASE-AREA=2500)</c>), so that a city's stricter rule set and the
    /// document's own can be loaded into one repository.
    /// </summary>
    public static string NameOf(Engine.RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ParameterSet overrides = ruleSet.Parameters.Overrides;
        return overrides.Values.IsEmpty ? ruleSet.ToString() : $"{ruleSet} ({overrides})";
    }

    private static IEnumerable<IRuleDefinition> Generate<TFacts>(Engine.RuleSet ruleSet)
        where TFacts : class => [.. ClauseRules.For((RuleSet<TFacts>)ruleSet)];
}
