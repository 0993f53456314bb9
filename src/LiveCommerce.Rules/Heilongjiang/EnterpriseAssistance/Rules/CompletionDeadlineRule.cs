using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// (2023年10月30日完成), 行动时限 2023年10月30日止: the service period must end on or before 2023-10-30. With whole calendar
/// months, the last period that fits is 2023-04..2023-09 (a period ending in October ends on the 31st).
/// </summary>
internal sealed class CompletionDeadlineRule() : Rule<AssistedEnterprise>(EnterpriseAssistanceClauses.Deadline)
{
    public override Finding Evaluate(AssistedEnterprise facts, DateOnly asOf)
    {
        DateOnly end = facts.ServicePeriod.EndDate;
        DateOnly deadline = EnterpriseAssistanceClauses.ActionDeadline;
        return end <= deadline
            ? Flag(true, () => Text.Of($"服务期于 {end:yyyy-MM-dd} 结束,不晚于 {deadline:yyyy-MM-dd}", $"The service period ends on {end:yyyy-MM-dd}, on or before {deadline:yyyy-MM-dd}"))
            : Flag(false, () => Text.Of($"服务期于 {end:yyyy-MM-dd} 结束,晚于助企行动完成期限 {deadline:yyyy-MM-dd}", $"The service period ends on {end:yyyy-MM-dd}, after the action's completion deadline {deadline:yyyy-MM-dd}"));
    }

    public override bool Passes(AssistedEnterprise facts, DateOnly asOf) => facts.ServicePeriod.EndDate <= EnterpriseAssistanceClauses.ActionDeadline;
}
