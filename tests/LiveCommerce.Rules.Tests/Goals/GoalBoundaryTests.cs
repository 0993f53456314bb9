using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Goals.ProvinceGoals;
using static LiveCommerce.Rules.Tests.Goals.GoalFacts;

namespace LiveCommerce.Rules.Tests.Goals;

public class GoalBoundaryTests
{
    private static readonly DateOnly Before2025Deadline = new(2025, 6, 30);
    private static readonly DateOnly After2025Deadline = new(2026, 1, 31);
    private static readonly GoalSet Sichuan = SichuanGoals.Goals;

    [Fact]
    public void Progress_SichuanRetailExactly250Billion_IsNotMetBecauseChaoIsStrict()
    {
        GoalProgress p = Sichuan.Progress(Of(Figure("SC-GOALS-2025-RETAIL", 250_000_000_000m)), After2025Deadline)["SC-GOALS-2025-RETAIL"];

        Assert.Equal(Comparison.MoreThan, p.Target.Comparison);
        Assert.Equal(GoalStatus.NotMet, p.Status);
        Assert.Equal(100m, p.PercentOfTarget);
    }

    [Fact]
    public void Progress_SichuanRetailOneFenAbove250Billion_IsMet()
    {
        GoalProgress p = Sichuan.Progress(Of(Figure("SC-GOALS-2025-RETAIL", 250_000_000_000.01m)), After2025Deadline)["SC-GOALS-2025-RETAIL"];

        Assert.Equal(GoalStatus.Met, p.Status);
    }

    [Fact]
    public void Progress_SichuanRetailOneFenBelow250BillionBeforeDeadline_IsNotYetDue()
    {
        GoalProgress p = Sichuan.Progress(Of(Figure("SC-GOALS-2025-RETAIL", 249_999_999_999.99m)), Before2025Deadline)["SC-GOALS-2025-RETAIL"];

        Assert.Equal(GoalStatus.NotYetDue, p.Status);
        Assert.False(p.DeadlinePassed);
    }

    [Fact]
    public void Progress_ClusterShareExactly30Percent_IsMet()
    {
        GoalProgress p = Sichuan.Progress(Of(Figure("SC-GOALS-2025-RETAIL", 100m), Figure("SC-GOALS-2025-CLUSTER-TURNOVER", 30m)), After2025Deadline)["SC-GOALS-2025-CLUSTER-SHARE"];

        Assert.Equal(GoalStatus.Met, p.Status);
        Assert.Equal(30m, p.Value);
        Assert.Equal(100m, p.PercentOfTarget);
    }

    [Fact]
    public void Progress_ClusterShareOneFenBelow30Percent_IsNotMet()
    {
        GoalProgress p = Sichuan.Progress(Of(Figure("SC-GOALS-2025-RETAIL", 100m), Figure("SC-GOALS-2025-CLUSTER-TURNOVER", 29.99m)), After2025Deadline)["SC-GOALS-2025-CLUSTER-SHARE"];

        Assert.Equal(GoalStatus.NotMet, p.Status);
    }

    [Fact]
    public void Progress_ClusterShareOneFenAbove30Percent_IsMet()
    {
        GoalProgress p = Sichuan.Progress(Of(Figure("SC-GOALS-2025-RETAIL", 100m), Figure("SC-GOALS-2025-CLUSTER-TURNOVER", 30.01m)), After2025Deadline)["SC-GOALS-2025-CLUSTER-SHARE"];

        Assert.Equal(GoalStatus.Met, p.Status);
    }

