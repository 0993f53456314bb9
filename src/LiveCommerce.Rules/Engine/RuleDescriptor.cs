using System.Collections.Immutable;

namespace LiveCommerce.Rules.Engine;

/// <summary>What a rule is: id from the catalog, the clause it encodes, how binding it is and its parameters.</summary>
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
    bool Implemented = true);
