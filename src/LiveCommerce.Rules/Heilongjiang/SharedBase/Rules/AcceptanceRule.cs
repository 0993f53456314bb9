using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// 对经公示无异议的示范创建候选单位,组织专家组进行验收,经验收合格的确定为示范创建单位: only a candidate (候选名单) that
/// passed the public notice without objection may be accepted. An accepted base that was not a candidate, or drew an
/// objection, is not met; one whose public notice is not recorded lacks the evidence.
/// </summary>
internal sealed class AcceptanceRule() : Rule<SharedBaseCitySelection>(SharedBaseClauses.Acceptance)
{
    private static readonly LocalizedText NoneAccepted = new("尚无验收合格的示范基地", "No base has passed acceptance yet");

    /// <summary>Where an applicant stands against the clause.</summary>
    private enum Standing
    {
        NotAccepted,
        NotCandidate,
        Objected,
        Unrecorded,
        Cleared,
    }

    public override Decision Decide(SharedBaseCitySelection facts, DateOnly asOf)
    {
        bool accepted = false, unrecorded = false;
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            switch (StandingOf(a))
            {
                case Standing.NotCandidate or Standing.Objected:
                    return new(Outcome.NotMet);
                case Standing.Unrecorded:
                    unrecorded = true;
                    break;
            }

            accepted |= a.Accepted;
        }

        return !accepted ? Decision.NotApplicable : new(unrecorded ? Outcome.EvidenceIncomplete : Outcome.Met);
    }

    protected override LocalizedText? Explain(SharedBaseCitySelection facts, DateOnly asOf, in Decision decision)
    {
        if (decision.Outcome == Outcome.NotApplicable)
        {
            return NoneAccepted;
        }

        var notCandidate = new List<string>();
        var objected = new List<string>();
        var unrecorded = new List<string>();
        int accepted = 0;
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            switch (StandingOf(a))
            {
                case Standing.NotAccepted:
                    continue;
                case Standing.NotCandidate:
                    notCandidate.Add(a.ApplicationId);
                    break;
                case Standing.Objected:
                    objected.Add(a.ApplicationId);
                    break;
                case Standing.Unrecorded:
                    unrecorded.Add(a.ApplicationId);
                    break;
            }

            accepted++;
        }

        return decision.Outcome switch
        {
            Outcome.NotMet => Text.Of(
                $"验收合格 {accepted} 家,其中未列入候选名单:{Join(notCandidate)};公示有异议:{Join(objected)}",
                $"{accepted} base(s) accepted; not candidates: {Join(notCandidate)}; objection in the public notice: {Join(objected)}"),
            Outcome.EvidenceIncomplete => Text.Of(
                $"验收合格 {accepted} 家,以下候选单位未记录公示结果:{Join(unrecorded)}",
                $"{accepted} base(s) accepted; the public notice is not recorded for: {Join(unrecorded)}"),
            _ => Text.Of(
                $"验收合格 {accepted} 家,均为经公示无异议的候选单位",
                $"All {accepted} accepted base(s) are candidates that passed the public notice without objection"),
        };
    }

    private static Standing StandingOf(SharedBaseCandidate a) =>
        !a.Accepted ? Standing.NotAccepted
        : a.SelectedAsCandidate != true ? Standing.NotCandidate
        : a.PassedPublicNotice switch
        {
            false => Standing.Objected,
            null => Standing.Unrecorded,
            true => Standing.Cleared,
        };

    private static string Join(List<string> ids) => ids.Count == 0 ? "—" : string.Join(", ", ids);
}
