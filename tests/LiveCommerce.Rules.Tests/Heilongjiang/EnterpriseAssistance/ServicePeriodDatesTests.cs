using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;

/// <summary>Issue 14 items 3, 6, 7 and 9: service periods by date, not yet due, the summary report's date, the action window.</summary>
public class ServicePeriodDatesTests
{
    private static readonly EnterpriseAssistanceRuleSet RuleSet = EnterpriseAssistanceRuleSet.Default;

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The meeting enterprise with its period starting on <paramref name="start"/> and its six monthly records moved
    /// to the six calendar months from the start's month.</summary>
    private static AssistedEnterprise StartingOn(DateOnly start)
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        YearMonth first = YearMonth.FromDate(start);
        return meeting with
        {
            ServicePeriod = new ServicePeriod { Start = start, End = ServicePeriod.SixMonthsEnd(start) },
            Monthly = [.. meeting.Monthly.Select((m, i) => m with { Month = first.PlusMonths(i) })],
        };
    }

    /// <summary>
    /// Overlaps and Contains, worked out from month bounds, are the calendar's definitions (some day of the month inside
    /// the period; every day of it): every start day of a 31-day month, a leap February and a short month, every length
    /// from reversed by a few days to about two months, and the months around them.
    /// </summary>
    [Fact]
    public void Months_AreTheCalendarsDefinitions()
    {
        foreach (YearMonth startMonth in new[] { new YearMonth(2023, 1), new YearMonth(2024, 2), new YearMonth(2023, 4) })
        {
            for (DateOnly start = startMonth.FirstDay; start <= startMonth.LastDay; start = start.AddDays(1))
            {
                for (int length = -3; length <= 70; length++)
                {
                    DateOnly end = start.AddDays(length);
                    var period = new ServicePeriod { Start = start, End = end };
                    for (int offset = -1; offset <= 3; offset++)
                    {
                        YearMonth month = startMonth.PlusMonths(offset);
                        Assert.True(period.Overlaps(month) == (month.FirstDay <= end && month.LastDay >= start), $"{period} overlaps {month}");
                        Assert.True(period.Contains(month) == (month.FirstDay >= start && month.LastDay <= end), $"{period} contains {month}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Months_AtTheEndsOfTheCalendar()
    {
        var last = new ServicePeriod { Start = new DateOnly(9999, 12, 2), End = DateOnly.MaxValue };
        Assert.True(last.Overlaps(new YearMonth(9999, 12)));
        Assert.False(last.Contains(new YearMonth(9999, 12)));
        var whole = new ServicePeriod { Start = new DateOnly(9999, 12, 1), End = DateOnly.MaxValue };
        Assert.True(whole.Contains(new YearMonth(9999, 12)));
        var first = new ServicePeriod { Start = DateOnly.MinValue, End = new DateOnly(1, 1, 31) };
        Assert.True(first.Contains(new YearMonth(1, 1)));
        Assert.False(first.Overlaps(new YearMonth(1, 2)));
    }

    [Theory]
    [InlineData("2023-04-30", "2023-10-29", Outcome.Met)] // a mid-month period: could not be entered in whole months
    [InlineData("2023-05-01", "2023-10-31", Outcome.NotMet)] // May–Oct fails 2023-10-30 by one day
    [InlineData("2023-04-01", "2023-09-30", Outcome.Met)]
    public void Deadline_PeriodByDate_LastDayOnOrBefore20231030(string start, string end, Outcome expected)
    {
        AssistedEnterprise facts = StartingOn(D(start));
        Assert.Equal(D(end), facts.ServicePeriod.End);

        Assert.Equal(expected, RuleSet.Evaluate(facts, D("2023-12-31"))["HLJ-ACT-ACCEPT-DEADLINE"].Outcome);
    }

    [Theory]
    [InlineData("2023-04-30", "2023-10-29")]
    [InlineData("2023-04-15", "2023-10-14")]
    [InlineData("2023-05-01", "2023-10-31")]
    [InlineData("2023-08-31", "2024-02-28")] // no 31 February: the day before the sixth month's last day
    [InlineData("2023-03-31", "2023-09-29")]
    public void Validate_SixMonthsFromTheFirstDay_EndsTheDayBeforeTheSameDaySixMonthsLater(string start, string end)
    {
        AssistedEnterprise facts = StartingOn(D(start));

        Assert.Equal(D(end), facts.ServicePeriod.End);
        Assert.True(RuleSet.Validate(facts).IsValid);
        Assert.False(RuleSet.Validate(facts with { ServicePeriod = facts.ServicePeriod with { End = D(end).AddDays(1) } }).IsValid);
        Assert.False(RuleSet.Validate(facts with { ServicePeriod = facts.ServicePeriod with { End = D(end).AddDays(-1) } }).IsValid);
    }

    [Fact]
    public void SalesMonths_MidMonthPeriod_OnlyWholeCalendarMonthsInsideCountAsSingleMonths()
    {
        // 2023-04-15..2023-10-14: April and October are only partly inside; May–September are whole months of the period.
        AssistedEnterprise facts = AssistanceSamples.Meeting() with
        {
            ServicePeriod = new ServicePeriod { Start = D("2023-04-15"), End = D("2023-10-14") },
            Monthly =
            [
                AssistanceSamples.Month(0, 0m, 0, 0m, 0) with { Month = new YearMonth(2023, 4), StoreSales = Money.FromYuan(100_000m), LiveHours = Hours.FromHours(30m), ShortVideos = 10 },
                AssistanceSamples.Month(0, 0m, 0, 0m, 0) with { Month = new YearMonth(2023, 6), StoreSales = Money.FromYuan(100_000m) },
                AssistanceSamples.Month(0, 0m, 0, 0m, 0) with { Month = new YearMonth(2023, 10), StoreSales = Money.FromYuan(100_000m), LiveHours = Hours.FromHours(30m), ShortVideos = 10 },
            ],
        };

        Report report = RuleSet.Evaluate(facts, D("2023-12-31"));

        Finding sales = report["HLJ-ACT-ACCEPT-SALES-MONTHS"];
        Assert.Equal(Outcome.NotMet, sales.Outcome);
        Assert.Equal(new Quantity(1, Unit.Months), sales.Measured);
        Assert.Contains(sales.Notes, n => n.En.StartsWith("2023-04", StringComparison.Ordinal) && n.En.Contains("only partly inside", StringComparison.Ordinal));
        // The partial months' records are the figures of the days inside the period: they count towards ① and ②.
        Assert.Equal(Outcome.Met, report["HLJ-ACT-ACCEPT-LIVE-HOURS"].Outcome);
        Assert.Equal(Outcome.Met, report["HLJ-ACT-ACCEPT-VIDEOS"].Outcome);
    }

    [Theory]
    [InlineData("2022-10-30", Outcome.NotEvaluated)]
    [InlineData("2022-10-31", Outcome.NotMet)]
    public void Standards_NotReachedWhileThePeriodRuns_NotYetDueThenNotMet(string asOf, Outcome expected)
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting().WithMonth(5, m => m with { LiveHours = Hours.FromHours(9.99m) });

        Finding finding = RuleSet.Evaluate(facts, D(asOf))["HLJ-ACT-ACCEPT-LIVE-HOURS"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.NotEvaluated, finding.Explanation?.En.StartsWith("Not yet due", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Standards_AlreadyReachedWhileThePeriodRuns_Met() =>
        Assert.Equal(Outcome.Met, RuleSet.Evaluate(AssistanceSamples.Meeting(), D("2022-10-30"))["HLJ-ACT-ACCEPT-SALES-MONTHS"].Outcome);

    [Theory]
    [InlineData("2022-02-23", Outcome.NotMet)] // before the plan was issued: a 2021/early-2022 period passed before
    [InlineData("2022-02-24", Outcome.Met)]
    public void Period_BeginsBeforeThePlanWasIssued_NotMet(string start, Outcome expected) =>
        Assert.Equal(expected, RuleSet.Evaluate(StartingOn(D(start)), D("2023-01-15"))["HLJ-ACT-ACCEPT-PERIOD"].Outcome);

    [Fact]
    public void Period_In2021_NotMet() =>
        Assert.Equal(ReportOutcome.NotMet, RuleSet.Evaluate(StartingOn(D("2021-03-01")), D("2023-01-15")).Outcome);

    [Theory]
    [InlineData("2022-02-23", true)]
    [InlineData("2022-02-24", false)]
    [InlineData("2023-10-30", false)]
    [InlineData("2023-10-31", true)]
    public void EffectiveWindow_PlanIssueToActionEnd_NoticeOutside(string asOf, bool notice)
    {
        Report enterprise = RuleSet.Evaluate(AssistanceSamples.Meeting(), D(asOf));
        Report city = EnterpriseAssistanceCityRuleSet.Default.Evaluate(CityWith(accepted: 1), D(asOf));

        Assert.Equal(notice, enterprise.Notices.Any(n => n.Code == "outside-effective-window"));
        Assert.Equal(notice, city.Notices.Any(n => n.Code == "outside-effective-window"));
    }

    private static AssistanceCityCohort CityWith(int accepted, int contest = 0, DateOnly? summary = null) => new()
    {
        City = "测试市",
        ServicePeriodEnd = D("2023-09-30"),
        SummaryReportSubmittedOn = summary,
        Enterprises =
        [
            .. Enumerable.Range(0, 10).Select(i => new CohortEnterprise
            {
                EnterpriseId = FormattableString.Invariant($"E{i:D2}"),
                Name = FormattableString.Invariant($"企业{i}"),
                Kind = i < 3 ? EnterpriseKind.AboveQuotaTrade : EnterpriseKind.Other,
                SelectedAsTarget = true,
                InspectedOnSite = i < 5,
                ContestParticipatedOn = i < contest ? D("2023-03-01") : null,
                Accepted = i < accepted,
            }),
        ],
    };

    [Theory]
    [InlineData("2023-06-30", Outcome.NotApplicable)] // the contest runs through 2023上半年: not yet due
    [InlineData("2023-07-01", Outcome.NotMet)]
    public void Contest_ShareShortBeforeTheEndOfTheFirstHalf_NotYetDue(string asOf, Outcome expected)
    {
        Finding finding = EnterpriseAssistanceCityRuleSet.Default.Evaluate(CityWith(accepted: 0, contest: 1), D(asOf))["HLJ-ACT-COHORT-CONTEST"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.NotApplicable, finding.Explanation!.En.StartsWith("Not yet due", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2023-10-30", Outcome.NotApplicable)] // the action runs through 2023-10-30: not yet due
    [InlineData("2023-10-31", Outcome.NotMet)]
    public void Quota_ShortBeforeTheActionEnds_NotYetDue(string asOf, Outcome expected)
    {
        Finding finding = EnterpriseAssistanceCityRuleSet.ForCity(5).Evaluate(CityWith(accepted: 4), D(asOf))["HLJ-ACT-COHORT-QUOTA"];

        Assert.Equal(expected, finding.Outcome);
    }

    [Theory]
    [InlineData("2023-09-29", Outcome.NotMet)] // before the service period ended: it cannot sum it up
    [InlineData("2023-09-30", Outcome.Met)]
    [InlineData("2023-10-07", Outcome.Met)]
    [InlineData("2023-10-08", Outcome.NotMet)]
    public void Summary_DatedBeforeThePeriodEnded_NotMet(string submitted, Outcome expected) =>
        Assert.Equal(expected, EnterpriseAssistanceCityRuleSet.Default.Evaluate(CityWith(accepted: 1, summary: D(submitted)), D("2023-12-31"))["HLJ-ACT-COHORT-SUMMARY"].Outcome);
}

/// <summary>The named alternative reading of 服务周期为6个月 (Civil Code arts. 201–202).</summary>
public class ServicePeriodReadingTests
{
    private static readonly EnterpriseAssistanceRuleSet CivilCode =
        EnterpriseAssistanceRuleSet.Default.WithOptions(new EnterpriseAssistanceOptions { ServicePeriodReading = ServicePeriodReading.CivilCode });

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2023-05-01", "2023-10-30", "2023-10-31")]
    [InlineData("2023-03-01", "2023-08-28", "2023-08-31")] // reckoned from 2023-02-28: the corresponding day
    [InlineData("2023-09-01", "2024-02-29", "2024-02-29")] // 2023-08-31 has no 31 February: the month's last day
    public void SixMonthsEnd_CivilCodeAgainstTheDefault(string start, string civilCode, string firstDayCounted)
    {
        Assert.Equal(D(civilCode), ServicePeriod.SixMonthsEnd(D(start), ServicePeriodReading.CivilCode));
        Assert.Equal(D(firstDayCounted), ServicePeriod.SixMonthsEnd(D(start)));
    }

    [Fact]
    public void CivilCode_MayToOctober30_MeetsTheDeadlineAndIsFingerprintedAsConfiguration()
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with
        {
            ServicePeriod = new ServicePeriod { Start = D("2023-05-01"), End = D("2023-10-30") },
            Monthly = [.. meeting.Monthly.Select((m, i) => m with { Month = new LiveCommerce.Rules.Primitives.YearMonth(2023, 5).PlusMonths(i) })],
        };

        Assert.False(EnterpriseAssistanceRuleSet.Default.Validate(facts).IsValid); // the default wants 2023-10-31
        Report report = CivilCode.Evaluate(facts, D("2023-12-31"));
        Assert.Equal(Outcome.Met, report["HLJ-ACT-ACCEPT-DEADLINE"].Outcome);
        Assert.NotEqual(
            EnterpriseAssistanceRuleSet.Default.ComputeFingerprint(facts, D("2023-12-31")),
            CivilCode.ComputeFingerprint(facts, D("2023-12-31")));
        Assert.Equal(ServicePeriodReading.CivilCode, ((EnterpriseAssistanceRuleSet)CivilCode.WithParameters(LiveCommerce.Rules.Engine.ParameterSet.Empty.With("HLJ-ACT-ACCEPT-VIDEOS", 25))).Options.ServicePeriodReading);
    }

    [Fact]
    public void Options_Undefined_Rejected() =>
        Assert.Throws<RuleConfigurationException>(() => EnterpriseAssistanceCityRuleSet.Create(null, new EnterpriseAssistanceOptions { ServicePeriodReading = (ServicePeriodReading)7 }));
}