    [Fact]
    public void Progress_ClusterShareOfThirdsAtLargeScale_IsComparedExactly()
    {
        // 75,000,000,000.00 of 250,000,000,000.00 is exactly 30%; 1 fen less is not.
        GoalFigures at = Of(Figure("SC-GOALS-2025-RETAIL", 250_000_000_000m), Figure("SC-GOALS-2025-CLUSTER-TURNOVER", 75_000_000_000m));
        GoalFigures below = Of(Figure("SC-GOALS-2025-RETAIL", 250_000_000_000m), Figure("SC-GOALS-2025-CLUSTER-TURNOVER", 74_999_999_999.99m));

        Assert.Equal(GoalStatus.Met, Sichuan.Progress(at, After2025Deadline)["SC-GOALS-2025-CLUSTER-SHARE"].Status);
        Assert.Equal(GoalStatus.NotMet, Sichuan.Progress(below, After2025Deadline)["SC-GOALS-2025-CLUSTER-SHARE"].Status);
    }

    [Fact]
    public void Progress_LiveTurnoverAt150Billion_IsMetBecauseDaIsInclusive()
    {
        GoalProgress at = Sichuan.Progress(Of(Figure("SC-GOALS-2025-LIVE-TURNOVER", 150_000_000_000m)), After2025Deadline)["SC-GOALS-2025-LIVE-TURNOVER"];
        GoalProgress below = Sichuan.Progress(Of(Figure("SC-GOALS-2025-LIVE-TURNOVER", 149_999_999_999.99m)), After2025Deadline)["SC-GOALS-2025-LIVE-TURNOVER"];

        Assert.Equal(GoalStatus.Met, at.Status);
        Assert.Equal(GoalStatus.NotMet, below.Status);
    }

    [Fact]
    public void Progress_TenEnterprisesAtExactlyOneBillion_AreAllCounted()
    {
        GoalFigures figures = Of() with { Lists = [List(SichuanGoals.EnterprisesList, [.. Enumerable.Repeat(1_000_000_000m, 10)])] };

        GoalProgress p = Sichuan.Progress(figures, After2025Deadline)["SC-GOALS-2025-ENTERPRISES"];

        Assert.Equal(GoalStatus.Met, p.Status);
        Assert.Equal(10m, p.Value);
        Assert.Equal(10, p.Counted.Length);
    }

    [Fact]
    public void Progress_OneEnterpriseOneFenBelowOneBillion_IsNotCounted()
    {
        decimal[] sales = [.. Enumerable.Repeat(1_000_000_000m, 9), 999_999_999.99m, 5_000_000_000m];
        GoalFigures figures = Of() with { Lists = [List(SichuanGoals.EnterprisesList, sales)] };

        GoalProgress p = Sichuan.Progress(figures, After2025Deadline)["SC-GOALS-2025-ENTERPRISES"];

        Assert.Equal(10m, p.Value);
        Assert.DoesNotContain($"{SichuanGoals.EnterprisesList}-10", p.Counted);
        Assert.Equal(GoalStatus.Met, p.Status);
    }

    [Fact]
    public void Progress_NineQualifyingAnchors_IsNotMet()
    {
        decimal[] sales = [.. Enumerable.Repeat(100_000_000m, 9), 99_999_999.99m];
        GoalFigures figures = Of() with { Lists = [List(SichuanGoals.AnchorsList, sales)] };

        GoalProgress p = Sichuan.Progress(figures, After2025Deadline)["SC-GOALS-2025-ANCHORS"];

        Assert.Equal(9m, p.Value);
        Assert.Equal(GoalStatus.NotMet, p.Status);
        Assert.Equal(90m, p.PercentOfTarget);
    }

    [Fact]
    public void Progress_BrandMagnitudeClasses_PartitionTheBrands()
    {
        // 100,000,000 is 亿级 (not 千万级); 99,999,999.99 and 10,000,000 are 千万级; 9,999,999.99 is neither but is a brand.
        GoalFigures figures = Of() with { Lists = [List(SichuanGoals.BrandsList, 100_000_000m, 99_999_999.99m, 10_000_000m, 9_999_999.99m)] };

        GoalProgressReport report = Sichuan.Progress(figures, new DateOnly(2031, 1, 1));

        Assert.Equal(4m, report["SC-GOALS-2030-BRANDS"].Value);
        Assert.Equal(1m, report["SC-GOALS-2030-BRANDS-100M"].Value);
        Assert.Equal(2m, report["SC-GOALS-2030-BRANDS-10M"].Value);
    }

