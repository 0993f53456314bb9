using System.Globalization;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>
/// "每周至少1次", "每季度至少1次", "每年至少1次": every due period of the project (see <see cref="ProjectCalendar"/>) holds at
/// least the threshold's number of dated records; the line names every period that misses.
/// </summary>
/// <remarks>Decides over the periods' bounds only; the periods are named (labelled) only when the line's text is wanted.</remarks>
internal sealed class CadenceCheck(LocalizedText subject, CadencePeriod period, Threshold perPeriod, Func<RuralETownProject, IEnumerable<DateOnly>> dates) : DeliverableCheck
{
    /// <summary>The most missing periods named in one line; the rest are counted.</summary>
    private const int MaxNamed = 30;

    public override void Evaluate(in DeliverableContext context, ref CheckLines lines)
    {
        RuralETownProject p = context.Project;
        PeriodReading reading = context.Options.Periods;
        DateOnly[] sorted = [.. dates(p)];
        Array.Sort(sorted);
        int due = 0;
        List<int>? missing = null; // the number of each period that misses, for the line's text
        bool met = true;
        foreach (PeriodSpan span in ProjectCalendar.Periods(period, reading, p.PeriodStart, p.PeriodEnd))
        {
            if (span.End > context.AsOf)
            {
                break; // a later period ends later still
            }

            due++;
            if (!perPeriod.IsMetBy(CountIn(sorted, span.Start, span.End)))
            {
                met = false;
                if (lines.Texts)
                {
                    (missing ??= []).Add(span.Index);
                }
            }
        }

        lines.Add(met, Severity.Mandatory, lines.Texts ? Describe(p, reading, due, sorted.Length, missing) : null);
    }

    private LocalizedText Describe(RuralETownProject p, PeriodReading reading, int due, int total, List<int>? missing)
    {
        LocalizedText unit = Unit(period, reading);
        LocalizedText required = Requirement(perPeriod);
        if (missing is null)
        {
            return Text.Of(
                $"{subject.ZhCn}:应检查的 {due} 个{unit.ZhCn}均达到每{unit.ZhCn}{required.ZhCn}(共 {total} 次)",
                $"{subject.En}: all {due} due {unit.En}s reach {required.En} per {unit.En} ({total} in all)");
        }

        string named = string.Join(", ", missing.Take(MaxNamed).Select(i => ProjectCalendar.Window(period, reading, i, p.PeriodStart, p.PeriodEnd).ToString()));
        string more = missing.Count > MaxNamed ? string.Create(CultureInfo.InvariantCulture, $" …(+{missing.Count - MaxNamed})") : string.Empty;
        return Text.Of(
            $"{subject.ZhCn}:{due} 个{unit.ZhCn}中有 {missing.Count} 个未达到每{unit.ZhCn}{required.ZhCn}:{named}{more}",
            $"{subject.En}: {missing.Count} of {due} due {unit.En}s do not reach {required.En}: {named}{more}");
    }

    /// <summary>How many of the sorted dates fall in start..end: two binary searches.</summary>
    private static int CountIn(DateOnly[] sorted, DateOnly start, DateOnly end) => LowerBound(sorted, end.AddDays(1)) - LowerBound(sorted, start);

    private static int LowerBound(DateOnly[] sorted, DateOnly date)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (sorted[mid] < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static LocalizedText Unit(CadencePeriod period, PeriodReading reading) => reading == PeriodReading.ProjectPeriods
        ? period switch
        {
            CadencePeriod.Week => new LocalizedText("项目周", "project week"),
            CadencePeriod.Quarter => new LocalizedText("项目季度", "project quarter"),
            _ => new LocalizedText("项目年度", "project year"),
        }
        : period switch
        {
            CadencePeriod.Week => new LocalizedText("周", "week"),
            CadencePeriod.Quarter => new LocalizedText("季度", "quarter"),
            _ => new LocalizedText("年度", "year"),
        };
}
