using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// 6月30日前,将本地区示范创建项目的……工作情况形成总结报告,以正式文件报送: due on or before 2023-06-30 (X日前 includes
/// the day, catalog §0.5; the year is the creation deadline's, 五、创建时限 2023年6月30日止). Not yet submitted and not yet
/// due: not applicable (not yet due); not submitted after the due date, or submitted late: not met.
/// </summary>
internal sealed class SummaryReportRule() : Rule<SharedBaseCitySelection>(SharedBaseClauses.Summary)
{
    /// <summary>The due date, included.</summary>
    public static readonly DateOnly DueDate = new(2023, 6, 30);

    public override Decision Decide(SharedBaseCitySelection facts, DateOnly asOf) =>
        facts.SummaryReportSubmittedOn is { } submitted ? Flag(submitted <= DueDate) : SummaryReport.NotSubmitted(DueDate, asOf);

    protected override LocalizedText? Explain(SharedBaseCitySelection facts, DateOnly asOf, in Decision decision)
    {
        DateOnly due = DueDate;
        return facts.SummaryReportSubmittedOn switch
        {
            { } submitted when submitted <= due => Text.Of($"总结报告 {submitted:yyyy-MM-dd} 报送,不晚于 {due:yyyy-MM-dd}", $"Summary report submitted {submitted:yyyy-MM-dd}, on or before {due:yyyy-MM-dd}"),
            { } submitted => Text.Of($"总结报告 {submitted:yyyy-MM-dd} 报送,晚于 {due:yyyy-MM-dd}", $"Summary report submitted {submitted:yyyy-MM-dd}, after {due:yyyy-MM-dd}"),
            null => SummaryReport.NotSubmittedText(due, asOf),
        };
    }
}
