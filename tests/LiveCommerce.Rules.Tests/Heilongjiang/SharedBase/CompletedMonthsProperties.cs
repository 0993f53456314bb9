using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

/// <summary>The operation-time count skips the calendar when it can; it must still be the calendar's answer.</summary>
public class CompletedMonthsProperties
{
    [Property]
    public Property CompletedMonths_AnyDates_IsTheLargestWholeMonthCountNotPastAsOf()
    {
        Gen<int> days = Gen.Choose(new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber);
        return Prop.ForAll(days.ToArbitrary(), days.ToArbitrary(), (a, b) =>
        {
            DateOnly start = DateOnly.FromDayNumber(Math.Min(a, b)), asOf = DateOnly.FromDayNumber(Math.Max(a, b));
            int m = OperatorRule.CompletedMonths(start, asOf);
            return start.AddMonths(m) <= asOf && start.AddMonths(m + 1) > asOf;
        });
    }

    [Theory]
    [InlineData("2022-01-31", "2022-02-28", 1)] // AddMonths clamps to the month's last day
    [InlineData("2022-01-31", "2022-02-27", 0)]
    [InlineData("2020-02-29", "2021-02-28", 12)]
    [InlineData("2022-03-01", "2023-03-01", 12)]
    [InlineData("2022-03-02", "2023-03-01", 11)]
    [InlineData("2023-03-02", "2023-03-01", 0)]
    public void CompletedMonths_MonthEnds_FollowTheCalendar(string start, string asOf, int expected) =>
        Assert.Equal(expected, OperatorRule.CompletedMonths(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>The monthly mean is computed in integers; it must be the decimal division's value and scale.</summary>
public class MonthlyMeanArithmeticTests
{
    [Fact]
    public void Mean_EveryTwelveMonthSumUpToTheLimit_SameValueAndScaleAsDecimalDivision()
    {
        // Validation caps each month at 100,000, so twelve months sum to at most 1,200,000: every case is checked.
        for (long sum = 0; sum <= 1_200_000; sum++)
        {
            decimal expected = decimal.Round((decimal)sum / 12, 2, MidpointRounding.AwayFromZero);
            decimal actual = MonthlyMeanRule.Mean(sum, 12);
            if (actual != expected || actual.Scale != expected.Scale)
            {
                Assert.Fail($"{sum} / 12: {actual} (scale {actual.Scale}), expected {expected} (scale {expected.Scale})");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(24)]
    public void Mean_OtherMonthCounts_SameValueAndScaleAsDecimalDivision(int months)
    {
        for (long sum = 0; sum <= 50_000; sum++)
        {
            decimal expected = decimal.Round((decimal)sum / months, 2, MidpointRounding.AwayFromZero);
            decimal actual = MonthlyMeanRule.Mean(sum, months);
            Assert.True(actual == expected && actual.Scale == expected.Scale, $"{sum} / {months}: {actual} vs {expected}");
        }
    }
}
