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
/// The week, quarter and year convention of the Xiangyuan rule set: how "每周至少1次", "每季度至少1次" and "每年至少1次"
/// are checked against dated records.
/// </summary>
/// <remarks>
/// <para>Weeks are ISO 8601 weeks, Monday to Sunday, labelled with their ISO week-year (a week that spans a new year,
/// such as 2024-12-30..2025-01-05, is one week, 2025-W01). Quarters and years are calendar quarters and years.</para>
/// <para>Every period that overlaps the project period is clipped to it. A partial first or last period (a project
/// starting on a Wednesday) is still a period of the project and needs its event within its clipped days: "每周应举办
/// 至少1次" binds every week in which the project runs.</para>
/// <para>A period is due once its clipped last day is on or before the as-of date; a period still running on the as-of
/// date is not yet checked. Immutable and thread-safe.</para>
/// </remarks>
public static class ProjectCalendar
{
    /// <summary>The longest project period accepted, in days (about 20 years).</summary>
    public const int MaxPeriodDays = 7305;

    /// <summary>Every period of <paramref name="kind"/> overlapping the project period, clipped to it, that is due by <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static IReadOnlyList<CadenceWindow> DueWindows(CadencePeriod kind, DateOnly start, DateOnly end, DateOnly asOf)
    {
        Primitives.Preconditions.CheckArgument(start <= end, nameof(end), "The project period must not end before it starts.");
        var windows = new List<CadenceWindow>();
        DateOnly first = PeriodStart(kind, start);
        while (first <= end)
        {
            DateOnly next = Next(kind, first);
            DateOnly last = next.AddDays(-1);
            DateOnly clippedEnd = last > end ? end : last;
            if (clippedEnd <= asOf)
            {
                windows.Add(Window(kind, first, start, end));
            }

            first = next;
        }

        return windows;
    }

    /// <summary>The period of <paramref name="kind"/> that begins on <paramref name="first"/>, clipped to start..end and labelled.</summary>
    internal static CadenceWindow Window(CadencePeriod kind, DateOnly first, DateOnly start, DateOnly end)
    {
        DateOnly last = Next(kind, first).AddDays(-1);
        DateOnly clippedStart = first < start ? start : first;
        DateOnly clippedEnd = last > end ? end : last;
        return new CadenceWindow(Label(kind, first), clippedStart, clippedEnd, clippedStart != first || clippedEnd != last);
    }

    /// <summary>The first day of the period of <paramref name="kind"/> that holds <paramref name="date"/>.</summary>
    internal static DateOnly PeriodStart(CadencePeriod kind, DateOnly date) => kind switch
    {
        CadencePeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        CadencePeriod.Quarter => new DateOnly(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };

    /// <summary>The first day of the period after the one beginning on <paramref name="first"/>.</summary>
    internal static DateOnly Next(CadencePeriod kind, DateOnly first) => kind switch
    {
        CadencePeriod.Week => first.AddDays(7),
        CadencePeriod.Quarter => first.AddMonths(3),
        _ => first.AddYears(1),
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
