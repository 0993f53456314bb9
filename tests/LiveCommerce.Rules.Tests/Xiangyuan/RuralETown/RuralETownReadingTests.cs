using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

/// <summary>The readings the seed leaves open (issue 14, items 19, 20, 23, 25): calendar or project periods, the
/// speech alternative of XY-8-1, growth over a missing year, a 原则上 shortfall beside missing evidence.</summary>
public class RuralETownReadingTests
{
    private static readonly RuralETownRuleSet ProjectPeriods = RuralETownRuleSet.Create(new RuralETownOptions { Periods = PeriodReading.ProjectPeriods });

    /// <summary>A project of exactly one project year, 2024-01-06..2025-01-05, ending five days into 2025.</summary>
    private static RuralETownProject OneProjectYear(params MarketYear[] years) => XiangyuanSamples.AtBoundary() with
    {
        PeriodStart = new DateOnly(2024, 1, 6),
        PeriodEnd = new DateOnly(2025, 1, 5),
        LiveSellingEvents = [],
        ContentPushes = [],
        Salons = [],
        Contests = [new Contest { Date = new DateOnly(2024, 6, 1), Title = "创业技能大赛" }],
        Market = new MarketIndicators { BaselineOnlineRetail = Money.FromYuan(27_000_000m), Years = [.. years] },
    };

