using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public class YearMonthTests
{
    [Theory]
    [InlineData("2022-03", 2022, 3)]
    [InlineData("0001-01", 1, 1)]
    [InlineData("9999-12", 9999, 12)]
    public void Parse_ValidText_RoundTrips(string text, int year, int month)
    {
        YearMonth value = YearMonth.Parse(text);

        Assert.Equal(new YearMonth(year, month), value);
        Assert.Equal(year, value.Year);
        Assert.Equal(month, value.Month);
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData("2022-3")]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("0000-01")]
    [InlineData("2022/03")]
    [InlineData(" 2022-03")]
    [InlineData("+022-03")]
    [InlineData("2022-03-01")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_InvalidText_ReturnsFalse(string? text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => YearMonth.Parse(text));
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    [InlineData(2022, 0)]
    [InlineData(2022, 13)]
    public void Constructor_OutOfRange_ThrowsArgumentOutOfRange(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(year, month));
    }

    [Fact]
    public void PlusMonths_AcrossYears_IsCalendarArithmetic()
    {
        var nov2020 = new YearMonth(2020, 11);

        Assert.Equal(new YearMonth(2021, 1), nov2020.PlusMonths(2));
        Assert.Equal(new YearMonth(2022, 12), nov2020.PlusMonths(25));
        Assert.Equal(new YearMonth(2019, 12), nov2020.PlusMonths(-11));
        Assert.Equal(nov2020, nov2020.PlusMonths(0));
        Assert.Equal(25, YearMonth.MonthsBetween(nov2020, new YearMonth(2022, 12)));
    }

    [Fact]
    public void PlusMonths_BeyondBounds_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(9999, 12).PlusMonths(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(1, 1).PlusMonths(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(2022, 1).PlusMonths(int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(2022, 1).PlusMonths(int.MinValue));
    }

    [Fact]
    public void Ordering_IsChronological()
    {
        YearMonth[] months = [new(2022, 1), new(2021, 12), new(2022, 12), new(2021, 2)];

        Assert.Equal([new(2021, 2), new(2021, 12), new(2022, 1), new(2022, 12)], months.Order().ToArray());
        Assert.True(new YearMonth(2021, 12) < new YearMonth(2022, 1));
        Assert.True(new YearMonth(2022, 1) >= new YearMonth(2022, 1));
    }

    [Fact]
    public void FirstDayAndLastDay_LeapFebruary_AreCorrect()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), new YearMonth(2024, 2).LastDay);
        Assert.Equal(new DateOnly(2023, 2, 28), new YearMonth(2023, 2).LastDay);
        Assert.Equal(new DateOnly(2022, 12, 1), new YearMonth(2022, 12).FirstDay);
        Assert.Equal(new YearMonth(2020, 2), YearMonth.FromDate(new DateOnly(2020, 2, 29)));
    }

    [Fact]
    public void ToString_FormatAndCulture_AreIgnored()
    {
        Assert.Equal("2022-03", new YearMonth(2022, 3).ToString("N", System.Globalization.CultureInfo.GetCultureInfo("ar-SA")));
    }
}
