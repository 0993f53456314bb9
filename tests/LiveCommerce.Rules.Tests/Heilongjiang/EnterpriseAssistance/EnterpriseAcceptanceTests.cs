using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;

public class EnterpriseAcceptanceTests
{
    private static readonly EnterpriseAssistanceRuleSet RuleSet = EnterpriseAssistanceRuleSet.Default;

    private static Outcome OutcomeOf(AssistedEnterprise facts, string ruleId, RuleSet<AssistedEnterprise>? ruleSet = null, DateOnly? asOf = null) =>
        (ruleSet ?? RuleSet).Evaluate(facts, asOf ?? AssistanceSamples.AsOf)[ruleId].Outcome;

    [Fact]
    public void Evaluate_EnterpriseAtEveryBoundary_MeetsEverything()
    {
        Report report = RuleSet.Evaluate(AssistanceSamples.Meeting(), AssistanceSamples.AsOf);

        Assert.Equal(ReportOutcome.Met, report.Outcome);
        Assert.Equal(18, report.Findings.Length); // 16, and the provider's team and return visits (五、(四)7, 五、(五))
        Assert.True(RuleSet.IsMet(AssistanceSamples.Meeting(), AssistanceSamples.AsOf));
    }

    [Theory]
    [InlineData(9.99, Outcome.NotMet)]
    [InlineData(10, Outcome.Met)]
    [InlineData(10.01, Outcome.Met)]
    public void LiveHours_TotalAroundSixty_ComparedInclusively(decimal lastMonthHours, Outcome expected)
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting().WithMonth(5, m => m with { LiveHours = Hours.FromHours(lastMonthHours) });

