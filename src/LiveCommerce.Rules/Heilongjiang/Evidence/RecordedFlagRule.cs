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
    public override Finding Evaluate(TFacts facts, DateOnly asOf) => recorded(facts) switch
    {
        true => With(Outcome.Met, met),
        false => With(Outcome.NotMet, notMet),
        null => With(Outcome.NotApplicable, notRecorded),
    };

    public override bool Passes(TFacts facts, DateOnly asOf) => recorded(facts) != false;
}
