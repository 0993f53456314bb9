using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Primitives;

public class MonthlySeriesTests
{
    private static readonly YearMonth Jan = new(2022, 1);
    private static readonly YearMonth Dec = new(2022, 12);

    private static List<YearMonth> Year2022() => [.. Enumerable.Range(1, 12).Select(m => new YearMonth(2022, m))];

    [Fact]
    public void FindProblems_CompleteYearInAnyOrder_NoProblems()
    {
        List<YearMonth> months = Year2022();
        months.Reverse();

        Assert.Empty(MonthlySeries.FindProblems(months, Jan, Dec));
    }

    [Fact]
    public void FindProblems_MissingMonth_ReportedWithIndexMinusOne()
    {
        List<YearMonth> months = Year2022();
        months.RemoveAt(6);

        Assert.Equal([new MonthProblem(-1, new YearMonth(2022, 7), MonthProblemKind.Missing)], MonthlySeries.FindProblems(months, Jan, Dec));
    }

    [Fact]
    public void FindProblems_DuplicateMonth_ReportedWithItsIndex()
    {
        List<YearMonth> months = Year2022();
        months.Add(new YearMonth(2022, 5));

        Assert.Equal([new MonthProblem(12, new YearMonth(2022, 5), MonthProblemKind.Duplicate)], MonthlySeries.FindProblems(months, Jan, Dec));
    }

    [Fact]
    public void FindProblems_OutsideWindow_ReportedWithItsIndex()
    {
        List<YearMonth> months = Year2022();
        months.Insert(0, new YearMonth(2021, 12));
        months.Add(new YearMonth(2023, 1));

        Assert.Equal(
            [new MonthProblem(0, new YearMonth(2021, 12), MonthProblemKind.OutsideWindow), new MonthProblem(13, new YearMonth(2023, 1), MonthProblemKind.OutsideWindow)],
            MonthlySeries.FindProblems(months, Jan, Dec));
    }

    [Fact]
    public void FindProblems_SeveralProblems_ReportsEachOnce()
    {
        List<YearMonth> months = Year2022();
        months[3] = new YearMonth(2022, 3); // April replaced by a second March
        months.Add(new YearMonth(2023, 1));

        Assert.Equal(
            [
                new MonthProblem(3, new YearMonth(2022, 3), MonthProblemKind.Duplicate),
                new MonthProblem(12, new YearMonth(2023, 1), MonthProblemKind.OutsideWindow),
                new MonthProblem(-1, new YearMonth(2022, 4), MonthProblemKind.Missing),
            ],
            MonthlySeries.FindProblems(months, Jan, Dec));
    }

    [Fact]
    public void Create_EntriesInAnyOrder_OrdersValuesByMonth()
    {
        var entries = Year2022().Select(m => KeyValuePair.Create(m, m.Month * 10)).Reverse().ToList();

        MonthlySeries<int> series = MonthlySeries.Create(entries, Jan, Dec);

        Assert.Equal(12, series.Count);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => m * 10), series.Values);
        Assert.Equal(70, series[new YearMonth(2022, 7)]);
        Assert.Equal(new YearMonth(2022, 3), series[2].Key);
        Assert.Equal(Dec, series.Last);
        Assert.Throws<ArgumentOutOfRangeException>(() => series[new YearMonth(2023, 1)]);
    }

    [Fact]
    public void Create_IncompleteEntries_ThrowsArgumentException()
    {
        var entries = Year2022().Take(11).Select(m => KeyValuePair.Create(m, 0)).ToList();

        ArgumentException ex = Assert.Throws<ArgumentException>(() => MonthlySeries.Create(entries, Jan, Dec));

        Assert.Contains("2022-12", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblems_WindowEndingInDecember9999_NoOverflow()
    {
        YearMonth last = new(9999, 12);
        YearMonth first = last.PlusMonths(-1);

        Assert.Empty(MonthlySeries.FindProblems([first, last], first, last));
        Assert.Equal([new MonthProblem(-1, last, MonthProblemKind.Missing)], MonthlySeries.FindProblems([first], first, last));
        Assert.Equal(last, MonthlySeries.Create([KeyValuePair.Create(last, 1), KeyValuePair.Create(first, 0)], first, last).Last);
    }
}