        Assert.Equal(expected, OutcomeOf(facts, "HLJ-ACT-ACCEPT-LIVE-HOURS"));
        Assert.Equal(expected == Outcome.Met, RuleSet.IsMet(facts, AssistanceSamples.AsOf));
    }

    [Theory]
    [InlineData(2, Outcome.NotMet)]
    [InlineData(3, Outcome.Met)]
    [InlineData(4, Outcome.Met)]
    public void Videos_TotalAroundTwenty_ComparedInclusively(int lastMonthVideos, Outcome expected)
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting().WithMonth(5, m => m with { ShortVideos = lastMonthVideos });

        Assert.Equal(expected, OutcomeOf(facts, "HLJ-ACT-ACCEPT-VIDEOS"));
    }

    [Theory]
    [InlineData(99_999.99, Outcome.NotMet)]
    [InlineData(100_000.00, Outcome.Met)]
    [InlineData(100_000.01, Outcome.Met)]
    public void SalesMonths_SecondMonthAroundTheMonthlyStandard_CountsOnlyAtOrAbove(decimal sales, Outcome expected)
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting().WithMonth(2, m => m with { StoreSales = Money.FromYuan(sales) });

        Assert.Equal(expected, OutcomeOf(facts, "HLJ-ACT-ACCEPT-SALES-MONTHS"));
    }

    [Theory]
    [InlineData(999, Outcome.NotMet)]
    [InlineData(1_000, Outcome.Met)]
    [InlineData(1_001, Outcome.Met)]
    public void OrderMonths_SecondMonthAroundTheMonthlyStandard_CountsOnlyAtOrAbove(int orders, Outcome expected)
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting().WithMonth(3, m => m with { Orders = orders });

        Assert.Equal(expected, OutcomeOf(facts, "HLJ-ACT-ACCEPT-ORDER-MONTHS"));
    }

    [Theory]
    [InlineData(1, Outcome.NotMet)]
    [InlineData(2, Outcome.Met)]
    [InlineData(3, Outcome.Met)]
    public void SalesMonths_NumberOfQualifyingMonthsAroundTwo_ComparedInclusively(int qualifying, Outcome expected)
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting().WithMonthly(
            AssistanceSamples.Meeting().Monthly.Select((m, i) => m with { StoreSales = Money.FromYuan(i < qualifying ? 100_000m : 0m) }));

        Finding finding = RuleSet.Evaluate(facts, AssistanceSamples.AsOf)["HLJ-ACT-ACCEPT-SALES-MONTHS"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(qualifying, finding.Measured!.Value.Value);
    }

    [Fact]
    public void SalesAndOrders_MetInDifferentMonths_CountedIndependently()
    {
        // The sample's sales months are months 0 and 2; its order months are 0 and 3: the months need not coincide.
        Report report = RuleSet.Evaluate(AssistanceSamples.Meeting(), AssistanceSamples.AsOf);

        Assert.Equal(Outcome.Met, report["HLJ-ACT-ACCEPT-SALES-MONTHS"].Outcome);
        Assert.Equal(Outcome.Met, report["HLJ-ACT-ACCEPT-ORDER-MONTHS"].Outcome);
    }

    [Fact]
    public void SalesMonths_Notes_ShowEveryMonthAndWhy()
    {
        Finding finding = RuleSet.Evaluate(AssistanceSamples.Meeting(), AssistanceSamples.AsOf)["HLJ-ACT-ACCEPT-SALES-MONTHS"];

        Assert.Equal(6, finding.Notes.Length);
        Assert.Contains("2022-05: ¥100,000.00 meets", finding.Notes[0].En, StringComparison.Ordinal);
        Assert.Contains("2022-08: ¥99,999.99 does not meet", finding.Notes[3].En, StringComparison.Ordinal);
    }

    [Fact]
    public void Acceptance_FiguresOutsideThePeriod_NotCountedButReported()
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with
        {
            Monthly = meeting.Monthly
                .SetItem(0, meeting.Monthly[0] with { Month = new YearMonth(2022, 4) })
                .Add(AssistanceSamples.Month(6, 100m, 50, 500_000m, 9_000)),
        };

        Report report = RuleSet.Evaluate(facts, AssistanceSamples.AsOf);

        Assert.Equal(Outcome.NotMet, report["HLJ-ACT-ACCEPT-LIVE-HOURS"].Outcome);
        Assert.Equal(50m, report["HLJ-ACT-ACCEPT-LIVE-HOURS"].Measured!.Value.Value);
        Assert.Equal(Outcome.NotMet, report["HLJ-ACT-ACCEPT-SALES-MONTHS"].Outcome);
        Assert.Contains(report["HLJ-ACT-ACCEPT-PERIOD"].Notes, n => n.En.Contains("not counted: 2022-04, 2022-11", StringComparison.Ordinal));
        Assert.Contains(report["HLJ-ACT-ACCEPT-PERIOD"].Notes, n => n.En.Contains("counted as zero: 2022-05", StringComparison.Ordinal));
        Assert.Contains(report["HLJ-ACT-ACCEPT-SALES-MONTHS"].Notes, n => n.En.StartsWith("2022-11: ¥500,000.00, outside the service period", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022-10-30", Outcome.NotEvaluated)] // still running: not yet due (issue 14 item 6), not "not met"
    [InlineData("2022-10-31", Outcome.Met)]
    [InlineData("2022-11-01", Outcome.Met)]
    public void Period_AsOfAroundTheLastDay_AcceptedOnlyOnceOver(string asOf, Outcome expected) =>
        Assert.Equal(expected, OutcomeOf(AssistanceSamples.Meeting(), "HLJ-ACT-ACCEPT-PERIOD", asOf: DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2023, 4, Outcome.Met)] // ends 2023-09-30
    [InlineData(2023, 5, Outcome.NotMet)] // ends 2023-10-31, after 2023-10-30
    public void Deadline_PeriodEndAroundTheActionDeadline_OnOrBefore(int year, int month, Outcome expected)
    {
        var first = new YearMonth(year, month);
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with
        {
            ServicePeriod = new ServicePeriod { Start = first.FirstDay, End = first.PlusMonths(5).LastDay },
            Monthly = [.. meeting.Monthly.Select((m, i) => m with { Month = first.PlusMonths(i) })],
        };

        Assert.Equal(expected, OutcomeOf(facts, "HLJ-ACT-ACCEPT-DEADLINE", asOf: new DateOnly(2023, 12, 31)));
        Assert.Equal(Outcome.Met, OutcomeOf(facts, "HLJ-ACT-ACCEPT-SALES-MONTHS", asOf: new DateOnly(2023, 12, 31)));
    }

    [Theory]
    [InlineData(199_999_999L, Outcome.NotMet)]
    [InlineData(200_000_000L, Outcome.NotMet)]
    [InlineData(200_000_001L, Outcome.Met)]
    public void Provider_ActiveUsersAroundTwoHundredMillion_MustExceed(long users, Outcome expected)
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with { Provider = meeting.Provider with { PlatformActiveUsers = users } };

        Assert.Equal(expected, OutcomeOf(facts, "HLJ-ACT-PROVIDER"));
    }

    [Theory]
    [InlineData(true, Outcome.Met)]
    [InlineData(false, Outcome.NotMet)]
    public void Provider_CertifiedServiceProvider_NeedsTheOfficialCertification(bool certified, Outcome expected)
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with { Provider = meeting.Provider with { Kind = ProviderKind.CertifiedServiceProvider, HoldsOfficialCertification = certified } };

        Assert.Equal(expected, OutcomeOf(facts, "HLJ-ACT-PROVIDER"));
    }

    [Theory]
    [InlineData(EnterpriseKind.AboveQuotaTrade)]
    [InlineData(EnterpriseKind.SpecialtyProducer)]
    [InlineData(EnterpriseKind.RuralCooperative)]
    [InlineData(EnterpriseKind.IndividualBusiness)]
    [InlineData(EnterpriseKind.Other)]
    public void TargetLocal_AnyKind_NeverARefusalReason(EnterpriseKind kind)
    {
        Report report = RuleSet.Evaluate(AssistanceSamples.Meeting() with { Kind = kind }, AssistanceSamples.AsOf);

        Assert.Equal(ReportOutcome.Met, report.Outcome);
        Assert.Single(report["HLJ-ACT-TARGET-LOCAL"].Notes);
    }

    [Fact]
    public void TargetLocal_NotLocal_NotMet() =>
        Assert.Equal(Outcome.NotMet, OutcomeOf(AssistanceSamples.Meeting() with { IsLocal = false }, "HLJ-ACT-TARGET-LOCAL"));

    [Theory]
    [InlineData("HLJ-ACT-TARGET-WILLING")]
    [InlineData("HLJ-ACT-TARGET-COMMITMENT")]
    [InlineData("HLJ-ACT-TARGET-TEAM")]
    [InlineData("HLJ-ACT-TARGET-CATALOG")]
    public void TargetRequirement_Missing_NotMet(string ruleId)
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = ruleId switch
        {
            "HLJ-ACT-TARGET-WILLING" => meeting with { WillingToTransform = false },
            "HLJ-ACT-TARGET-COMMITMENT" => meeting with { CommitmentSigned = false },
            "HLJ-ACT-TARGET-TEAM" => meeting with { DedicatedTeamAssigned = false },
            _ => meeting with { ProductsFiled = false },
        };

        Report report = RuleSet.Evaluate(facts, AssistanceSamples.AsOf);

        Assert.Equal(Outcome.NotMet, report[ruleId].Outcome);
        Assert.Single(report.Findings, f => f.Outcome == Outcome.NotMet);
    }

    [Fact]
    public void LocalAdjust_TightenedHoursAndMonths_StricterAndReported()
    {
        var city = EnterpriseAssistanceRuleSet.Create(ParameterSet.Empty.With("HLJ-ACT-ACCEPT-LIVE-HOURS", 80).With("HLJ-ACT-ACCEPT-SALES-MONTHS", 3));

        Report report = city.Evaluate(AssistanceSamples.Meeting(), AssistanceSamples.AsOf);

        Assert.Equal(Outcome.NotMet, report["HLJ-ACT-ACCEPT-LIVE-HOURS"].Outcome);
        Assert.Equal(Outcome.NotMet, report["HLJ-ACT-ACCEPT-SALES-MONTHS"].Outcome);
        Assert.Equal(Outcome.Met, report["HLJ-ACT-ACCEPT-VIDEOS"].Outcome);
        Assert.Equal(Outcome.Met, report["HLJ-ACT-ACCEPT-LOCAL-ADJUST"].Outcome);
        Assert.Contains("tightened 2", report["HLJ-ACT-ACCEPT-LOCAL-ADJUST"].Message.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HLJ-ACT-ACCEPT-LIVE-HOURS", 59.99)]
    [InlineData("HLJ-ACT-ACCEPT-VIDEOS", 19)]
    [InlineData("HLJ-ACT-ACCEPT-SALES-MONTHS", 1)]
    [InlineData("HLJ-ACT-ACCEPT-MONTHLY-SALES", 99_999.99)]
    [InlineData("HLJ-ACT-ACCEPT-ORDER-MONTHS", 1)]
    [InlineData("HLJ-ACT-ACCEPT-MONTHLY-ORDERS", 999)]
    [InlineData("HLJ-ACT-PROVIDER", 199_999_999)]
    public void Create_LooserOverride_RejectedNamingRuleAndValues(string key, decimal value)
    {
        var ex = Assert.Throws<RuleConfigurationException>(() => EnterpriseAssistanceRuleSet.Create(ParameterSet.Empty.With(key, value)));

        string problem = Assert.Single(ex.Problems);
        Assert.Contains(key, problem, StringComparison.Ordinal);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HLJ-ACT-ACCEPT-LIVE-HOURS", 60)]
    [InlineData("HLJ-ACT-ACCEPT-MONTHLY-SALES", 100_000.01)]
    [InlineData("HLJ-ACT-ACCEPT-ORDER-MONTHS", 6)]
    public void Create_EqualOrStricterOverride_Accepted(string key, decimal value) =>
        Assert.Equal(value, EnterpriseAssistanceRuleSet.Create(ParameterSet.Empty.With(key, value)).Parameters.ValueOf(key));
}
