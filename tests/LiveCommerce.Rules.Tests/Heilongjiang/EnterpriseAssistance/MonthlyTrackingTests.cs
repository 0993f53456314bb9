using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;

/// <summary>
/// HLJ-ACT-COHORT-MONTHLY-TRACKING (五、(四)7 各市(地)商务局要按月跟踪助企行动工作进展): a tracked month for every month of the
/// local service period (here 2023-04 to 2023-09), each due once it is over.
/// </summary>
public class MonthlyTrackingTests
{
    private const string RuleId = "HLJ-ACT-COHORT-MONTHLY-TRACKING";
    private static readonly EnterpriseAssistanceCityRuleSet RuleSet = EnterpriseAssistanceCityRuleSet.Default;
    private static readonly string[] WholeSpan = ["2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09"];

    private static CohortEnterprise Target(string id, DateOnly? start) => new()
    {
        EnterpriseId = id,
        Name = "企业" + id,
        Kind = EnterpriseKind.AboveQuotaTrade,
        SelectedAsTarget = true,
        InspectedOnSite = true,
        Accepted = true,
        ServicePeriod = start is { } s ? new ServicePeriod { Start = s, End = ServicePeriod.SixMonthsEnd(s) } : null,
    };

    // E1's period (2023-04-01..2023-09-30) opens the span, the city's period end closes it; E2 records no period.
    private static AssistanceCityCohort Cohort(params string[]? tracked) => new()
    {
        City = "测试市",
        ServicePeriodEnd = new DateOnly(2023, 9, 30),
        ProgressTrackedMonths = tracked is null ? null : [.. tracked.Select(YearMonth.Parse)],
        Enterprises = [Target("E1", new DateOnly(2023, 4, 1)), Target("E2", null)],
    };

    private static Finding Tracking(AssistanceCityCohort cohort, DateOnly asOf) => RuleSet.Evaluate(cohort, asOf)[RuleId];

    [Theory]
    [InlineData("2023-04-30", Outcome.NotApplicable, 0)] // the first month is not over: nothing due
    [InlineData("2023-05-01", Outcome.NotApplicable, 1)] // 2023-04 due and tracked, later months to come
    [InlineData("2023-09-30", Outcome.NotApplicable, 5)] // the last month is not over on its last day
    [InlineData("2023-10-01", Outcome.Met, 6)] // the day after: every month due and tracked
    [InlineData("2024-06-30", Outcome.Met, 6)]
    public void EveryMonthTracked_IsDueMonthByMonth(string asOf, Outcome expected, int due)
    {
        Finding finding = Tracking(Cohort(WholeSpan), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        // Measured only once the span is over: a not-yet-due finding carries no figure that could read as a shortfall.
        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.Met ? due : null, finding.Measured?.Value);
        Assert.Equal(expected == Outcome.Met ? due : null, finding.Required?.Bound.Value);
        if (expected == Outcome.NotApplicable && due > 0)
        {
            Assert.Equal(FormattableString.Invariant($"本地服务期 2023-04–2023-09 中已结束的 {due} 个月均已跟踪;{new YearMonth(2023, 4).PlusMonths(due)} 起的月份尚未结束"), finding.Message.ZhCn);
        }
        Assert.Equal("五、(四)7", finding.Citation.Section);
        Assert.Equal("各市(地)商务局要按月跟踪助企行动工作进展", finding.Citation.Clause);
    }

    [Theory]
    [InlineData("2023-07-31", Outcome.NotApplicable)] // 2023-07 is still running: no month missed yet
    [InlineData("2023-08-01", Outcome.NotMet)] // the day 2023-07 is over untracked
    public void AMonthNotTracked_FailsTheDayAfterItEnds(string asOf, Outcome expected)
    {
        Finding finding = Tracking(Cohort("2023-04", "2023-05", "2023-06", "2023-08", "2023-09"), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.NotMet)
        {
            Assert.Equal("本地服务期 2023-04–2023-09 中已结束的 4 个月,未跟踪:2023-07", finding.Explanation?.ZhCn);
            Assert.Equal(3m, finding.Measured?.Value);
            Assert.Equal(4m, finding.Required?.Bound.Value);
        }
    }

    [Fact]
    public void NotRecorded_NotApplicable_AndAnEmptyList_NotMet()
    {
        var asOf = new DateOnly(2023, 12, 31);

        Finding notRecorded = Tracking(Cohort(null), asOf);
        Finding none = Tracking(Cohort([]), asOf);

        Assert.Equal(Outcome.NotApplicable, notRecorded.Outcome);
        Assert.Equal("未记录按月跟踪助企行动工作进展的情况", notRecorded.Explanation?.ZhCn);
        Assert.Equal(Outcome.NotMet, none.Outcome);
        Assert.Equal("本地服务期 2023-04–2023-09 中已结束的 6 个月,未跟踪:2023-04, 2023-05, 2023-06, 2023-07, 2023-08, 2023-09", none.Explanation?.ZhCn);
    }

