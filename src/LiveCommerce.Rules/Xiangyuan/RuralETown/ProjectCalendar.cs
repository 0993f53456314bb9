using System.Globalization;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown;

/// <summary>The periods a cadence ("每周", "每季度", "每年") is checked over.</summary>
public enum CadencePeriod
{
    /// <summary>ISO 8601 weeks, Monday to Sunday.</summary>
    Week,

    /// <summary>Calendar quarters (January–March, …).</summary>
    Quarter,

    /// <summary>Calendar years.</summary>
    Year,
}

/// <summary>One period of a cadence, clipped to the project period.</summary>
/// <param name="Label">The period's name: <c>2023-W31</c>, <c>2023Q3</c>, <c>2023</c>.</param>
/// <param name="Start">The first day counted (the later of the period's first day and the project's first day).</param>
/// <param name="End">The last day counted (the earlier of the period's last day and the project's last day).</param>
/// <param name="IsPartial">Whether the project period cuts the period short.</param>
public sealed record CadenceWindow(string Label, DateOnly Start, DateOnly End, bool IsPartial)
{
    /// <summary>Whether <paramref name="date"/> falls in the window.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Formats as <c>2023-W31 (2023-07-31..2023-08-06)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label} ({Start:yyyy-MM-dd}..{End:yyyy-MM-dd})");
}

/// <summary>
/// The week, quarter and year conventions of the Xiangyuan rule set: how "每周至少1次", "每季度至少1次", "每年至少1次" and
/// "…/年" are checked against dated records and yearly figures.
/// </summary>
/// <remarks>
/// <para>Under <see cref="PeriodReading.CalendarPeriods"/> (the default) weeks are ISO 8601 weeks, Monday to Sunday,
/// labelled with their ISO week-year (a week that spans a new year, such as 2024-12-30..2025-01-05, is one week,
/// 2025-W01); quarters and years are calendar quarters and years. Under <see cref="PeriodReading.ProjectPeriods"/> they
/// are 7-day weeks, 3-month quarters and 12-month years counted from the project's first day, labelled <c>W1</c>,
/// <c>Q1</c>, <c>Y1</c>….</para>
/// <para>Every period that overlaps the project period is clipped to it. A partial period (a project starting on a
/// Wednesday, a last year of five days) is still a period of the project and needs its event within its clipped days:
/// "每周应举办至少1次" binds every week in which the project runs.</para>
/// <para>A period is due once its clipped last day is on or before the as-of date; a period still running on the as-of
/// date is not yet checked. Immutable and thread-safe.</para>
/// </remarks>
public static class ProjectCalendar
{
    /// <summary>The longest project period accepted, in days (about 20 years).</summary>
    public const int MaxPeriodDays = 7305;

    /// <summary>Every calendar period of <paramref name="kind"/> overlapping the project period, clipped to it, that is due by <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static IReadOnlyList<CadenceWindow> DueWindows(CadencePeriod kind, DateOnly start, DateOnly end, DateOnly asOf) =>
        DueWindows(kind, start, end, asOf, PeriodReading.CalendarPeriods);

    /// <summary>Every period of <paramref name="kind"/> under <paramref name="reading"/> overlapping the project period,
    /// clipped to it, that is due by <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static IReadOnlyList<CadenceWindow> DueWindows(CadencePeriod kind, DateOnly start, DateOnly end, DateOnly asOf, PeriodReading reading)
    {
        Primitives.Preconditions.CheckArgument(start <= end, nameof(end), "The project period must not end before it starts.");
        var windows = new List<CadenceWindow>();
        foreach (PeriodSpan span in Periods(kind, reading, start, end))
        {
            if (span.End <= asOf)
            {
                windows.Add(Window(kind, reading, span));
            }
        }

        return windows;
    }

    /// <summary>The number of periods of <paramref name="kind"/> under <paramref name="reading"/> that overlap start..end.</summary>
    internal static int CountOf(CadencePeriod kind, PeriodReading reading, DateOnly start, DateOnly end)
    {
        int n = 0;
        foreach (PeriodSpan _ in Periods(kind, reading, start, end))
        {
            n++;
        }

        return n;
    }

    /// <summary>The periods of <paramref name="kind"/> under <paramref name="reading"/> that overlap start..end, in order, each
    /// clipped to it; unlabelled, so walking them allocates nothing.</summary>
    internal static PeriodSpans Periods(CadencePeriod kind, PeriodReading reading, DateOnly start, DateOnly end) => new(kind, Origin(kind, reading, start), start, end);

