using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Heilongjiang.ThreeYearPlan;

public class PlanMeasuresTests
{
    private static readonly PlanMeasuresRuleSet RuleSet = PlanMeasuresRuleSet.Default;

    private static readonly DateOnly AsOf = new(2022, 6, 30);

    private static PlanMeasuresCase Training(decimal original, int trainees = 1, decimal? claimed = null) => new()
    {
        Reference = "T-1",
        TrainingSubsidy = new TrainingSubsidyClaim { Occupation = "直播销售员", OriginalStandardPerTrainee = Money.FromYuan(original), Trainees = trainees, ClaimedAmount = claimed is { } c ? Money.FromYuan(c) : null },
    };

    private static PlanMeasuresCase Loan(decimal amount, bool newlyIssued = true, bool counterGuarantee = false, bool eligible = true) => new()
    {
        Reference = "L-1",
        Loan = new StartUpGuaranteeLoan { Amount = Money.FromYuan(amount), NewlyIssued = newlyIssued, CounterGuaranteeRequired = counterGuarantee, MeetsInterestSubsidyConditions = eligible },
    };

    private static PlanMeasuresCase Fund(int year, decimal? used = null) => new()
    {
        Reference = "F-1",
        Fund = new FundYear { Year = year, AmountUsed = used is { } u ? Money.FromYuan(u) : null },
    };

    private static Finding FindingOf(PlanMeasuresCase facts, string ruleId, RuleSet<PlanMeasuresCase>? ruleSet = null) => (ruleSet ?? RuleSet).Evaluate(facts, AsOf)[ruleId];

    [Theory]
    [InlineData(1_500.00, 1, 1_950.00)]
    [InlineData(0.01, 1, 0.01)] // 0.013 rounds to 0.01
    [InlineData(0.05, 1, 0.07)] // 0.065: half a fen, away from zero (issue 14 item 10; was 0.06 rounded down)
    [InlineData(0.15, 2, 0.40)] // 0.195 → 0.20 per trainee
    [InlineData(1_234.57, 3, 4_814.82)] // 1,604.941 → 1,604.94 per trainee
    [InlineData(1_234.55, 1, 1_604.92)] // 1,604.915 → 1,604.92 (was 1,604.91)
    [InlineData(999.99, 10, 12_999.90)] // 1,299.987 → 1,299.99 per trainee (was 1,299.98)
    public void TrainingUplift_OriginalStandard_StandardIsThirtyPercentMoreRoundedHalfAwayFromZero(decimal original, int trainees, decimal standard)
    {
        Finding finding = FindingOf(Training(original, trainees), "HLJ-PLAN-TRAINING-UPLIFT");

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal(AmountKind.Standard, finding.Amount!.Kind);
        Assert.Equal(Money.FromYuan(standard), finding.Amount.Value);
        Assert.Contains("× 1.30", finding.Amount.Formula, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("直播销售员", null, Outcome.Met)]
    [InlineData("互联网营销师(直播销售员)", null, Outcome.Met)]
    [InlineData("电商运营师", true, Outcome.Met)] // 等: another live-commerce occupation, declared
    [InlineData("电商运营师", false, Outcome.NotApplicable)]
    [InlineData("焊工", null, Outcome.NotEvaluated)]
    public void TrainingUplift_Occupation_OnlyLiveCommerceOccupations(string occupation, bool? declared, Outcome expected)
    {
        // Issue 14 item 10: the occupation was never checked, so a welder's claim got the uplift.
        PlanMeasuresCase facts = Training(1_500m, claimed: 1_950m);
        facts = facts with { TrainingSubsidy = facts.TrainingSubsidy! with { Occupation = occupation, LiveCommerceOccupation = declared } };

        Assert.Equal(expected, FindingOf(facts, "HLJ-PLAN-TRAINING-UPLIFT").Outcome);
    }

    [Theory]
    [InlineData(1_949.99, Outcome.Met)]
    [InlineData(1_950.00, Outcome.Met)]
    [InlineData(1_950.01, Outcome.NotMet)]
    public void TrainingUplift_ClaimAroundTheCap_AtMost(decimal claimed, Outcome expected) =>
        Assert.Equal(expected, FindingOf(Training(1_500m, claimed: claimed), "HLJ-PLAN-TRAINING-UPLIFT").Outcome);

    [Theory]
    [InlineData(199_999.99, Outcome.Met)]
    [InlineData(200_000.00, Outcome.Met)]
    [InlineData(200_000.01, Outcome.NotMet)]
    public void LoanCap_AmountAroundTwoHundredThousand_AtMost(decimal amount, Outcome expected)
    {
        Finding finding = FindingOf(Loan(amount), "HLJ-PLAN-LOAN-CAP");

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(Money.FromYuan(200_000m), finding.Amount!.Value);
        Assert.Equal(AmountKind.Cap, finding.Amount.Kind);
    }

    [Fact]
    public void LoanCap_BorrowerNotEligible_NotMet() =>
        Assert.Equal(Outcome.NotMet, FindingOf(Loan(50_000m, eligible: false), "HLJ-PLAN-LOAN-CAP").Outcome);

    [Theory]
    [InlineData(99_999.99, false, Outcome.Met)]
    [InlineData(100_000.00, false, Outcome.Met)]
    [InlineData(100_000.00, true, Outcome.NotMet)] // 以下 includes the number: exempt, yet a counter-guarantee was demanded
    [InlineData(100_000.01, true, Outcome.NotApplicable)]
    [InlineData(100_000.01, false, Outcome.NotApplicable)]
    public void NoCounterGuarantee_NewLoanAroundOneHundredThousand_ExemptUpToAndIncluding(decimal amount, bool counterGuarantee, Outcome expected) =>
        Assert.Equal(expected, FindingOf(Loan(amount, counterGuarantee: counterGuarantee), "HLJ-PLAN-LOAN-NO-COUNTER-GUARANTEE").Outcome);

    [Theory]
    [InlineData(true, true, Outcome.NotMet)]
    [InlineData(false, true, Outcome.NotApplicable)] // issue 14 item 11: outside the start-up guarantee loan policy (was NotMet)
    [InlineData(false, false, Outcome.NotApplicable)] // (was Met)
    public void NoCounterGuarantee_BorrowerOutsideTheLoanPolicy_NotApplicable(bool eligible, bool counterGuarantee, Outcome expected) =>
        Assert.Equal(expected, FindingOf(Loan(100_000m, counterGuarantee: counterGuarantee, eligible: eligible), "HLJ-PLAN-LOAN-NO-COUNTER-GUARANTEE").Outcome);

    [Fact]
    public void NoCounterGuarantee_NotNewlyIssued_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, FindingOf(Loan(50_000m, newlyIssued: false, counterGuarantee: true), "HLJ-PLAN-LOAN-NO-COUNTER-GUARANTEE").Outcome);

