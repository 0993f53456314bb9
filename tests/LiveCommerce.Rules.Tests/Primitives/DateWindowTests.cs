using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public class DateWindowTests
{
    private static readonly DateWindow Investment = new(new DateOnly(2020, 11, 1), new DateOnly(2022, 12, 31));

    [Theory]
    [InlineData("2020-11-01", true)]
    [InlineData("2022-12-31", true)]
    [InlineData("2021-06-15", true)]
    [InlineData("2020-10-31", false)]
    [InlineData("2023-01-01", false)]
    public void Contains_Date_EndsAreInclusive(string date, bool expected)
    {
        Assert.Equal(expected, Investment.Contains(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new DateWindow(new DateOnly(2022, 1, 2), new DateOnly(2022, 1, 1)));
        Assert.True(new DateWindow(new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 1)).Contains(new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void Months_WholeMonthsOnly_ExcludesPartialMonths()
    {
        var window = new DateWindow(new DateOnly(2020, 11, 15), new DateOnly(2021, 1, 31));

        Assert.Equal([new YearMonth(2020, 12), new YearMonth(2021, 1)], window.Months().ToArray());
        Assert.Equal(26, Investment.Months().Count());
        Assert.False(window.Contains(new YearMonth(2020, 11)));
    }

    [Fact]
    public void OfYearAndOfMonths_CoverWholePeriods()
    {
        DateWindow year = DateWindow.OfYear(2022);

        Assert.Equal(new DateOnly(2022, 1, 1), year.Start);
        Assert.Equal(new DateOnly(2022, 12, 31), year.End);
        Assert.Equal(new YearMonth(2022, 1), year.FirstMonth);
        Assert.Equal(new YearMonth(2022, 12), year.LastMonth);
        Assert.Equal(DateWindow.OfMonths(new YearMonth(2022, 1), new YearMonth(2022, 12)), year);
        Assert.Equal("2020-11-01..2022-12-31", Investment.ToString());
    }

    [Fact]
    public void Months_WindowEndingOnDateOnlyMaxValue_ListsTheLastMonth()
    {
        var window = new DateWindow(new DateOnly(9999, 11, 1), DateOnly.MaxValue);

        Assert.Equal([new YearMonth(9999, 11), new YearMonth(9999, 12)], window.Months().ToArray());
    }
}
