using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// 对经公示无异议的示范创建候选单位,组织专家组进行验收,经验收合格的确定为示范创建单位: only a candidate (候选名单) that
/// passed the public notice without objection may be accepted. An accepted base that was not a candidate, or drew an
/// objection, is not met; one whose public notice is not recorded lacks the evidence.
/// </summary>
internal sealed class AcceptanceRule() : LegacyRule<SharedBaseCitySelection>(SharedBaseClauses.Acceptance)
{
    private static readonly LocalizedText NoneAccepted = new("尚无验收合格的示范基地", "No base has passed acceptance yet");

    public override Finding Evaluate(SharedBaseCitySelection facts, DateOnly asOf)
    {
        var notCandidate = new List<string>();
        var objected = new List<string>();
        var unrecorded = new List<string>();
        int accepted = 0;
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            if (!a.Accepted)
            {
                continue;
            }

            accepted++;
            if (a.SelectedAsCandidate != true)
            {
                notCandidate.Add(a.ApplicationId);
            }
            else if (a.PassedPublicNotice == false)
            {
                objected.Add(a.ApplicationId);
            }
            else if (a.PassedPublicNotice is null)
            {
                unrecorded.Add(a.ApplicationId);
            }
        }

        if (accepted == 0)
        {
            return With(Outcome.NotApplicable, NoneAccepted);
        }

        if (notCandidate.Count > 0 || objected.Count > 0)
        {
            return Lazy(Outcome.NotMet, () => Text.Of(
                $"验收合格 {accepted} 家,其中未列入候选名单:{Join(notCandidate)};公示有异议:{Join(objected)}",
                $"{accepted} base(s) accepted; not candidates: {Join(notCandidate)}; objection in the public notice: {Join(objected)}"));
        }

        if (unrecorded.Count > 0)
        {
            return Lazy(Outcome.EvidenceIncomplete, () => Text.Of(
                $"验收合格 {accepted} 家,以下候选单位未记录公示结果:{Join(unrecorded)}",
                $"{accepted} base(s) accepted; the public notice is not recorded for: {Join(unrecorded)}"));
        }

        return Lazy(Outcome.Met, () => Text.Of(
            $"验收合格 {accepted} 家,均为经公示无异议的候选单位",
            $"All {accepted} accepted base(s) are candidates that passed the public notice without objection"));
    }

    public override bool Passes(SharedBaseCitySelection facts, DateOnly asOf)
    {
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            if (a.Accepted && (a.SelectedAsCandidate != true || a.PassedPublicNotice != true))
            {
                return false;
            }
        }

        return true;
    }

    private static string Join(List<string> ids) => ids.Count == 0 ? "—" : string.Join(", ", ids);
}
