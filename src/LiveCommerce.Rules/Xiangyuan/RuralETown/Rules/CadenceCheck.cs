using System.Globalization;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown.Rules;

/// <summary>
/// "每周至少1次", "每季度至少1次", "每年至少1次": every due period of the project (see <see cref="ProjectCalendar"/>) holds at
/// least the threshold's number of dated records; the line names every period that misses.
/// </summary>
internal sealed class CadenceCheck(LocalizedText subject, CadencePeriod period, Threshold perPeriod, Func<RuralETownProject, IEnumerable<DateOnly>> dates) : DeliverableCheck
{
    /// <summary>The most missing periods named in one line; the rest are counted.</summary>
    private const int MaxNamed = 30;

    public override IEnumerable<CheckLine> Evaluate(DeliverableContext context)
    {
        RuralETownProject p = context.Project;
        IReadOnlyList<CadenceWindow> windows = ProjectCalendar.DueWindows(period, p.PeriodStart, p.PeriodEnd, context.AsOf);
        DateOnly[] sorted = [.. dates(p).Order()];
        var missing = new List<CadenceWindow>();
        foreach (CadenceWindow w in windows)
        {
            int count = CountIn(sorted, w);
            if (!perPeriod.IsMetBy(count))
            {
                missing.Add(w);
            }
        }

        LocalizedText unit = Unit(period);
        string required = Requirement(perPeriod).ZhCn;
        string requiredEn = Requirement(perPeriod).En;
        if (missing.Count == 0)
        {
            yield return new CheckLine(true, Severity.Mandatory, Text.Of(
                $"{subject.ZhCn}:应检查的 {windows.Count} 个{unit.ZhCn}均达到每{unit.ZhCn}{required}(共 {sorted.Length} 次)",
                $"{subject.En}: all {windows.Count} due {unit.En}s reach {requiredEn} per {unit.En} ({sorted.Length} in all)"));
            yield break;
        }

        string named = string.Join(", ", missing.Take(MaxNamed).Select(w => w.ToString()));
        string more = missing.Count > MaxNamed ? string.Create(CultureInfo.InvariantCulture, $" …(+{missing.Count - MaxNamed})") : string.Empty;
        yield return new CheckLine(false, Severity.Mandatory, Text.Of(
            $"{subject.ZhCn}:{windows.Count} 个{unit.ZhCn}中有 {missing.Count} 个未达到每{unit.ZhCn}{required}:{named}{more}",
            $"{subject.En}: {missing.Count} of {windows.Count} due {unit.En}s do not reach {requiredEn}: {named}{more}"));
    }

    /// <summary>How many of the sorted dates fall in the window: two binary searches.</summary>
    private static int CountIn(DateOnly[] sorted, CadenceWindow w) => LowerBound(sorted, w.End.AddDays(1)) - LowerBound(sorted, w.Start);

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

    private static LocalizedText Unit(CadencePeriod period) => period switch
    {
        CadencePeriod.Week => new LocalizedText("周", "week"),
        CadencePeriod.Quarter => new LocalizedText("季度", "quarter"),
        _ => new LocalizedText("年度", "year"),
    };
}