    [Fact]
    public void Progress_TwentyBrandsOf100MillionAmong100_MeetAllThreeBrandGoals()
    {
        decimal[] scales = [.. Enumerable.Repeat(100_000_000m, 20), .. Enumerable.Repeat(10_000_000m, 80)];
        GoalFigures figures = Of() with { Lists = [List(SichuanGoals.BrandsList, scales)] };

        GoalProgressReport report = Sichuan.Progress(figures, new DateOnly(2031, 1, 1));

        Assert.All(new[] { "SC-GOALS-2030-BRANDS", "SC-GOALS-2030-BRANDS-100M", "SC-GOALS-2030-BRANDS-10M" }, id => Assert.Equal(GoalStatus.Met, report[id].Status));
    }

    [Fact]
    public void Progress_NineteenBrandsOf100Million_MissesThatGoal()
    {
        decimal[] scales = [.. Enumerable.Repeat(100_000_000m, 19), 99_999_999.99m, .. Enumerable.Repeat(10_000_000m, 80)];
        GoalFigures figures = Of() with { Lists = [List(SichuanGoals.BrandsList, scales)] };

        GoalProgressReport report = Sichuan.Progress(figures, new DateOnly(2031, 1, 1));

        Assert.Equal(GoalStatus.NotMet, report["SC-GOALS-2030-BRANDS-100M"].Status);
        Assert.Equal(GoalStatus.Met, report["SC-GOALS-2030-BRANDS-10M"].Status);
        Assert.Equal(GoalStatus.Met, report["SC-GOALS-2030-BRANDS"].Status);
    }

    [Theory]
    [InlineData(500, 500, GoalStatus.Met)]
    [InlineData(500, 499, GoalStatus.NotMet)]
    [InlineData(700, 301, GoalStatus.Met)]
    public void Progress_GuizhouEnterprisesAndTeams_IsTheSumOfTask6(int enterprises, int teams, GoalStatus expected)
    {
        GoalFigures figures = Of(Figure("GZ-GOALS-2025-LEADING-ENTERPRISES", enterprises), Figure("GZ-GOALS-2025-TEAMS", teams));

        GoalProgress p = GuizhouGoals.Goals2025.Progress(figures, After2025Deadline)["GZ-GOALS-2025-ENTERPRISES-AND-TEAMS"];

        Assert.Equal(enterprises + teams, p.Value);
        Assert.Equal(expected, p.Status);
    }

    [Theory]
    [InlineData(99_999_999_999.99, GoalStatus.NotMet)]
    [InlineData(100_000_000_000, GoalStatus.Met)]
    [InlineData(100_000_000_000.01, GoalStatus.Met)]
    public void Progress_GuizhouRetailAround100Billion_IsInclusive(double yuan, GoalStatus expected)
    {
        GoalProgress p = GuizhouGoals.Goals2025.Progress(Of(Figure("GZ-GOALS-2025-RETAIL", (decimal)yuan)), After2025Deadline)["GZ-GOALS-2025-RETAIL"];

        Assert.Equal(expected, p.Status);
    }

    [Theory]
    [InlineData(1499, GoalStatus.NotMet)]
    [InlineData(1500, GoalStatus.Met)]
    [InlineData(1501, GoalStatus.Met)]
    public void Progress_HeilongjiangActionEnterprisesAround1500_IsInclusive(int enterprises, GoalStatus expected)
    {
        GoalProgress p = HeilongjiangGoals.ActionGoals.Progress(Of(Figure("HLJ-ACT-GOAL-ENTERPRISES", enterprises)), new DateOnly(2023, 10, 31))["HLJ-ACT-GOAL-ENTERPRISES"];

        Assert.Equal(expected, p.Status);
    }

