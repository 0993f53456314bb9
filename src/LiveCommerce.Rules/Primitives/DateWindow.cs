using System.Globalization;

namespace LiveCommerce.Rules.Primitives;

/// <summary>An inclusive window of calendar dates, such as 2020-11-01 to 2022-12-31 (China local dates).</summary>
/// <remarks>Both ends are included ("至", "期间"). Immutable and thread-safe.</remarks>
public sealed record DateWindow
{
    /// <summary>Creates a window.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateWindow(DateOnly start, DateOnly end)
    {
        Preconditions.CheckArgument(start <= end, nameof(end), "The end of a date window must not be before its start.");
        Start = start;
        End = end;
    }

    /// <summary>The first day in the window.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day in the window.</summary>
    public DateOnly End { get; }

    /// <summary>The first month the window touches.</summary>
    public YearMonth FirstMonth => YearMonth.FromDate(Start);

    /// <summary>The last month the window touches.</summary>
    public YearMonth LastMonth => YearMonth.FromDate(End);

    /// <summary>The window covering whole months <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static DateWindow OfMonths(YearMonth first, YearMonth last) => new(first.FirstDay, last.LastDay);

    /// <summary>The window covering calendar year <paramref name="year"/>.</summary>
    public static DateWindow OfYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Whether <paramref name="date"/> falls in the window (ends included).</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Whether the whole of <paramref name="month"/> falls in the window.</summary>
    public bool Contains(YearMonth month) => month.FirstDay >= Start && month.LastDay <= End;

    /// <summary>The whole months inside the window, in order.</summary>
    public IEnumerable<YearMonth> Months()
    {
        int count = YearMonth.MonthsBetween(FirstMonth, LastMonth);
        for (int i = 0; i <= count; i++)
        {
            YearMonth m = FirstMonth.PlusMonths(i);
            if (Contains(m))
            {
                yield return m;
            }
        }
    }

    /// <summary>Formats as <c>2020-11-01..2022-12-31</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");
}
