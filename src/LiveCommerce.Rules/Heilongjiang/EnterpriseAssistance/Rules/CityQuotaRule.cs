using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 各市(地)商务局按照标准验收确定达标服务对象数量 against 附件:各市(地)数量指标任务分配表: accepted service targets ≥ the
/// city's quota. The allocation table is not in the source, so the quota is a parameter without default; without it the
/// finding is <see cref="Outcome.NotEvaluated"/> naming the parameter. A shortfall before the action ends (2023-10-30) is not
/// yet due.
/// </summary>
internal sealed class CityQuotaRule(int? quota) : LegacyRule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortQuota)
{
    public const string QuotaKey = "HLJ-ACT-CITY-QUOTA";

    public override Finding Evaluate(AssistanceCityCohort facts, DateOnly asOf)
    {
        CohortTally tally = CohortTally.Of(facts);
        if (quota is not { } n)
        {
            // The base text, formatted only when read.
            return Lazy(Outcome.NotEvaluated, () => MissingParameter(QuotaKey, Text.Of($"验收达标 {tally.Accepted} 家,服务对象 {tally.Targets} 家", $"{tally.Accepted} accepted of {tally.Targets} service targets")).Explanation!);
        }

        var required = Threshold.AtLeast(n, Unit.Count, "不少于");
        if (tally.Accepted < n && asOf <= EnterpriseAssistanceClauses.ActionDeadline)
        {
            DateOnly due = EnterpriseAssistanceClauses.ActionDeadline;
            return Lazy(
                Outcome.NotApplicable,
                () => Text.Of($"尚未到期:助企行动至 {due:yyyy-MM-dd} 结束,目前验收达标 {tally.Accepted} 家,数量指标 {n} 家", $"Not yet due: the action runs until {due:yyyy-MM-dd}; {tally.Accepted} accepted so far of the city's quota of {n}"),
                measured: Quantity.OfCount(tally.Accepted),
                required: required);
        }

        return Judge(
            Quantity.OfCount(tally.Accepted),
            required,
            () => Text.Of($"服务对象 {tally.Targets} 家,验收达标 {tally.Accepted} 家,数量指标 {n} 家", $"{tally.Accepted} of {tally.Targets} service targets accepted; the city's quota is {n}"),
            null);
    }

    public override bool Passes(AssistanceCityCohort facts, DateOnly asOf) =>
        quota is { } n && (CohortTally.Of(facts).Accepted >= n || asOf <= EnterpriseAssistanceClauses.ActionDeadline);
}
