using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// 6月30日前,将本地区示范创建项目的……工作情况形成总结报告,以正式文件报送: due on or before 2023-06-30 (X日前 includes
/// the day, catalog §0.5; the year is the creation deadline's, 五、创建时限 2023年6月30日止). Not yet submitted and not yet
/// due: not applicable (not yet due); not submitted after the due date, or submitted late: not met.
/// </summary>
internal sealed class SummaryReportRule() : LegacyRule<SharedBaseCitySelection>(SharedBaseClauses.Summary)
{
    /// <summary>The due date, included.</summary>
    public static readonly DateOnly DueDate = new(2023, 6, 30);

    public override Finding Evaluate(SharedBaseCitySelection facts, DateOnly asOf)
    {
        DateOnly due = DueDate;
        if (facts.SummaryReportSubmittedOn is { } submitted)
        {
            return Flag(
                submitted <= due,
                () => submitted <= due
                    ? Text.Of($"总结报告 {submitted:yyyy-MM-dd} 报送,不晚于 {due:yyyy-MM-dd}", $"Summary report submitted {submitted:yyyy-MM-dd}, on or before {due:yyyy-MM-dd}")
                    : Text.Of($"总结报告 {submitted:yyyy-MM-dd} 报送,晚于 {due:yyyy-MM-dd}", $"Summary report submitted {submitted:yyyy-MM-dd}, after {due:yyyy-MM-dd}"));
        }

        return asOf <= due
            ? Lazy(Outcome.NotApplicable, () => Text.Of($"总结报告尚未到期(截止 {due:yyyy-MM-dd})", $"The summary report is not due yet (due {due:yyyy-MM-dd})"))
            : Lazy(Outcome.NotMet, () => Text.Of($"总结报告应于 {due:yyyy-MM-dd} 前报送,截至 {asOf:yyyy-MM-dd} 未报送", $"The summary report was due on or before {due:yyyy-MM-dd} and is not submitted as of {asOf:yyyy-MM-dd}"));
    }

    public override bool Passes(SharedBaseCitySelection facts, DateOnly asOf) =>
        facts.SummaryReportSubmittedOn is { } submitted ? submitted <= DueDate : asOf <= DueDate;
}
