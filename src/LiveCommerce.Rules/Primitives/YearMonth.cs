using System.Globalization;

namespace LiveCommerce.Rules.Primitives;

/// <summary>A calendar month of a year, such as 2022-03, with no day and no time zone.</summary>
/// <remarks>Ordering is chronological. The text form is ISO 8601 <c>yyyy-MM</c>. Immutable and thread-safe.</remarks>
[OrderedValue(nameof(YearMonth.index))]
public readonly partial struct YearMonth : IEquatable<YearMonth>, IComparable<YearMonth>, IFormattable
{
    private readonly int index; // months since 0001-01

    private YearMonth(int index) => this.index = index;

    /// <summary>Creates a month.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999 or <paramref name="month"/> outside 1–12.</exception>
    public YearMonth(int year, int month)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        index = ((year - 1) * 12) + (month - 1);
    }

    /// <summary>The year.</summary>
    public int Year => (index / 12) + 1;

    /// <summary>The month of the year, 1–12.</summary>
    public int Month => (index % 12) + 1;

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>
    /// The first month that is not over on <paramref name="date"/>, or <see langword="null"/> when every month is: a month
    /// is over (its last day is <paramref name="date"/> or earlier) exactly when it comes before this one.
    /// </summary>
    /// <remarks>One date computed for a whole series, instead of the last day of every month in it.</remarks>
    internal static YearMonth? FirstNotOverOn(DateOnly date) => date == DateOnly.MaxValue ? null : FromDate(date.AddDays(1));

    /// <summary>The month containing <paramref name="date"/>.</summary>
    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses <c>yyyy-MM</c>.</summary>
    /// <exception cref="FormatException">The text is not a month in the form <c>yyyy-MM</c>.</exception>
    public static YearMonth Parse(string text) =>
        TryParse(text, out YearMonth value) ? value : throw new FormatException("A month must be written yyyy-MM, for example 2022-03.");

    /// <summary>Parses <c>yyyy-MM</c> without throwing.</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || year < 1 || month < 1 || month > 12)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    /// <summary>The month <paramref name="months"/> later (or earlier, if negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside years 1–9999.</exception>
    public YearMonth PlusMonths(int months)
    {
        long target = (long)index + months;
        Preconditions.CheckArgumentRange(nameof(months), target, 0, (9999 * 12) - 1);
        return new YearMonth((int)target);
    }

    /// <summary>Number of months from <paramref name="start"/> to <paramref name="end"/>: 0 for the same month.</summary>
    public static int MonthsBetween(YearMonth start, YearMonth end) => end.index - start.index;

    /// <summary>Formats as <c>yyyy-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Formats as <c>yyyy-MM</c>; the format and culture are ignored so the text form never varies.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}
