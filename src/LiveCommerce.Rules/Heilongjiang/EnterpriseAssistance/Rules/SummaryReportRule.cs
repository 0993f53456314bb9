using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 在本地服务期结束一周内……形成总结报告,以正式文件报送: due on the 7th day after the local service period ends, that day
/// included (一周内 includes the week). A report dated before the service period ended cannot sum it up: not met. Not yet
/// submitted and not yet due: not applicable (not yet due); not submitted after the due date: not met.
/// </summary>
internal sealed class SummaryReportRule() : LegacyRule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortSummary)
{
    public static DateOnly DueDate(AssistanceCityCohort facts) => facts.ServicePeriodEnd.AddDays(EnterpriseAssistanceClauses.SummaryDays);

    public override Finding Evaluate(AssistanceCityCohort facts, DateOnly asOf)
    {
        DateOnly end = facts.ServicePeriodEnd;
        DateOnly due = DueDate(facts);
        if (facts.SummaryReportSubmittedOn is { } early && early < end)
        {
            return Lazy(
                Outcome.NotMet,
                () => Text.Of($"总结报告 {early:yyyy-MM-dd} 报送,早于服务期结束日 {end:yyyy-MM-dd},不能总结服务期", $"The summary report is dated {early:yyyy-MM-dd}, before the service period ended on {end:yyyy-MM-dd}: it cannot sum the period up"));
        }

        if (facts.SummaryReportSubmittedOn is { } submitted)
        {
            int days = submitted.DayNumber - end.DayNumber;
            var measured = new Quantity(days, Unit.Days);
            var required = Threshold.AtMost(EnterpriseAssistanceClauses.SummaryDays, Unit.Days, "一周内");
            return Judge(
                measured,
                required,
                () => Text.Of($"服务期 {end:yyyy-MM-dd} 结束,总结报告 {submitted:yyyy-MM-dd} 报送,截止 {due:yyyy-MM-dd}", $"Service period ended {end:yyyy-MM-dd}; summary report submitted {submitted:yyyy-MM-dd}; due {due:yyyy-MM-dd}"),
                null);
        }

        return asOf <= due
            ? Lazy(Outcome.NotApplicable, () => Text.Of($"总结报告尚未到期(截止 {due:yyyy-MM-dd})", $"The summary report is not due yet (due {due:yyyy-MM-dd})"))
            : Lazy(Outcome.NotMet, () => Text.Of($"总结报告应于 {due:yyyy-MM-dd} 前报送,截至 {asOf:yyyy-MM-dd} 未报送", $"The summary report was due on or before {due:yyyy-MM-dd} and is not submitted as of {asOf:yyyy-MM-dd}"));
    }

    public override bool Passes(AssistanceCityCohort facts, DateOnly asOf) =>
        facts.SummaryReportSubmittedOn is { } submitted ? submitted >= facts.ServicePeriodEnd && submitted <= DueDate(facts) : asOf <= DueDate(facts);
}
