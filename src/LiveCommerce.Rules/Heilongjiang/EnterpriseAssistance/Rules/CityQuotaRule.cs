using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 各市(地)商务局按照标准验收确定达标服务对象数量 against 附件:各市(地)数量指标任务分配表: accepted service targets ≥ the
/// city's quota. The allocation table is not in the source, so the quota is a parameter without default; without it the
/// finding is <see cref="Outcome.NotEvaluated"/> naming the parameter. A shortfall before the action ends (2023-10-30) is not
/// yet due.
/// </summary>
internal sealed class CityQuotaRule(int? quota) : Rule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortQuota)
{
    public override Decision Decide(AssistanceCityCohort facts, DateOnly asOf)
    {
        if (quota is not { } n)
        {
            return Decision.NotEvaluated;
        }

        var accepted = Quantity.OfCount(CohortTally.Of(facts).Accepted);
        var required = Threshold.AtLeast(n, Unit.Count, "不少于");
        return !required.IsMetBy(accepted) && asOf <= EnterpriseAssistanceClauses.ActionDeadline
            ? new(Outcome.NotApplicable, accepted, required)
            : Judge(accepted, required);
    }

    protected override LocalizedText? Explain(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        CohortTally tally = CohortTally.Of(facts);
        if (quota is not { } n)
        {
            return MissingParameterText(EnterpriseAssistanceClauses.CityQuotaKey, Text.Of($"验收达标 {tally.Accepted} 家,服务对象 {tally.Targets} 家", $"{tally.Accepted} accepted of {tally.Targets} service targets"));
        }

        DateOnly due = EnterpriseAssistanceClauses.ActionDeadline;
        return decision.Outcome == Outcome.NotApplicable
            ? Text.Of($"尚未到期:助企行动至 {due:yyyy-MM-dd} 结束,目前验收达标 {tally.Accepted} 家,数量指标 {n} 家", $"Not yet due: the action runs until {due:yyyy-MM-dd}; {tally.Accepted} accepted so far of the city's quota of {n}")
            : Text.Of($"服务对象 {tally.Targets} 家,验收达标 {tally.Accepted} 家,数量指标 {n} 家", $"{tally.Accepted} of {tally.Targets} service targets accepted; the city's quota is {n}");
    }
}
