using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>
/// A clause whose condition is a recorded yes/no fact (an obligation, a capability, a step of the procedure): recorded as
/// done, met; recorded as not done, not met; not recorded (or not applicable to these facts), not applicable.
/// </summary>
/// <typeparam name="TFacts">The programme's facts.</typeparam>
internal sealed class RecordedFlagRule<TFacts>(RuleDescriptor descriptor, Func<TFacts, bool?> recorded, LocalizedText met, LocalizedText notMet, LocalizedText notRecorded)
    : Rule<TFacts>(descriptor)
{
    public override Decision Decide(TFacts facts, DateOnly asOf) => recorded(facts) switch
    {
        true => new(Outcome.Met),
        false => new(Outcome.NotMet),
        null => Decision.NotApplicable,
    };

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision) => decision.Outcome switch
    {
        Outcome.Met => met,
        Outcome.NotMet => notMet,
        _ => notRecorded,
    };
}
