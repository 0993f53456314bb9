using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// (2023年10月30日完成), 行动时限 2023年10月30日止: the service period's last day must be on or before 2023-10-30, so the
/// latest six-month period is 2023-04-30..2023-10-29 … 2023-05-01..2023-10-31 already fails by one day.
/// </summary>
internal sealed class CompletionDeadlineRule() : Rule<AssistedEnterprise>(EnterpriseAssistanceClauses.Deadline)
{
    public override Decision Decide(AssistedEnterprise facts, DateOnly asOf) => Flag(facts.ServicePeriod.EndDate <= EnterpriseAssistanceClauses.ActionDeadline);

    protected override LocalizedText? Explain(AssistedEnterprise facts, DateOnly asOf, in Decision decision)
    {
        DateOnly end = facts.ServicePeriod.EndDate;
        DateOnly deadline = EnterpriseAssistanceClauses.ActionDeadline;
        return decision.Outcome == Outcome.Met
            ? Text.Of($"服务期于 {end:yyyy-MM-dd} 结束,不晚于 {deadline:yyyy-MM-dd}", $"The service period ends on {end:yyyy-MM-dd}, on or before {deadline:yyyy-MM-dd}")
            : Text.Of($"服务期于 {end:yyyy-MM-dd} 结束,晚于助企行动完成期限 {deadline:yyyy-MM-dd}", $"The service period ends on {end:yyyy-MM-dd}, after the action's completion deadline {deadline:yyyy-MM-dd}");
    }
}
