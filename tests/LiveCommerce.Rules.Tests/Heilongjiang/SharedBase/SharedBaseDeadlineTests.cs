using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

public class SharedBaseDeadlineTests
{
    [Fact]
    public void Evaluate_OnTheDeadline_NoDeadlineNotice()
    {
        Report report = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), new DateOnly(2023, 6, 30));

        Assert.DoesNotContain(report.Notices, n => n.Code == "deadline-passed");
    }

    [Fact]
    public void Evaluate_DayAfterTheDeadline_DeadlinePassedNotice()
    {
        Report report = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), new DateOnly(2023, 7, 1));

        Notice notice = Assert.Single(report.Notices, n => n.Code == "deadline-passed");
        Assert.Contains("2023-06-30", notice.Message.En, StringComparison.Ordinal);
        Assert.Contains("2023-07-01", notice.Message.ZhCn, StringComparison.Ordinal);
        Assert.Equal(ReportOutcome.Met, report.Outcome);
    }

    [Theory]
    [InlineData(2023, 6, 30, false)]
    [InlineData(2023, 7, 1, true)]
    [InlineData(2022, 1, 1, false)]
    public void CityEvaluate_AroundTheDeadline_NoticeOnlyAfter(int year, int month, int day, bool expected)
    {
        SharedBaseCitySelection selection = CitySamples.Selection(CitySamples.Candidate("A", 90m));

        Report report = SharedBaseCityRuleSet.Default.Evaluate(selection, new DateOnly(year, month, day));

        Assert.Equal(expected, report.Notices.Any(n => n.Code == "deadline-passed"));
    }

    [Fact]
    public void Evaluate_InForceDocument_NoDraftNotice()
    {
        Report report = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), Samples.AsOf);

        Assert.Empty(report.Notices);
        Assert.Equal(DocumentStatus.InForce, report.Status);
    }

    [Fact]
    public void Evaluate_ExtremeAsOfDates_ReportWithoutException()
    {
        SharedBaseApplication earliest = Samples.SharedBaseMeeting() with { Operator = Samples.SharedBaseMeeting().Operator with { OperationStartDate = DateOnly.MinValue } };
        SharedBaseApplication latest = Samples.SharedBaseMeeting() with { Operator = Samples.SharedBaseMeeting().Operator with { OperationStartDate = DateOnly.MaxValue } };

        Report min = SharedBaseRuleSet.Default.Evaluate(earliest, DateOnly.MinValue);
        Report max = SharedBaseRuleSet.Default.Evaluate(earliest, DateOnly.MaxValue);
        Report future = SharedBaseRuleSet.Default.Evaluate(latest, DateOnly.MaxValue);

        Assert.Equal(new Quantity(0, Unit.Months), min["HLJ-BASE-OPERATOR"].Measured);
        Assert.Equal(new Quantity(119_987, Unit.Months), max["HLJ-BASE-OPERATOR"].Measured);
        Assert.Equal(Outcome.NotMet, future["HLJ-BASE-OPERATOR"].Outcome);
        Assert.Contains(max.Notices, n => n.Code == "deadline-passed");
        Assert.All(max.Findings.Concat(min.Findings), f => Assert.NotEmpty(f.Message.En));
    }
}
