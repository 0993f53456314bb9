using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>
/// A clause whose condition is a yes/no fact the facts always carry (a requirement the applicant meets or not): met, or
/// not met (a warning for a 原则上 clause), each with its text.
/// </summary>
/// <typeparam name="TFacts">The programme's facts.</typeparam>
internal sealed class FlagRule<TFacts>(RuleDescriptor descriptor, Func<TFacts, bool> isMet, LocalizedText met, LocalizedText notMet)
    : Rule<TFacts>(descriptor)
{
    public override Decision Decide(TFacts facts, DateOnly asOf) => Flag(isMet(facts));

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision) => decision.Outcome == Outcome.Met ? met : notMet;
}
