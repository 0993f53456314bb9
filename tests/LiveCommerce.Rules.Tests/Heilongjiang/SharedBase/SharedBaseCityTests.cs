using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;
using static LiveCommerce.Rules.Tests.Support.CitySamples;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

public class SharedBaseCityTests
{
    private static readonly SharedBaseCityRuleSet Quota2 = SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600));

    private static SharedBaseCandidate[] Inspected(int inspected, int total) =>
        [.. Enumerable.Range(0, total).Select(i => Candidate($"APP-{i:D3}", 50m, inspected: i < inspected))];

    [Theory]
    [InlineData(1, 2, Outcome.Met)]
    [InlineData(49, 100, Outcome.NotMet)]
    [InlineData(50, 100, Outcome.Met)]
    [InlineData(51, 100, Outcome.Met)]
    [InlineData(0, 1, Outcome.NotMet)]
    [InlineData(2, 3, Outcome.Met)]
    [InlineData(1, 3, Outcome.NotMet)]
    public void Inspection_ShareAtLeastHalf_Exact(int inspected, int total, Outcome expected)
    {
        Report report = SharedBaseCityRuleSet.Default.Evaluate(Selection(Inspected(inspected, total)), Samples.AsOf);

        Assert.Equal(expected, report["HLJ-BASE-INSPECTION"].Outcome);
        // Without the city's quota the report is Incomplete, so the fast path says "not met" either way; it must agree.
        Assert.Equal(report.Outcome is ReportOutcome.Met or ReportOutcome.MetWithWarnings, SharedBaseCityRuleSet.Default.IsMet(Selection(Inspected(inspected, total)), Samples.AsOf));
        Assert.Equal(expected == Outcome.NotMet ? ReportOutcome.NotMet : ReportOutcome.Incomplete, report.Outcome);
    }

    [Fact]
    public void Inspection_JustBelowHalf_MessageDoesNotRoundUpTo50Percent()
    {
        Finding finding = SharedBaseCityRuleSet.Default.Evaluate(Selection(Inspected(9_999, 20_000)), Samples.AsOf)["HLJ-BASE-INSPECTION"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Equal(new Quantity(49.99m, Unit.Percent), finding.Measured);
        Assert.StartsWith("Share of applicants inspected on site 49.99% is below the required at least 50%", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void SubsidyCap_AverageHalfAFenOverTheCap_MessageShowsItAbove()
    {
        SharedBaseCitySelection selection = Selection(
            Candidate("A", 90m, accepted: true, subsidy: Money.FromYuan(3_333_333.33m)),
            Candidate("B", 80m, accepted: true, subsidy: Money.FromYuan(3_333_333.34m)));

        Finding finding = SharedBaseCityRuleSet.ForCity(3, Money.FromWan(1000)).Evaluate(selection, Samples.AsOf)["HLJ-BASE-SUBSIDY-CAP"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.StartsWith("Average subsidy per accepted base ¥3,333,333.34 exceeds the required at most ¥3,333,333.33", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_ByScoreHighestFirst_TopUpToQuota()
    {
        SharedBaseCitySelection selection = Selection(Candidate("C", 70m), Candidate("A", 90m), Candidate("B", 85m), Candidate("D", 95m, eligible: false));

        Finding finding = Quota2.Evaluate(selection, Samples.AsOf)["HLJ-BASE-RANKING"];

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal("By score, the candidates should be: A, B (quota 2)", finding.Explanation!.En);
        Assert.Contains(finding.Notes, n => n.En.Contains("1 applicant(s) do not meet the basic criteria", StringComparison.Ordinal));
    }

    [Fact]
    public void Ranking_EqualScores_OrderedByApplicationIdOrdinal()
    {
        // Ordinal: "B" (0x42) sorts before "a" (0x61); a culture-aware sort would put "a" first.
        SharedBaseCitySelection selection = Selection(Candidate("a", 90m), Candidate("B", 90m), Candidate("c", 80m));

        Finding finding = SharedBaseCityRuleSet.ForCity(1, Money.FromWan(300)).Evaluate(selection, Samples.AsOf)["HLJ-BASE-RANKING"];

        Assert.Equal("By score, the candidates should be: B (quota 1)", finding.Explanation!.En);
    }

    [Fact]
    public void Ranking_TieStraddlingTheCutOff_IsNoted()
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 95m), Candidate("C", 88m), Candidate("B", 88m));

        Finding finding = Quota2.Evaluate(selection, Samples.AsOf)["HLJ-BASE-RANKING"];

        Assert.Equal("By score, the candidates should be: A, B (quota 2)", finding.Explanation!.En);
        Assert.Contains(finding.Notes, n => n.En.StartsWith("#2 and #3 tie at 88 points", StringComparison.Ordinal));
    }

    [Fact]
    public void Ranking_TieInsideTheQuota_IsNotNoted()
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 88m), Candidate("B", 88m), Candidate("C", 70m));

        Finding finding = Quota2.Evaluate(selection, Samples.AsOf)["HLJ-BASE-RANKING"];

        Assert.DoesNotContain(finding.Notes, n => n.En.Contains("tie", StringComparison.Ordinal));
    }

    [Fact]
    public void Ranking_RecordedCandidatesMatch_Met()
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 95m, selected: true), Candidate("B", 88m, selected: true), Candidate("C", 88m, selected: false));

        Assert.Equal(Outcome.Met, Quota2.Evaluate(selection, Samples.AsOf)["HLJ-BASE-RANKING"].Outcome);
    }

    [Fact]
    public void Ranking_RecordedCandidateLosesTheTieBreak_NotMetNamingBoth()
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 95m, selected: true), Candidate("B", 88m, selected: false), Candidate("C", 88m, selected: true));

        Finding finding = Quota2.Evaluate(selection, Samples.AsOf)["HLJ-BASE-RANKING"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Equal("The recorded candidates differ from the ranking by score: not expected C; missing B (quota 2)", finding.Explanation!.En);
    }

    [Fact]
    public void Ranking_FewerEligibleThanQuota_AllEligibleAreCandidates()
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 60m, selected: true), Candidate("B", 99m, eligible: false, selected: false));

        Assert.Equal(Outcome.Met, Quota2.Evaluate(selection, Samples.AsOf)["HLJ-BASE-RANKING"].Outcome);
    }

    [Fact]
    public void SubsidyCap_FundsDividedByQuota_IsTheCapRoundedDown()
    {
        SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.ForCity(3, Money.FromWan(1000));
        SharedBaseCitySelection selection = Selection(Candidate("A", 90m, accepted: true, subsidy: Money.FromYuan(3_333_333.33m)));

        Finding finding = rules.Evaluate(selection, Samples.AsOf)["HLJ-BASE-SUBSIDY-CAP"];

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal(AmountKind.Cap, finding.Amount!.Kind);
        Assert.Equal(Money.FromYuan(3_333_333.33m), finding.Amount.Value);
        Assert.Equal(Threshold.AtMost(3_333_333.33m, Unit.Yuan, "不高于"), finding.Required);
    }

    [Theory]
    [InlineData("3333333.33", Outcome.Met)]
    [InlineData("3333333.34", Outcome.NotMet)]
    public void SubsidyCap_NonTerminatingCap_DecidedExactly(string subsidy, Outcome expected)
    {
        // 10,000,000 / 3 = 3,333,333.333…: 3,333,333.33 is under the exact cap, 3,333,333.34 is over it.
        SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.ForCity(3, Money.FromWan(1000));
        Money paid = Money.FromYuan(decimal.Parse(subsidy, System.Globalization.CultureInfo.InvariantCulture));

        Finding finding = rules.Evaluate(Selection(Candidate("A", 90m, accepted: true, subsidy: paid)), Samples.AsOf)["HLJ-BASE-SUBSIDY-CAP"];

        Assert.Equal(expected, finding.Outcome);
    }

    [Theory]
    [InlineData("3000000", "3000000", Outcome.Met)]
    [InlineData("3000000.01", "3000000", Outcome.NotMet)]
    [InlineData("2999999.99", "3000000", Outcome.Met)]
    [InlineData("4000000", "2000000", Outcome.Met)]
    [InlineData("4000000", "2000000.01", Outcome.NotMet)]
    public void SubsidyCap_AverageOverAcceptedBases_AtCapMetOneFenAboveNotMet(string first, string second, Outcome expected)
    {
        // Funds ¥9,000,000 over a quota of 3: the average may be at most ¥3,000,000; individual bases may differ.
        SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.ForCity(3, Money.FromWan(900));
        SharedBaseCitySelection selection = Selection(
            Candidate("A", 90m, accepted: true, subsidy: Money.FromYuan(decimal.Parse(first, System.Globalization.CultureInfo.InvariantCulture))),
            Candidate("B", 80m, accepted: true, subsidy: Money.FromYuan(decimal.Parse(second, System.Globalization.CultureInfo.InvariantCulture))),
            Candidate("C", 70m));

        Assert.Equal(expected, rules.Evaluate(selection, Samples.AsOf)["HLJ-BASE-SUBSIDY-CAP"].Outcome);
    }

    [Fact]
    public void SubsidyCap_NoAcceptedBase_NotApplicableWithCap()
    {
        SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600));

        Report report = rules.Evaluate(Selection(Candidate("A", 90m), Candidate("B", 80m)), Samples.AsOf);

        Assert.Equal(Outcome.NotApplicable, report["HLJ-BASE-SUBSIDY-CAP"].Outcome);
        Assert.Equal(Money.FromWan(300), report["HLJ-BASE-SUBSIDY-CAP"].Amount!.Value);
        Assert.Equal(ReportOutcome.Met, report.Outcome);
    }

    [Fact]
    public void Validate_InconsistentSelection_ReportsEveryProblemWithPath()
    {
        SharedBaseCitySelection selection = Selection(
            Candidate("A", 1001m, accepted: true, eligible: false, subsidy: Money.FromYuan(-1m)),
            Candidate("A", 50m, subsidy: Money.FromYuan(1m)),
            Candidate(" ", -1m));

        ValidationResult result = SharedBaseCityRuleSet.Default.Validate(selection);

        Assert.Equal(
            [
                ("$.applicants[0].expertScore", "range"),
                ("$.applicants[0].subsidy", "negative"),
                ("$.applicants[0].accepted", "inconsistent"),
                ("$.applicants[1].applicationId", "duplicate"),
                ("$.applicants[1].subsidy", "inconsistent"),
                ("$.applicants[2].applicationId", "blank"),
                ("$.applicants[2].expertScore", "range"),
            ],
            Json.PathsAndCodes(result));
        Assert.Throws<FactsValidationException>(() => SharedBaseCityRuleSet.Default.Evaluate(selection, Samples.AsOf));
    }

    [Fact]
    public void Validate_TwoBlankApplicationIds_EachBlankAndNoDuplicate()
    {
        ValidationResult result = SharedBaseCityRuleSet.Default.Validate(Selection(Candidate(" ", 90m), Candidate(" ", 80m)));

        Assert.Equal([("$.applicants[0].applicationId", "blank"), ("$.applicants[1].applicationId", "blank")], Json.PathsAndCodes(result));
    }

    [Fact]
    public void Validate_NoApplicants_EmptyProblem()
    {
        ValidationResult result = SharedBaseCityRuleSet.Default.Validate(Selection());

        Assert.Equal([("$.applicants", "empty")], Json.PathsAndCodes(result));
    }

    [Fact]
    public void EvaluateJson_SubsidiesBeyondMoneyRange_ValidationProblemNotException()
    {
        const string json = """
            {"city":"哈尔滨市","applicants":[
              {"applicationId":"A","baseName":"a","expertScore":90,"meetsBasicCriteria":true,"inspectedOnSite":true,"accepted":true,"subsidy":999999999999999.99},
              {"applicationId":"B","baseName":"b","expertScore":80,"meetsBasicCriteria":true,"inspectedOnSite":true,"accepted":true,"subsidy":999999999999999.99}]}
            """;

        EvaluationResult result = SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600)).EvaluateJson(Json.Bytes(json), Samples.AsOf);

        Assert.False(result.IsValid);
        Assert.Equal([("$.applicants", "range")], Json.PathsAndCodes(result.Validation));
    }

    [Fact]
    public void EvaluateJson_ShippedCitySample_RankingAndCapMet()
    {
        EvaluationResult result = SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600)).EvaluateJson(Repo.Sample("hlj-shared-base-city", "city-selection.json"), Samples.AsOf);

        Assert.True(result.IsValid, result.Validation.ToString());
        Assert.Equal(ReportOutcome.Met, result.Report!.Outcome);
        Assert.Equal(ReportOutcome.Incomplete, SharedBaseCityRuleSet.Default.EvaluateJson(Repo.Sample("hlj-shared-base-city", "city-selection.json"), Samples.AsOf).Report!.Outcome);
    }
}
