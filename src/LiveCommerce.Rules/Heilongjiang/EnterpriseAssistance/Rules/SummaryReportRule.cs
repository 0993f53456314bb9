using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 在本地服务期结束一周内……形成总结报告,以正式文件报送: due on the 7th day after the local service period ends, that day
/// included (一周内 includes the week). A report dated before the service period ended cannot sum it up: not met. Not yet
/// submitted and not yet due: not applicable (not yet due); not submitted after the due date: not met.
/// </summary>
internal sealed class SummaryReportRule() : Rule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortSummary)
{
    private static readonly Threshold WithinAWeek = Threshold.AtMost(EnterpriseAssistanceClauses.SummaryDays, Unit.Days, "一周内");

    public static DateOnly DueDate(AssistanceCityCohort facts) => facts.ServicePeriodEnd.AddDays(EnterpriseAssistanceClauses.SummaryDays);

    public override Decision Decide(AssistanceCityCohort facts, DateOnly asOf) => facts.SummaryReportSubmittedOn switch
    {
        { } early when early < facts.ServicePeriodEnd => new(Outcome.NotMet),
        { } submitted => Judge(new Quantity(submitted.DayNumber - facts.ServicePeriodEnd.DayNumber, Unit.Days), WithinAWeek),
        null => SummaryReport.NotSubmitted(DueDate(facts), asOf),
    };

    protected override LocalizedText? Explain(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        DateOnly end = facts.ServicePeriodEnd;
        DateOnly due = DueDate(facts);
        return facts.SummaryReportSubmittedOn switch
        {
            { } early when early < end => Text.Of($"总结报告 {early:yyyy-MM-dd} 报送,早于服务期结束日 {end:yyyy-MM-dd},不能总结服务期", $"The summary report is dated {early:yyyy-MM-dd}, before the service period ended on {end:yyyy-MM-dd}: it cannot sum the period up"),
            { } submitted => Text.Of($"服务期 {end:yyyy-MM-dd} 结束,总结报告 {submitted:yyyy-MM-dd} 报送,截止 {due:yyyy-MM-dd}", $"Service period ended {end:yyyy-MM-dd}; summary report submitted {submitted:yyyy-MM-dd}; due {due:yyyy-MM-dd}"),
            null => SummaryReport.NotSubmittedText(due, asOf),
        };
    }
}
