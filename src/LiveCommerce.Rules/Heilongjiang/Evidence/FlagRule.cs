using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>
/// A clause whose condition is a yes/no fact the facts always carry (a requirement the applicant meets or not): met, or
/// not met (a warning for a 原则上 clause), each with the text its <see cref="FlagClause"/> declares.
/// </summary>
/// <typeparam name="TFacts">The programme's facts.</typeparam>
internal sealed class FlagRule<TFacts>(FlagClause clause, Func<TFacts, bool> isMet)
    : Rule<TFacts>(clause.Descriptor)
{
    public override Decision Decide(TFacts facts, DateOnly asOf) => Flag(isMet(facts));

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision) => decision.Outcome == Outcome.Met ? clause.Met : clause.NotMet;
}
