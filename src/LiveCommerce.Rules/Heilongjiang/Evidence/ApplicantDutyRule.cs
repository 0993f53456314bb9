using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>Where one applicant of a city's list stands under a duty the clause puts on each applicant it concerns.</summary>
internal enum DutyState
{
    /// <summary>The clause does not concern this applicant (not paid for, materials not questioned, not a target).</summary>
    NotOwed,

    /// <summary>The duty is done for this applicant.</summary>
    Done,

    /// <summary>The duty is not done for this applicant.</summary>
    NotDone,

    /// <summary>The list does not record whether it is done.</summary>
    NotRecorded,
}

/// <summary>The texts of an <see cref="ApplicantDutyRule{TFacts, TApplicant}"/>, rendered from the decision.</summary>
/// <param name="NoneOwed">No applicant concerned, or none recorded: not applicable.</param>
/// <param name="AllDone">Met, given how many applicants the clause concerns.</param>
/// <param name="NotDone">Not met, given how many it concerns, the ids not done and the ids not recorded (comma-separated).</param>
/// <param name="NotRecorded">Not evaluated, given the ids not recorded, for a duty whose state can be unrecorded (else a
/// plain "not recorded" naming them).</param>
internal sealed record ApplicantDutyTexts(
    LocalizedText NoneOwed,
    Func<int, LocalizedText> AllDone,
    Func<int, string, string, LocalizedText> NotDone,
    Func<string, LocalizedText>? NotRecorded = null);

/// <summary>
/// A city's clause that binds each applicant it concerns (every questioned applicant reviewed on site, every paid-for
/// target accepted, every target's survey filled in): not met at the first applicant not done; while some are done and
/// others not recorded, not evaluated (an unrecorded duty is not counted as done); none done, not applicable.
/// </summary>
/// <typeparam name="TFacts">The city's list.</typeparam>
/// <typeparam name="TApplicant">One applicant of the list.</typeparam>
internal sealed class ApplicantDutyRule<TFacts, TApplicant>(
    RuleDescriptor clause,
    Func<TFacts, ImmutableArray<TApplicant>> applicants,
    Func<TApplicant, string> id,
    Func<TApplicant, DutyState> state,
    ApplicantDutyTexts texts)
    : Rule<TFacts>(clause)
{
    // One pass: not met at the first applicant not done.
    public override Decision Decide(TFacts facts, DateOnly asOf)
    {
        bool anyDone = false;
        bool anyUnrecorded = false;
        foreach (TApplicant applicant in applicants(facts))
        {
            switch (state(applicant))
            {
                case DutyState.NotDone:
                    return Flag(false);
                case DutyState.Done:
                    anyDone = true;
                    break;
                case DutyState.NotRecorded:
                    anyUnrecorded = true;
                    break;
            }
        }

        return !anyDone ? Decision.NotApplicable
            : anyUnrecorded ? Decision.NotEvaluated
            : Flag(true);
    }

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision)
    {
        if (decision.Outcome == Outcome.NotApplicable)
        {
            return texts.NoneOwed;
        }

        (string Id, DutyState State)[] owed = [.. applicants(facts).Select(a => (id(a), state(a))).Where(a => a.Item2 != DutyState.NotOwed)];
        string unrecorded = Ids(owed, DutyState.NotRecorded);
        return decision.Outcome switch
        {
            Outcome.Met => texts.AllDone(owed.Length),
            Outcome.NotEvaluated => texts.NotRecorded?.Invoke(unrecorded)
                ?? Text.Of($"未检查:以下申报单位未记录:{unrecorded}", $"Not checked: not recorded for {unrecorded}"),
            _ => texts.NotDone(owed.Length, Ids(owed, DutyState.NotDone), unrecorded),
        };
    }

    private static string Ids((string Id, DutyState State)[] owed, DutyState state) =>
        string.Join(", ", owed.Where(a => a.State == state).Select(a => a.Id));
}
