using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>
/// A clause whose condition is a recorded yes/no fact (an obligation, a capability, a step of the procedure): recorded as
/// done, met; recorded as not done, not met; not recorded (or not applicable to these facts), not applicable; each with
/// the text its <see cref="FlagClause"/> declares.
/// </summary>
/// <typeparam name="TFacts">The programme's facts.</typeparam>
internal sealed class RecordedFlagRule<TFacts>(FlagClause clause, Func<TFacts, bool?> recorded)
    : Rule<TFacts>(clause.Descriptor)
{
    private readonly LocalizedText notRecorded = clause.NotRecorded ?? throw new ArgumentException($"{clause.Descriptor.Id} declares no text for a fact not recorded.", nameof(clause));

    public override Decision Decide(TFacts facts, DateOnly asOf) => recorded(facts) switch
    {
        true => new(Outcome.Met),
        false => new(Outcome.NotMet),
        null => Decision.NotApplicable,
    };

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision) => decision.Outcome switch
    {
        Outcome.Met => clause.Met,
        Outcome.NotMet => clause.NotMet,
        _ => notRecorded,
    };
}
