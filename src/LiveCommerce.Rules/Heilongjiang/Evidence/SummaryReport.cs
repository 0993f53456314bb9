using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>
/// The city's summary report both Heilongjiang 2022 plans require (总结报告……以正式文件报送至省商务厅、省财政厅) while it is not
/// yet submitted: not applicable until its due date (not yet due), not met after it.
/// </summary>
internal static class SummaryReport
{
    /// <summary>The decision on a report not submitted as of <paramref name="asOf"/>, due on or before <paramref name="due"/>.</summary>
    public static Decision NotSubmitted(DateOnly due, DateOnly asOf) => asOf <= due ? Decision.NotApplicable : new(Outcome.NotMet);

    /// <summary>The explanation of <see cref="NotSubmitted"/>.</summary>
    public static LocalizedText NotSubmittedText(DateOnly due, DateOnly asOf) =>
        asOf <= due
            ? Text.Of($"总结报告尚未到期(截止 {due:yyyy-MM-dd})", $"The summary report is not due yet (due {due:yyyy-MM-dd})")
            : Text.Of($"总结报告应于 {due:yyyy-MM-dd} 前报送,截至 {asOf:yyyy-MM-dd} 未报送", $"The summary report was due on or before {due:yyyy-MM-dd} and is not submitted as of {asOf:yyyy-MM-dd}");
}