    [Theory]
    [InlineData(2020, Outcome.NotApplicable)]
    [InlineData(2021, Outcome.Met)]
    [InlineData(2022, Outcome.Met)]
    [InlineData(2023, Outcome.Met)]
    [InlineData(2024, Outcome.NotApplicable)]
    public void Fund_Year_OnlyTheThreeYearsFrom2021(int year, Outcome expected)
    {
        Finding finding = RuleSet.Evaluate(Fund(year, 100_000_000m), new DateOnly(2024, 3, 1))["HLJ-PLAN-FUND"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.Met ? Money.FromYi(1) : (Money?)null, finding.Amount?.Value);
    }

    [Theory]
    [InlineData(0, Outcome.NotMet)] // issue 14 item 2: ¥0 passed a ceiling
    [InlineData(99_999_999.99, Outcome.NotMet)] // a shortfall is what fails (was Met)
    [InlineData(100_000_000.00, Outcome.Met)]
    [InlineData(100_000_000.01, Outcome.Met)] // the commitment is met; not a ceiling (was NotMet)
    public void Fund_AmountUsedAroundOneHundredMillion_AFixedYearlyCommitment(decimal used, Outcome expected)
    {
        Finding finding = FindingOf(Fund(2021, used), "HLJ-PLAN-FUND");

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(AmountKind.Standard, finding.Amount!.Kind);
        Assert.Equal(Comparison.AtLeast, finding.Required!.Comparison);
    }