    [Fact]
    public void Contest_FiveDayStubOfCalendar2025_NeedsItsOwnContestByDefault()
    {
        // Item 20: under calendar years the five days 2025-01-01..05 are a year of the project.
        RuralETownProject p = OneProjectYear(XiangyuanSamples.Year(2024, 30_000_000m, 151, 10, 6), XiangyuanSamples.Year(2025, 33_000_000m, 151, 10, 6));

        Finding f = RuralETownRuleSet.Default.Evaluate(p, p.PeriodEnd)["XY-5-5-CONTEST"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2025 (2025-01-01..2025-01-05)", Evaluate.Notes(f), StringComparison.Ordinal);
    }

    [Fact]
    public void Contest_ProjectYears_OneContestForTheOneProjectYear()
    {
        RuralETownProject p = OneProjectYear(XiangyuanSamples.Year(1, 30_000_000m, 151, 10, 6));

        Finding f = ProjectPeriods.Evaluate(p, p.PeriodEnd)["XY-5-5-CONTEST"];

        Assert.Equal(Outcome.Met, f.Outcome);
        Assert.Contains("1 个项目年度", Evaluate.Notes(f), StringComparison.Ordinal);
    }

    [Fact]
    public void Contest_ProjectYears_ContestOnTheLastDayOfYearOneCountsTheDayAfterDoesNot()
    {
        // Project year 1 is 2024-01-06..2025-01-05; a project of 13 months has a second, one-month project year.
        RuralETownProject p = OneProjectYear() with { PeriodEnd = new DateOnly(2025, 2, 5) };
        RuralETownProject lastDay = p with { Contests = [new Contest { Date = new DateOnly(2025, 1, 5) }, new Contest { Date = new DateOnly(2025, 2, 5) }] };
        RuralETownProject dayAfter = p with { Contests = [new Contest { Date = new DateOnly(2025, 1, 6) }, new Contest { Date = new DateOnly(2025, 2, 5) }] };

        Assert.Equal(Outcome.Met, ProjectPeriods.Evaluate(lastDay, p.PeriodEnd)["XY-5-5-CONTEST"].Outcome);
        Finding f = ProjectPeriods.Evaluate(dayAfter, p.PeriodEnd)["XY-5-5-CONTEST"];
        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("Y1 (2024-01-06..2025-01-05)", Evaluate.Notes(f), StringComparison.Ordinal);
    }

    [Fact]
    public void Salons_ProjectQuarters_CountedFromTheFirstDay()
    {
        // 2023-08-01..2024-07-31: project quarters Aug–Oct, Nov–Jan, Feb–Apr, May–Jul, one salon in each; the calendar
        // quarter 2023Q3 (Aug–Sep) has none.
        RuralETownProject p = XiangyuanSamples.AtBoundary() with
        {
            PeriodEnd = new DateOnly(2024, 7, 31),
            LiveSellingEvents = [],
            ContentPushes = [],
            Contests = [],
            Salons = [.. new[] { new DateOnly(2023, 10, 31), new DateOnly(2024, 1, 20), new DateOnly(2024, 4, 20), new DateOnly(2024, 7, 20) }.Select(d => new Salon { Date = d, Theme = "直播选品" })],
            Market = new MarketIndicators { BaselineOnlineRetail = Money.FromYuan(27_000_000m), Years = [] },
        };

        Assert.Equal(Outcome.Met, ProjectPeriods.Evaluate(p, p.PeriodEnd)["XY-6-7-SALONS"].Outcome);
        Finding calendar = RuralETownRuleSet.Default.Evaluate(p, p.PeriodEnd)["XY-6-7-SALONS"];
        Assert.Equal(Outcome.NotMet, calendar.Outcome);
        Assert.Contains("2023Q3 (2023-08-01..2023-09-30)", Evaluate.Notes(calendar), StringComparison.Ordinal);
    }

    [Fact]
    public void WeeklyLive_ProjectWeeks_SevenDaysFromTheFirstDay()
    {
        // A project starting on Tuesday 2023-08-01 with an event every Monday: project week W1 (Tue..Mon 08-07) holds the
        // Monday 08-07, but the partial ISO week 2023-W31 (08-01..08-06) holds none.
        DateOnly start = new(2023, 8, 1), end = new(2023, 8, 28);
        RuralETownProject p = XiangyuanSamples.AtBoundary() with
        {
            PeriodEnd = end,
            LiveSellingEvents = [.. new[] { 7, 14, 21, 28 }.Select((d, i) => new LiveSellingEvent { Date = new DateOnly(2023, 8, d), Venue = (i % 3) switch { 0 => "直播间", 1 => "原产地", _ => "展厅" } })],
            ContentPushes = [],
            Salons = [],
            Contests = [],
            Market = new MarketIndicators { BaselineOnlineRetail = Money.FromYuan(27_000_000m), Years = [] },
        };

        Assert.Equal(Outcome.Met, ProjectPeriods.Evaluate(p, end)["XY-4-8-WEEKLY-LIVE"].Outcome);
        Finding calendar = RuralETownRuleSet.Default.Evaluate(p, end)["XY-4-8-WEEKLY-LIVE"];
        Assert.Equal(Outcome.NotMet, calendar.Outcome);
        Assert.Contains("2023-W31 (2023-08-01..2023-08-06)", Evaluate.Notes(calendar), StringComparison.Ordinal);
        Assert.Equal(start, ProjectCalendar.DueWindows(CadencePeriod.Week, start, end, end, PeriodReading.ProjectPeriods)[0].Start);
        Assert.Equal(new DateOnly(2023, 8, 7), ProjectCalendar.DueWindows(CadencePeriod.Week, start, end, end, PeriodReading.ProjectPeriods)[0].End);
    }

    [Fact]
    public void Retail_CalendarPartYear_HeldToTheFullYearAndSaysSo()
    {
        // Item 19: the sample's 2023 is five months (08-01..12-31); by default it is held to ¥30,000,000 and the line says so.
        RuralETownProject p = XiangyuanSamples.AtBoundary();

        Finding f = Evaluate.Project(p)["XY-9-1-RETAIL"];

        Assert.Equal(Outcome.Met, f.Outcome);
        Assert.Contains("2023 年为部分年度(2023-08-01..2023-12-31,153 天):网络零售额按全年标准考核,不折算", Evaluate.Notes(f), StringComparison.Ordinal);
        Assert.DoesNotContain("2024 年为部分年度", Evaluate.Notes(f), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30000000.00", Outcome.Met)]
    [InlineData("29999999.99", Outcome.NotMet)]
    [InlineData("30000000.01", Outcome.Met)]
    public void Retail_ProjectYears_TwelveMonthsFromTheStartHeldToThirtyMillion(string retail, Outcome expected)
    {
        // 2023-08-01..2025-07-31: two whole project years; year 1 over the 12 months before the start (27,000,000 → +11.1%).
        decimal r = decimal.Parse(retail, System.Globalization.CultureInfo.InvariantCulture);
        RuralETownProject p = XiangyuanSamples.AtBoundary() with
        {
            PeriodEnd = new DateOnly(2025, 7, 31),
            LiveSellingEvents = [],
            ContentPushes = [],
            Salons = [],
            Contests = [],
            Market = new MarketIndicators
            {
                BaselineOnlineRetail = Money.FromYuan(27_000_000m),
                Years = [XiangyuanSamples.Year(1, r, 151, 10, 6), XiangyuanSamples.Year(2, 40_000_000m, 151, 10, 6)],
            },
        };

        Finding f = ProjectPeriods.Evaluate(p, p.PeriodEnd)["XY-9-1-RETAIL"];

        Assert.Equal(expected, f.Outcome);
        Assert.Contains("项目第1年网络零售额", Evaluate.Notes(f), StringComparison.Ordinal);
        Assert.DoesNotContain("部分年度", Evaluate.Notes(f), StringComparison.Ordinal);
    }

    [Fact]
    public void MarketYears_ProjectYears_NumberedOneToTheLast()
    {
        RuralETownProject p = OneProjectYear(XiangyuanSamples.Year(1, 30_000_000m, 151, 10, 6), XiangyuanSamples.Year(2, 33_000_000m, 151, 10, 6));

        ValidationProblem problem = Assert.Single(ProjectPeriods.Validate(p).Problems);

        Assert.Equal(("$.market.years[1].year", "outside-period"), (problem.Path, problem.Code));
        Assert.Empty(RuralETownRuleSet.Default.Validate(p with { Market = p.Market with { Years = [XiangyuanSamples.Year(2024, 30_000_000m, 151, 10, 6)] } }).Problems);
    }

    [Fact]
    public void Retail_MissingIntermediateYear_NextYearsGrowthNotAgainstTheBaseline()
    {
        // Item 25: 2023..2025 with 2024 missing: 2025's growth cannot be computed; it is not printed against the baseline
        // of 2022, two years back.
        RuralETownProject p = XiangyuanSamples.AtBoundary() with
        {
            PeriodEnd = new DateOnly(2025, 12, 31),
            LiveSellingEvents = [],
            ContentPushes = [],
            Salons = [],
            Contests = [],
            Market = new MarketIndicators
            {
                BaselineOnlineRetail = Money.FromYuan(27_000_000m),
                Years = [XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 6), XiangyuanSamples.Year(2025, 40_000_000m, 151, 10, 6)],
            },
        };

        Finding f = RuralETownRuleSet.Default.Evaluate(p, p.PeriodEnd)["XY-9-1-RETAIL"];
        string notes = Evaluate.Notes(f);

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2025 年:2024 年未填报网络零售额,无法计算同比增长率", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("2025 年同比增长率", notes, StringComparison.Ordinal);
        Assert.Contains("2023 年同比增长率(对比基期(2022 年))", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InPrincipleShortfallAndEvidenceMissing_ExplanationKeepsTheWarningAndTheWaiver()
    {
        // Item 25: evidence incomplete decides the outcome, but the 原则上 shortfall and its waiver reason stay in it.
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-6-1-SERVICE-CENTRE", d => d with { Area = Area.FromSquareMetres(1999), Evidence = d.Evidence.RemoveAt(0), WaiverReason = "受原建筑结构限制" });

        Finding f = Evaluate.Project(p)["XY-6-1-SERVICE-CENTRE"];

        Assert.Equal(Outcome.EvidenceIncomplete, f.Outcome);
        Assert.Contains("另:原则上要求未满足", f.Explanation!.ZhCn, StringComparison.Ordinal);
        Assert.Contains("受原建筑结构限制", f.Explanation.ZhCn, StringComparison.Ordinal);
        Assert.Contains("waiver recorded", f.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EvidenceMissingWithoutShortfall_ExplanationMentionsNoWarning()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-6-1-SERVICE-CENTRE", d => d with { Area = Area.FromSquareMetres(2000), Evidence = d.Evidence.RemoveAt(0) });

        Finding f = Evaluate.Project(p)["XY-6-1-SERVICE-CENTRE"];

        Assert.Equal(Outcome.EvidenceIncomplete, f.Outcome);
        Assert.DoesNotContain("原则上", f.Explanation!.ZhCn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MediaReportReading.ReportsRequired, 1, true, Outcome.NotMet)]
    [InlineData(MediaReportReading.ReportsRequired, 2, false, Outcome.Met)]
    [InlineData(MediaReportReading.ReportsRequired, 0, true, Outcome.NotMet)]
    [InlineData(MediaReportReading.SpeechSuffices, 0, true, Outcome.Met)]
    [InlineData(MediaReportReading.SpeechSuffices, 1, false, Outcome.NotMet)]
    [InlineData(MediaReportReading.SpeechSuffices, 2, false, Outcome.Met)]
    public void MediaReports_NationalConferenceSpeech_AnAlternativeOnlyUnderItsReading(MediaReportReading reading, int reports, bool speech, Outcome expected)
    {
        // Item 23: "被市级以上媒体报道或在全国性会议上工作经验交流发言".
        const string id = "XY-8-1-MEDIA-REPORTS";
        RuralETownProject p = XiangyuanSamples.AtBoundary().With(id, d => d with
        {
            Count = reports,
            Items = speech ? [new DeliveredItem { Name = "全国性会议工作经验交流发言" }] : [],
        });
        RuralETownRuleSet ruleSet = RuralETownRuleSet.Create(new RuralETownOptions { MediaReports = reading });

        Assert.Equal(expected, ruleSet.Evaluate(p, XiangyuanSamples.AsOf)[id].Outcome);
    }

    [Fact]
    public void Options_EnterTheFingerprint()
    {
        // Facts valid under both readings (no yearly figures), so only the options differ.
        RuralETownProject p = XiangyuanSamples.AtBoundary() with { Market = new MarketIndicators { BaselineOnlineRetail = Money.FromYuan(1m), Years = [] } };

        string calendar = RuralETownRuleSet.Default.Evaluate(p, XiangyuanSamples.AsOf).Fingerprint;
        string project = ProjectPeriods.Evaluate(p, XiangyuanSamples.AsOf).Fingerprint;
        string speech = RuralETownRuleSet.Create(new RuralETownOptions { MediaReports = MediaReportReading.SpeechSuffices }).Evaluate(p, XiangyuanSamples.AsOf).Fingerprint;

        Assert.Equal(3, new[] { calendar, project, speech }.Distinct().Count());
        Assert.Same(RuralETownRuleSet.Default, RuralETownRuleSet.Create(RuralETownOptions.Default));
        Assert.Equal(PeriodReading.ProjectPeriods, ((RuralETownRuleSet)ProjectPeriods.WithParameters(ParameterSet.Empty)).Options.Periods);
    }

    [Fact]
    public void Options_Undefined_RejectedAsConfiguration() =>
        Assert.Throws<RuleConfigurationException>(() => RuralETownRuleSet.Create(new RuralETownOptions { Periods = (PeriodReading)7 }));
}
