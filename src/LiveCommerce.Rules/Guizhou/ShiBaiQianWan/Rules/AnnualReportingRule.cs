using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 于每年12月10日向省商务厅报送相关数据: a recognised project's annual data report for each year is due on or before
/// 10 December of that year. Every due date after recognition that has passed by the as-of date needs a report
/// submitted on or before it; a missing or late report is flagged.
/// </summary>
internal sealed class AnnualReportingRule() : Rule<DemonstrationProject>(ShiBaiQianWanClauses.Reporting)
{
    public const int DueMonth = 12;
    public const int DueDay = 10;

    public static DateOnly DueDate(int year) => new(year, DueMonth, DueDay);

    private static readonly LocalizedText NotRecognised = new("尚未认定为示范项目,无需年度报送", "Not a recognised demonstration project: no annual report due");

    public override Decision Decide(DemonstrationProject facts, DateOnly asOf) =>
        facts.Recognition is not { } recognition ? Decision.NotApplicable : Flag(Walk(facts, recognition, asOf, null) == 0);

    protected override LocalizedText? Explain(DemonstrationProject facts, DateOnly asOf, in Decision decision)
    {
        if (facts.Recognition is not { } recognition)
        {
            return NotRecognised;
        }

        int flagged = Walk(facts, recognition, asOf, null);
        return flagged == 0
            ? Text.Of($"截至 {asOf:yyyy-MM-dd} 已到期的年度数据均按时报送", $"Every annual report due by {asOf:yyyy-MM-dd} was submitted on time")
            : Text.Of($"截至 {asOf:yyyy-MM-dd} 有 {flagged} 个年度的数据逾期或未报送", $"As of {asOf:yyyy-MM-dd}, {flagged} annual report(s) are late or missing");
    }

    protected override ImmutableArray<LocalizedText> Describe(DemonstrationProject facts, DateOnly asOf, in Decision decision)
    {
        if (facts.Recognition is not { } recognition)
        {
            return [];
        }

        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        Walk(facts, recognition, asOf, notes);
        return notes.ToImmutable();
    }

    /// <summary>Goes through every due date after recognition up to the as-of year: returns how many reports are late or
    /// missing and, when given a builder, adds one note per year.</summary>
    private static int Walk(DemonstrationProject facts, Recognition recognition, DateOnly asOf, ImmutableArray<LocalizedText>.Builder? notes)
    {
        int flagged = 0;
        for (int year = recognition.RecognisedOn.Year; year <= asOf.Year; year++)
        {
            DateOnly due = DueDate(year);
            if (due <= recognition.RecognisedOn)
            {
                continue; // recognised on or after that year's due date: the first report is next year's
            }

            AnnualDataReport? report = ReportOf(facts, year, asOf);
            if (asOf <= due)
            {
                notes?.Add(report is null
                    ? Text.Of($"{year} 年度数据应于 {due:yyyy-MM-dd} 前报送(尚未到期)", $"{year} data due on or before {due:yyyy-MM-dd} (not yet due)")
                    : Text.Of($"{year} 年度数据已于 {report.SubmittedOn:yyyy-MM-dd} 报送", $"{year} data submitted on {report.SubmittedOn:yyyy-MM-dd}"));
            }
            else if (report is null)
            {
                flagged++;
                notes?.Add(Text.Of($"✗ {year} 年度数据逾期未报送(截止 {due:yyyy-MM-dd})", $"✗ {year} data not submitted; it was due on or before {due:yyyy-MM-dd}"));
            }
            else if (report.SubmittedOn > due)
            {
                flagged++;
                if (notes is not null)
                {
                    int days = report.SubmittedOn.DayNumber - due.DayNumber;
                    notes.Add(Text.Of(
                        $"✗ {year} 年度数据于 {report.SubmittedOn:yyyy-MM-dd} 报送,逾期 {days} 天(截止 {due:yyyy-MM-dd})",
                        $"✗ {year} data submitted on {report.SubmittedOn:yyyy-MM-dd}, {days} day(s) after the due date {due:yyyy-MM-dd}"));
                }
            }
            else
            {
                notes?.Add(Text.Of($"✓ {year} 年度数据于 {report.SubmittedOn:yyyy-MM-dd} 按时报送", $"✓ {year} data submitted on time on {report.SubmittedOn:yyyy-MM-dd}"));
            }
        }

        return flagged;
    }

    /// <summary>The first report for <paramref name="year"/> submitted by the as-of date, if any.</summary>
    private static AnnualDataReport? ReportOf(DemonstrationProject facts, int year, DateOnly asOf)
    {
        foreach (AnnualDataReport r in facts.AnnualReports)
        {
            if (r.Year == year && r.SubmittedOn <= asOf)
            {
                return r;
            }
        }

        return null;
    }
}
