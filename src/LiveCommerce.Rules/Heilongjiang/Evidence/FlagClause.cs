using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>
/// A clause whose condition is a yes/no fact, declared once in its <c>*Clauses</c> class with the text of each answer,
/// so that its rule (<see cref="FlagRule{TFacts}"/>, <see cref="RecordedFlagRule{TFacts}"/>) states only which fact it reads.
/// </summary>
/// <param name="Descriptor">The clause.</param>
/// <param name="Met">The text when the fact holds.</param>
/// <param name="NotMet">The text when it does not.</param>
/// <param name="NotRecorded">The text when the facts do not record it (for a recorded fact only).</param>
internal sealed record FlagClause(RuleDescriptor Descriptor, LocalizedText Met, LocalizedText NotMet, LocalizedText? NotRecorded = null);

/// <summary>How a <c>*Clauses</c> class declares a <see cref="FlagClause"/>.</summary>
internal static class FlagClauses
{
    /// <summary><paramref name="clause"/> with the text of each answer.</summary>
    public static FlagClause Answered(this RuleDescriptor clause, LocalizedText met, LocalizedText notMet, LocalizedText? notRecorded = null) =>
        new(clause, met, notMet, notRecorded);
}