    [Fact]
    public void NoTargetRecordsItsServicePeriod_NotEvaluated()
    {
        AssistanceCityCohort cohort = Cohort(WholeSpan) with { Enterprises = [Target("E1", null)] };

        Finding finding = Tracking(cohort, new DateOnly(2023, 12, 31));

        Assert.Equal(Outcome.NotEvaluated, finding.Outcome);
        Assert.StartsWith("未检查:没有服务对象记录服务期", finding.Explanation?.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void AMonthOutsideTheSpan_IsNotedAndNotCounted()
    {
        // 2023-03 precedes every target's period: it cannot stand in for the missing 2023-07.
        Finding finding = Tracking(Cohort("2023-03", "2023-04", "2023-05", "2023-06", "2023-08", "2023-09"), new DateOnly(2023, 12, 31));

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Equal(5m, finding.Measured?.Value);
        Assert.Equal(["跟踪月份 2023-03 不在本地服务期 2023-04–2023-09 内,不计"], finding.Notes.Select(n => n.ZhCn));
    }

    [Fact]
    public void TheEarliestTargetOpensTheSpan()
    {
        AssistanceCityCohort cohort = Cohort(WholeSpan) with
        {
            Enterprises = [Target("E1", new DateOnly(2023, 4, 1)), Target("E0", new DateOnly(2023, 3, 31))],
        };

        Finding finding = Tracking(cohort, new DateOnly(2023, 12, 31));

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Equal("本地服务期 2023-03–2023-09 中已结束的 7 个月,未跟踪:2023-03", finding.Explanation?.ZhCn);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)] // a longer list is checked with a set: the same problems
    public void AMonthListedTwice_IsRejectedWithItsPath(int length)
    {
        string[] months = [.. Enumerable.Range(0, length - 1).Select(i => new YearMonth(2023, 4).PlusMonths(i).ToString()), "2023-04"];

        ValidationResult validation = RuleSet.Validate(Cohort(months));

        Assert.Equal([(FormattableString.Invariant($"$.progressTrackedMonths[{length - 1}]"), "duplicate")], validation.Problems.Select(p => (p.Path, p.Code)));
    }

    [Theory]
    [InlineData("null", true)]
    [InlineData("[]", true)]
    [InlineData("[\"2023-04\"]", true)]
    [InlineData("[\"2023-13\"]", false)]
    [InlineData("\"2023-04\"", false)]
    [InlineData("[null]", false)]
    public void Json_TheMonthsAreAnOptionalArrayOfMonths(string value, bool valid)
    {
        string json = Encoding.UTF8.GetString(Repo.Sample(EnterpriseAssistanceCityRuleSet.RuleSetId, "city-meets.json"));
        int start = json.IndexOf("\"progressTrackedMonths\": ", StringComparison.Ordinal) + "\"progressTrackedMonths\": ".Length;
        int end = json.IndexOf(']', start) + 1;
        json = string.Concat(json.AsSpan(0, start), value, json.AsSpan(end));

        ValidationResult validation = RuleSet.ValidateJson(Encoding.UTF8.GetBytes(json));

        Assert.Equal(valid, validation.IsValid);
        Assert.All(validation.Problems, p => Assert.StartsWith("$.progressTrackedMonths", p.Path, StringComparison.Ordinal));
    }

    /// <summary>Any set of tracked months, any as-of date: the outcome is that of counting the months by hand.</summary>
    [Property]
    public Property AnyTrackedMonths_AgreeWithCountingByHand()
    {
        Gen<(bool[] Tracked, int DaysAfter)> cases =
            from tracked in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), 6)
            from days in Gen.Choose(-40, 260)
            select (tracked, days);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            string[] months = [.. WholeSpan.Where((_, i) => c.Tracked[i])];
            DateOnly asOf = new DateOnly(2023, 4, 1).AddDays(c.DaysAfter);
            int due = Math.Clamp((asOf.Year * 12) + asOf.Month - ((2023 * 12) + 4), 0, 6);
            bool missed = Enumerable.Range(0, due).Any(i => !c.Tracked[i]);
            Outcome expected = due == 0 ? Outcome.NotApplicable : missed ? Outcome.NotMet : due < 6 ? Outcome.NotApplicable : Outcome.Met;

            return Tracking(Cohort(months), asOf).Outcome == expected;
        });
    }
}
