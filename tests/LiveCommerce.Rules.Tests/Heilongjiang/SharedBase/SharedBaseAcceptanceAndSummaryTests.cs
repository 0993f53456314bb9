using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;
using static LiveCommerce.Rules.Tests.Support.CitySamples;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

/// <summary>Issue 14 items 4 and 5: acceptance of cleared candidates only, the subsidy total against the funds, the summary report.</summary>
public class SharedBaseAcceptanceAndSummaryTests
{
    private static SharedBaseCandidate Accepted(string id, Money? subsidy, bool? candidate = true, bool? cleared = true) =>
        Candidate(id, 90m, selected: candidate, accepted: true, subsidy: subsidy) with { PassedPublicNotice = cleared };

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(true, true, Outcome.Met)]
    [InlineData(false, true, Outcome.NotMet)] // accepted without being a candidate (was not checked at all)
    [InlineData(null, null, Outcome.NotMet)]
    [InlineData(true, false, Outcome.NotMet)] // an objection in the public notice
    [InlineData(true, null, Outcome.EvidenceIncomplete)] // the public notice is not recorded
    public void Acceptance_OnlyCandidatesClearedByThePublicNotice(bool? candidate, bool? cleared, Outcome expected)
    {
        SharedBaseCitySelection selection = Selection(Accepted("A", Money.FromWan(100), candidate, cleared), Candidate("B", 80m, selected: false));

        Report report = SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600)).Evaluate(selection, Samples.AsOf);

        Assert.Equal(expected, report["HLJ-BASE-ACCEPTANCE"].Outcome);
        Assert.Equal(report.Outcome is ReportOutcome.Met or ReportOutcome.MetWithWarnings, SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600)).IsMet(selection, Samples.AsOf));
    }

    [Fact]
    public void Acceptance_NoneAccepted_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, SharedBaseCityRuleSet.Default.Evaluate(Selection(Candidate("A", 90m)), Samples.AsOf)["HLJ-BASE-ACCEPTANCE"].Outcome);

    [Theory]
    [InlineData("6000000.00", Outcome.Met)]
    [InlineData("6000000.01", Outcome.NotMet)] // the average (¥2,000,000.00…) is within the cap of ¥3,000,000.00, the total is not
    public void SubsidyCap_MoreAcceptedThanTheQuota_TotalHeldToTheFunds(string total, Outcome expected)
    {
        // Quota 2, funds ¥6,000,000: cap ¥3,000,000 a base on average. Three bases accepted: an average of ¥2,000,000 passes
        // the cap while a total above ¥6,000,000 would exceed the funds.
        Money sum = Money.FromYuan(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture));
        Money each = Money.FromWan(200);
        SharedBaseCitySelection selection = Selection(Accepted("A", each), Accepted("B", each), Accepted("C", sum - each - each));

        Finding finding = SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600)).Evaluate(selection, Samples.AsOf)["HLJ-BASE-SUBSIDY-CAP"];

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.NotMet)
        {
            Assert.Equal(Quantity.Of(sum), finding.Measured);
            Assert.Contains("exceed the ¥6,000,000.00 the province allocated", finding.Explanation!.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SubsidyCap_AcceptedBaseWithoutAnAmount_NotEvaluatedRatherThanZero()
    {
        // Before: the missing amount counted as ¥0 and the average passed.
        SharedBaseCitySelection selection = Selection(Accepted("A", Money.FromWan(500)), Accepted("B", null));

        Finding finding = SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600)).Evaluate(selection, Samples.AsOf)["HLJ-BASE-SUBSIDY-CAP"];

        Assert.Equal(Outcome.NotEvaluated, finding.Outcome);
        Assert.Contains("B", finding.Explanation!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void SubsidyCap_AcceptedBaseWithZeroGiven_Counted() =>
        Assert.Equal(
            Outcome.Met,
            SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600)).Evaluate(Selection(Accepted("A", Money.FromWan(500)), Accepted("B", Money.Zero)), Samples.AsOf)["HLJ-BASE-SUBSIDY-CAP"].Outcome);

    [Theory]
    [InlineData("2023-06-30", Outcome.Met)]
    [InlineData("2023-07-01", Outcome.NotMet)]
    public void Summary_SubmittedAroundJune30_OnOrBefore(string submitted, Outcome expected)
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 90m)) with { SummaryReportSubmittedOn = D(submitted) };

        Assert.Equal(expected, SharedBaseCityRuleSet.Default.Evaluate(selection, D("2023-12-31"))["HLJ-BASE-SUMMARY"].Outcome);
    }

    [Theory]
    [InlineData("2023-06-30", Outcome.NotApplicable)] // not yet due
    [InlineData("2023-07-01", Outcome.NotMet)]
    public void Summary_NotSubmitted_NotYetDueThenNotMet(string asOf, Outcome expected)
    {
        Finding finding = SharedBaseCityRuleSet.Default.Evaluate(Selection(Candidate("A", 90m)), D(asOf))["HLJ-BASE-SUMMARY"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.NotApplicable, finding.Explanation!.En.Contains("not due yet", StringComparison.Ordinal));
    }

    [Fact]
    public void Clauses_NoCitationOutsideARule()
    {
        // Issue 14 item 12: SharedBaseClauses held a composed citation (创建时限 heading + body) that no rule used.
        string[] used = [.. SharedBaseRuleSet.Default.Rules.Concat(SharedBaseCityRuleSet.Default.Rules).Select(r => r.Citation.Clause)];
        System.Reflection.FieldInfo[] fields = typeof(SharedBaseRuleSet).Assembly
            .GetType("LiveCommerce.Rules.Heilongjiang.SharedBase.SharedBaseClauses", throwOnError: true)!
            .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic);

        Assert.DoesNotContain(fields, f => f.FieldType == typeof(Citation));
        Assert.All(
            fields.Where(f => f.FieldType == typeof(RuleDescriptor)).Select(f => (RuleDescriptor)f.GetValue(null)!),
            d => Assert.Contains(d.Citation.Clause, used));
    }
}