    [Theory]
    [InlineData("2022-12-31", Outcome.NotApplicable)] // the budget year is not over: not yet due
    [InlineData("2023-01-01", Outcome.NotMet)]
    public void Fund_ShortfallBeforeTheYearIsOver_NotYetDue(string asOf, Outcome expected)
    {
        Finding finding = RuleSet.Evaluate(Fund(2022, 50_000_000m), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))["HLJ-PLAN-FUND"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.NotApplicable, finding.Explanation!.En.StartsWith("Not yet due", StringComparison.Ordinal));
    }

    [Fact]
    public void Fund_NoAmountUsed_NotEvaluatedRatherThanPassed() =>
        Assert.Equal(Outcome.NotEvaluated, FindingOf(Fund(2021), "HLJ-PLAN-FUND").Outcome);

    [Theory]
    [InlineData("2020-11-01", true)]
    [InlineData("2020-11-02", false)]
    [InlineData("2022-12-31", false)]
    [InlineData("2023-01-01", true)]
    public void Evaluate_AsOfOutsideThePlan2020To2022_Notice(string asOf, bool notice)
    {
        // Issue 14 item 9: the plan-measures rule set had no effective window.
        Report report = RuleSet.Evaluate(Loan(100_000m), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(notice, report.Notices.Any(n => n.Code == "outside-effective-window"));
    }

    [Fact]
    public void Evaluate_OnlyOneMeasureGiven_OthersNotApplicable()
    {
        Report report = RuleSet.Evaluate(Training(1_000m), AsOf);

        Assert.Equal(ReportOutcome.Met, report.Outcome);
        Assert.Equal([Outcome.NotApplicable, Outcome.Met, Outcome.NotApplicable, Outcome.NotApplicable, Outcome.NotApplicable, Outcome.NotApplicable, Outcome.NotApplicable], report.Findings.Select(f => f.Outcome));
    }

    [Theory]
    [InlineData("HLJ-PLAN-LOAN-CAP", 200_000.01)]
    [InlineData("HLJ-PLAN-LOAN-NO-COUNTER-GUARANTEE", 150_000)]
    [InlineData("HLJ-PLAN-FUND", 99_999_999.99)]
    public void Create_LoosenedStandard_Rejected(string key, decimal value)
    {
        var ex = Assert.Throws<RuleConfigurationException>(() => PlanMeasuresRuleSet.Create(ParameterSet.Empty.With(key, value)));

        Assert.Contains(key, Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LowerLoanCap_Applied() =>
        Assert.Equal(Outcome.NotMet, FindingOf(Loan(150_000.01m), "HLJ-PLAN-LOAN-CAP", PlanMeasuresRuleSet.Create(ParameterSet.Empty.With("HLJ-PLAN-LOAN-CAP", 150_000))).Outcome);

    [Fact]
    public void Validate_NothingGivenAndBadClaim_EveryProblemReported()
    {
        Assert.Equal([("$", "empty")], RuleSet.Validate(new PlanMeasuresCase { Reference = "X" }).Problems.Select(p => (p.Path, p.Code)));

        PlanMeasuresCase bad = Training(1_000_000.01m, trainees: 0) with { Reference = " ", Fund = new FundYear { Year = 1800 } };
        Assert.Equal(
            [("$.reference", "blank"), ("$.trainingSubsidy.trainees", "range"), ("$.trainingSubsidy.originalStandardPerTrainee", "range"), ("$.fund.year", "range")],
            RuleSet.Validate(bad).Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Validate_NegativeAmountsBuiltInCode_Rejected()
    {
        PlanMeasuresCase facts = Loan(-1m) with { Fund = new FundYear { Year = 2022, AmountUsed = Money.FromYuan(-0.01m) } };

        Assert.Equal([("$.loan.amount", "negative"), ("$.fund.amountUsed", "negative")], RuleSet.Validate(facts).Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void EvaluateJson_NegativeLoan_ProblemAtItsPath()
    {
        string json = System.Text.Encoding.UTF8.GetString(Repo.Sample(PlanMeasuresRuleSet.RuleSetId, "measures-meet.json")).Replace("\"amount\": 100000.0", "\"amount\": -100000.0", StringComparison.Ordinal);

        EvaluationResult result = RuleSet.EvaluateJson(System.Text.Encoding.UTF8.GetBytes(json), AsOf);

        Assert.Equal([("$.loan.amount", "negative")], result.Validation.Problems.Select(p => (p.Path, p.Code)));
    }

    [Theory]
    [InlineData("measures-meet.json", ReportOutcome.Met)]
    [InlineData("measures-fail.json", ReportOutcome.NotMet)]
    public void EvaluateJson_ShippedSamples_GiveTheDocumentedOutcomes(string file, ReportOutcome expected) =>
        Assert.Equal(expected, RuleSet.EvaluateJson(Repo.Sample(PlanMeasuresRuleSet.RuleSetId, file), AsOf).Report!.Outcome);

    [Theory]
    [InlineData("measures-meet.json")]
    [InlineData("measures-fail.json")]
    public void Json_ShippedSample_RoundTripsUnchanged(string file)
    {
        Assert.True(RuleSet.ReadFacts(Repo.Sample(PlanMeasuresRuleSet.RuleSetId, file), out PlanMeasuresCase? facts).IsValid);
        byte[] once = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(facts!, JsonContext.Default.PlanMeasuresCase);
        Assert.True(RuleSet.ReadFacts(once, out PlanMeasuresCase? again).IsValid);

        Assert.Equal(facts, again);
    }

    [Property]
    public Property TrainingUplift_AnyStandard_IsTheExactUpliftRoundedToTheNearestFen()
    {
        return Prop.ForAll(Gen.Choose(1, 100_000_000).ToArbitrary(), Gen.Choose(1, 500).ToArbitrary(), (fen, trainees) =>
        {
            decimal original = fen / 100m;
            Money standard = FindingOf(Training(original, trainees), "HLJ-PLAN-TRAINING-UPLIFT").Amount!.Value;
            decimal perTrainee = original * 1.30m;
            return standard.Yuan == decimal.Round(perTrainee, 2, MidpointRounding.AwayFromZero) * trainees
                && Math.Abs(perTrainee - (standard.Yuan / trainees)) <= 0.005m;
        });
    }
}
