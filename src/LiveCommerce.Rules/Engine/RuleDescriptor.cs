using System.Collections.Immutable;

namespace LiveCommerce.Rules.Engine;

/// <summary>
/// What a rule is: id from the catalog, the clause it encodes, how binding it is and its parameters. A clause is declared
/// once, as one descriptor with the parameters it declares (<see cref="Parameters"/>: the only place its default number
/// and comparison are written); the rule set's parameter definitions, the catalog and the docs are derived from it.
/// </summary>
/// <param name="Id">The stable rule id from the catalog, such as <c>HLJ-BASE-AREA</c>.</param>
/// <param name="Subject">What the rule measures, as a noun phrase ("建筑面积" / "Building area").</param>
/// <param name="Citation">The clause the rule encodes.</param>
/// <param name="Severity">Mandatory, or 原则上 (in principle).</param>
/// <param name="Comparison">The comparison the clause's wording implies, when the rule compares a number.</param>
/// <param name="ParameterKeys">The keys of the parameters the rule reads.</param>
/// <param name="Implemented">Whether the library evaluates the rule; <see langword="false"/> for a catalogued clause not yet encoded.</param>
public sealed record RuleDescriptor(
    string Id,
    LocalizedText Subject,
    Citation Citation,
    Severity Severity,
    Comparison? Comparison,
    ImmutableArray<string> ParameterKeys,
    bool Implemented = true)
{
    /// <summary>The parameters this clause declares, with the document's defaults (a subset of <see cref="ParameterKeys"/>:
    /// a clause may also read a parameter another clause declares).</summary>
    public ImmutableArray<ParameterDefinition> Parameters { get; private init; } = [];

    /// <summary>The one threshold parameter this clause declares.</summary>
    /// <exception cref="InvalidOperationException">The clause declares no threshold, or more than one.</exception>
    internal ParameterDefinition ThresholdParameter =>
        Parameters.Count(p => p.IsThreshold) == 1
            ? Parameters.First(p => p.IsThreshold)
            : throw new InvalidOperationException($"{Id} declares {Parameters.Count(p => p.IsThreshold)} threshold parameters, not one.");

    /// <summary>The parameter this clause declares under <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">The clause declares no such parameter.</exception>
    internal ParameterDefinition Parameter(string key) =>
        Parameters.FirstOrDefault(p => p.Key == key) ?? throw new InvalidOperationException($"{Id} declares no parameter {key}.");

    /// <summary>Declares a threshold parameter of this clause with the document's default (key: the rule id unless given).</summary>
    internal RuleDescriptor DeclaringThreshold(LocalizedText label, Threshold defaultThreshold, string? key = null, bool tighteningOnly = true, bool inPrinciple = false) =>
        Declaring(new ParameterDefinition(key ?? Id, Id, label, defaultThreshold, tighteningOnly) { InPrinciple = inPrinciple }) with
        {
            Comparison = Comparison ?? defaultThreshold.Comparison,
        };

    /// <summary>Declares a value parameter of this clause without default (an attachment's figure a host supplies).</summary>
    internal RuleDescriptor DeclaringValue(string key, LocalizedText label, Unit unit, decimal minimum) =>
        Declaring(new ParameterDefinition(key, Id, label, unit, minimum));

    /// <summary>Declares that the clause reads a parameter another clause declares.</summary>
    internal RuleDescriptor Reading(string key) =>
        ParameterKeys.Contains(key) ? this : this with { ParameterKeys = ParameterKeys.Add(key) };

    private RuleDescriptor Declaring(ParameterDefinition definition) =>
        this with
        {
            ParameterKeys = ParameterKeys.Contains(definition.Key) ? ParameterKeys : ParameterKeys.Add(definition.Key),
            Parameters = Parameters.Add(definition),
        };

    /// <summary>The parameter definitions <paramref name="clauses"/> declare, in clause order: a rule set's parameters.</summary>
    internal static ImmutableArray<ParameterDefinition> ParametersOf(params ReadOnlySpan<RuleDescriptor> clauses)
    {
        ImmutableArray<ParameterDefinition>.Builder all = ImmutableArray.CreateBuilder<ParameterDefinition>();
        foreach (RuleDescriptor clause in clauses)
        {
            all.AddRange(clause.Parameters);
        }

        return all.ToImmutable();
    }
}