    /// <summary>Period number <paramref name="index"/> (0 for the first) of <paramref name="kind"/>, clipped to start..end and labelled.</summary>
    internal static CadenceWindow Window(CadencePeriod kind, PeriodReading reading, int index, DateOnly start, DateOnly end) =>
        Window(kind, reading, PeriodSpan.Of(kind, Origin(kind, reading, start), index, start, end));

    private static CadenceWindow Window(CadencePeriod kind, PeriodReading reading, PeriodSpan span) =>
        new(reading == PeriodReading.ProjectPeriods ? ProjectLabel(kind, span.Index) : Label(kind, span.First), span.Start, span.End, span.IsPartial);

    /// <summary>The first day of the first period: the start of the calendar period holding <paramref name="start"/>, or
    /// <paramref name="start"/> itself under project periods.</summary>
    internal static DateOnly Origin(CadencePeriod kind, PeriodReading reading, DateOnly start) =>
        reading == PeriodReading.ProjectPeriods ? start : PeriodStart(kind, start);

    /// <summary>The first day of period number <paramref name="index"/> counted from <paramref name="origin"/> (computed
    /// from the origin each time, so month ends do not drift: 01-31, 04-30, 07-31).</summary>
    internal static DateOnly FirstOf(CadencePeriod kind, DateOnly origin, int index) => kind switch
    {
        CadencePeriod.Week => origin.AddDays(7 * index),
        CadencePeriod.Quarter => origin.AddMonths(3 * index),
        _ => origin.AddYears(index),
    };

    /// <summary>The first day of the calendar period of <paramref name="kind"/> that holds <paramref name="date"/>.</summary>
    internal static DateOnly PeriodStart(CadencePeriod kind, DateOnly date) => kind switch
    {
        CadencePeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        CadencePeriod.Quarter => new DateOnly(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };

    private static string ProjectLabel(CadencePeriod kind, int index) => kind switch
    {
        CadencePeriod.Week => string.Create(CultureInfo.InvariantCulture, $"W{index + 1}"),
        CadencePeriod.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{index + 1}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Y{index + 1}"),
    };

    private static string Label(CadencePeriod kind, DateOnly first)
    {
        DateTime day = first.ToDateTime(TimeOnly.MinValue);
        return kind switch
        {
            CadencePeriod.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}"),
            CadencePeriod.Quarter => string.Create(CultureInfo.InvariantCulture, $"{first.Year}Q{((first.Month - 1) / 3) + 1}"),
            _ => first.Year.ToString(CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>One period of a cadence clipped to the project period, unlabelled (see <see cref="CadenceWindow"/> for the labelled one).</summary>
/// <param name="Index">The period's number, 0 for the first.</param>
/// <param name="First">The period's own first day.</param>
/// <param name="Last">The period's own last day.</param>
/// <param name="Start">The first day counted: the later of <paramref name="First"/> and the project's first day.</param>
/// <param name="End">The last day counted: the earlier of <paramref name="Last"/> and the project's last day.</param>
internal readonly record struct PeriodSpan(int Index, DateOnly First, DateOnly Last, DateOnly Start, DateOnly End)
{
    /// <summary>Whether the project period cuts the period short.</summary>
    public bool IsPartial => Start != First || End != Last;

    /// <summary>Period number <paramref name="index"/> counted from <paramref name="origin"/>, clipped to start..end.</summary>
    public static PeriodSpan Of(CadencePeriod kind, DateOnly origin, int index, DateOnly start, DateOnly end)
    {
        DateOnly first = ProjectCalendar.FirstOf(kind, origin, index);
        DateOnly last = ProjectCalendar.FirstOf(kind, origin, index + 1).AddDays(-1);
        return new PeriodSpan(index, first, last, first < start ? start : first, last > end ? end : last);
    }
}

/// <summary>The periods of a cadence that overlap start..end, in order (a struct enumerable: a <c>foreach</c> allocates nothing).</summary>
internal readonly struct PeriodSpans(CadencePeriod kind, DateOnly origin, DateOnly start, DateOnly end)
{
    public Enumerator GetEnumerator() => new(kind, origin, start, end);

    internal struct Enumerator(CadencePeriod kind, DateOnly origin, DateOnly start, DateOnly end)
    {
        private int next;

        public PeriodSpan Current { get; private set; }

        public bool MoveNext()
        {
            if (ProjectCalendar.FirstOf(kind, origin, next) > end)
            {
                return false;
            }

            Current = PeriodSpan.Of(kind, origin, next++, start, end);
            return true;
        }
    }
}