    [Theory]
    [InlineData(999_999_999.99, GoalStatus.NotMet)]
    [InlineData(1_000_000_000, GoalStatus.Met)]
    [InlineData(-5_000_000, GoalStatus.NotMet)]
    public void Progress_HeilongjiangRetailGrowthAroundOneBillion_IsInclusiveAndMayBeADecline(double yuan, GoalStatus expected)
    {
        GoalProgress p = HeilongjiangGoals.ActionGoals.Progress(Of(Figure("HLJ-ACT-GOAL-RETAIL-GROWTH", (decimal)yuan)), new DateOnly(2023, 10, 31))["HLJ-ACT-GOAL-RETAIL-GROWTH"];

        Assert.Equal(expected, p.Status);
    }

    [Theory]
    [InlineData(19, GoalStatus.NotMet)]
    [InlineData(20, GoalStatus.Met)]
    [InlineData(21, GoalStatus.Met)]
    public void Progress_HeilongjiangBasesAround20_IsInclusive(int bases, GoalStatus expected)
    {
        Assert.Equal(expected, HeilongjiangGoals.BaseGoals.Progress(Of(Figure("HLJ-BASE-GOAL", bases)), new DateOnly(2023, 7, 1))["HLJ-BASE-GOAL"].Status);
    }

    [Fact]
    public void Progress_OnTheDeadline_IsNotYetPast()
    {
        GoalProgress onDeadline = HeilongjiangGoals.BaseGoals.Progress(Of(Figure("HLJ-BASE-GOAL", 19)), new DateOnly(2023, 6, 30))["HLJ-BASE-GOAL"];
        GoalProgress dayAfter = HeilongjiangGoals.BaseGoals.Progress(Of(Figure("HLJ-BASE-GOAL", 19)), new DateOnly(2023, 7, 1))["HLJ-BASE-GOAL"];

        Assert.Equal(GoalStatus.NotYetDue, onDeadline.Status);
        Assert.Equal(GoalStatus.NotMet, dayAfter.Status);
        Assert.True(dayAfter.DeadlinePassed);
    }

    [Fact]
    public void Progress_PercentOfTarget_IsExactAndRoundedOnlyForDisplay()
    {
        GoalProgress p = HeilongjiangGoals.PlanGoals.Progress(Of(Figure("HLJ-PLAN-GOALS-MEDIUM-BASES", 1)), new DateOnly(2022, 6, 30))["HLJ-PLAN-GOALS-MEDIUM-BASES"];
        GoalProgress tenth = GuizhouGoals.Goals2025.Progress(Of(Figure("GZ-GOALS-2025-PARKS", 1m)), Before2025Deadline)["GZ-GOALS-2025-PARKS"];
        GoalProgress twoThirds = SichuanGoals.Goals.Progress(Of(Figure("SC-GOALS-2030-BASES", 20)), Before2025Deadline)["SC-GOALS-2030-BASES"];

        Assert.Equal(20m, p.PercentOfTarget);
        Assert.Equal(10m, tenth.PercentOfTarget);
        Assert.Equal(200m / 3m, twoThirds.PercentOfTarget);
        Assert.Equal("66.67%", twoThirds.FormatPercentOfTarget());
    }

    [Fact]
    public void Progress_FiguresMissing_AreListedAndTheGoalIsNotJudged()
    {
        GoalProgressReport report = Sichuan.Progress(Of(Figure("SC-GOALS-2025-RETAIL", 260_000_000_000m)), After2025Deadline);

        GoalProgress share = report["SC-GOALS-2025-CLUSTER-SHARE"];
        Assert.Equal(GoalStatus.FigureMissing, share.Status);
        Assert.Null(share.Value);
        Assert.Equal("SC-GOALS-2025-CLUSTER-TURNOVER", Assert.Single(share.MissingFigures));
        Assert.Contains(SichuanGoals.EnterprisesList, report.MissingFigures);
        Assert.Contains("SC-GOALS-2025-LIVE-TURNOVER", report.MissingFigures);
        Assert.DoesNotContain("SC-GOALS-2025-RETAIL", report.MissingFigures);
    }
}
