using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;

public class CityCohortTests
{
    private static readonly EnterpriseAssistanceCityRuleSet RuleSet = EnterpriseAssistanceCityRuleSet.Default;

    private static readonly DateOnly AsOf = new(2023, 12, 31);

    /// <summary>A city list: <paramref name="targets"/> targets, the first <paramref name="aboveQuota"/> above quota, the first
    /// <paramref name="contest"/> in the contest on <paramref name="contestDate"/>, the first <paramref name="inspected"/> inspected,
    /// the first <paramref name="accepted"/> accepted, then <paramref name="others"/> applicants not selected.</summary>
    private static AssistanceCityCohort Cohort(int targets, int aboveQuota = 0, int contest = 0, int inspected = 0, int accepted = 0, int others = 0, DateOnly? contestDate = null) => new()
    {
        City = "测试市",
        ServicePeriodEnd = new DateOnly(2023, 9, 30),
        SummaryReportSubmittedOn = new DateOnly(2023, 10, 7),
        Enterprises =
        [
            .. Enumerable.Range(0, targets + others).Select(i => new CohortEnterprise
            {
                EnterpriseId = FormattableString.Invariant($"E{i:D5}"),
                Name = FormattableString.Invariant($"企业{i}"),
                Kind = i < aboveQuota ? EnterpriseKind.AboveQuotaTrade : EnterpriseKind.Other,
                SelectedAsTarget = i < targets,
                ContestParticipatedOn = i < contest ? contestDate ?? new DateOnly(2023, 5, 1) : null,
                InspectedOnSite = i < inspected,
                Accepted = i < accepted,
            }),
        ],
    };

    private static Outcome OutcomeOf(AssistanceCityCohort cohort, string ruleId, RuleSet<AssistanceCityCohort>? ruleSet = null, DateOnly? asOf = null) =>
        (ruleSet ?? RuleSet).Evaluate(cohort, asOf ?? AsOf)[ruleId].Outcome;

    [Theory]
    [InlineData(29, 100, Outcome.NotMet)]
    [InlineData(30, 100, Outcome.Met)]
    [InlineData(31, 100, Outcome.Met)]
    [InlineData(2, 10, Outcome.NotMet)]
    [InlineData(3, 10, Outcome.Met)]
    [InlineData(1, 3, Outcome.Met)]
    public void AboveQuota_ShareAroundThirtyPercent_ExactComparison(int aboveQuota, int targets, Outcome expected) =>
        Assert.Equal(expected, OutcomeOf(Cohort(targets, aboveQuota: aboveQuota, others: 5), "HLJ-ACT-COHORT-ABOVE-QUOTA"));

    [Fact]
    public void AboveQuota_ApplicantsNotSelected_NotInTheDenominator()
    {
        // 3 of 10 targets; 20 more applicants of other kinds were not selected and do not dilute the share.
        Finding finding = RuleSet.Evaluate(Cohort(10, aboveQuota: 3, others: 20), AsOf)["HLJ-ACT-COHORT-ABOVE-QUOTA"];

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Contains("3/10", finding.Message.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19, 100, Outcome.NotMet)]
    [InlineData(20, 100, Outcome.Met)]
    [InlineData(21, 100, Outcome.Met)]
    [InlineData(1, 10, Outcome.NotMet)]
    [InlineData(2, 10, Outcome.Met)]
    public void Contest_ShareAroundTwentyPercent_ExactComparison(int contest, int targets, Outcome expected) =>
        Assert.Equal(expected, OutcomeOf(Cohort(targets, contest: contest), "HLJ-ACT-COHORT-CONTEST"));

    [Theory]
    [InlineData("2022-12-31", Outcome.NotMet)]
    [InlineData("2023-01-01", Outcome.Met)]
    [InlineData("2023-06-30", Outcome.Met)]
    [InlineData("2023-07-01", Outcome.NotMet)]
    public void Contest_ParticipationDateAroundTheFirstHalfOf2023_CountsOnlyInside(string date, Outcome expected)
    {
        Finding finding = RuleSet.Evaluate(Cohort(10, contest: 2, contestDate: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), AsOf)["HLJ-ACT-COHORT-CONTEST"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.NotMet ? 1 : 0, finding.Notes.Length);
    }

    [Theory]
    [InlineData(49, 100, Outcome.NotMet)]
    [InlineData(50, 100, Outcome.Met)]
    [InlineData(51, 100, Outcome.Met)]
    [InlineData(1, 2, Outcome.Met)]
    [InlineData(5, 11, Outcome.NotMet)]
    public void Inspection_ShareOfApplicantsAroundFiftyPercent_ExactComparison(int inspected, int applicants, Outcome expected) =>
        Assert.Equal(expected, OutcomeOf(Cohort(1, inspected: inspected, others: applicants - 1), "HLJ-ACT-COHORT-INSPECTION"));

    [Fact]
    public void Shares_NoServiceTargetsYet_NotApplicable()
    {
        Report report = RuleSet.Evaluate(Cohort(0, inspected: 3, others: 4), AsOf);

        Assert.Equal(Outcome.NotApplicable, report["HLJ-ACT-COHORT-ABOVE-QUOTA"].Outcome);
        Assert.Equal(Outcome.NotApplicable, report["HLJ-ACT-COHORT-CONTEST"].Outcome);
        Assert.Equal(Outcome.Met, report["HLJ-ACT-COHORT-INSPECTION"].Outcome);
    }

    [Fact]
    public void Quota_NotConfigured_NotEvaluatedNamingTheParameter()
    {
        Report report = RuleSet.Evaluate(Cohort(10, aboveQuota: 3, contest: 2, inspected: 10, accepted: 10), AsOf);

        Assert.Equal(Outcome.NotEvaluated, report["HLJ-ACT-COHORT-QUOTA"].Outcome);
        Assert.Contains("HLJ-ACT-CITY-QUOTA", report["HLJ-ACT-COHORT-QUOTA"].Message.En, StringComparison.Ordinal);
        Assert.Equal(ReportOutcome.Incomplete, report.Outcome);
    }

    [Theory]
    [InlineData(7, Outcome.NotMet)]
    [InlineData(8, Outcome.Met)]
    [InlineData(9, Outcome.Met)]
    public void Quota_AcceptedAroundTheQuota_AtLeast(int accepted, Outcome expected) =>
        Assert.Equal(expected, OutcomeOf(Cohort(10, accepted: accepted), "HLJ-ACT-COHORT-QUOTA", EnterpriseAssistanceCityRuleSet.ForCity(8)));

    [Fact]
    public void Quota_Fractional_RejectedAsConfiguration() =>
        Assert.Contains(
            "whole number",
            Assert.Throws<RuleConfigurationException>(() => EnterpriseAssistanceCityRuleSet.Create(ParameterSet.Empty.With("HLJ-ACT-CITY-QUOTA", 7.5m))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Quota_BelowOne_Rejected() =>
        Assert.Throws<RuleConfigurationException>(() => EnterpriseAssistanceCityRuleSet.ForCity(0));

    [Theory]
    [InlineData(7, Outcome.Met)]
    [InlineData(8, Outcome.NotMet)]
    [InlineData(0, Outcome.Met)]
    public void Summary_SubmittedDaysAfterTheServicePeriod_WithinOneWeekInclusive(int days, Outcome expected)
    {
        AssistanceCityCohort cohort = Cohort(1) with { SummaryReportSubmittedOn = new DateOnly(2023, 9, 30).AddDays(days) };

        Assert.Equal(expected, OutcomeOf(cohort, "HLJ-ACT-COHORT-SUMMARY"));
    }

    [Theory]
    [InlineData("2023-10-07", Outcome.NotApplicable)]
    [InlineData("2023-10-08", Outcome.NotMet)]
    public void Summary_NotSubmitted_NotMetOnlyOnceOverdue(string asOf, Outcome expected) =>
        Assert.Equal(expected, OutcomeOf(Cohort(1) with { SummaryReportSubmittedOn = null }, "HLJ-ACT-COHORT-SUMMARY", asOf: DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Validate_DuplicateIdsEmptyNamesAndInconsistencies_EveryProblemReported()
    {
        AssistanceCityCohort cohort = Cohort(2, others: 1);
        cohort = cohort with
        {
            Enterprises =
            [
                cohort.Enterprises[0],
                cohort.Enterprises[1] with { EnterpriseId = cohort.Enterprises[0].EnterpriseId, Name = "" },
                cohort.Enterprises[2] with { Accepted = true, ContestParticipatedOn = new DateOnly(2023, 3, 1), Kind = (EnterpriseKind)9 },
            ],
        };

        Assert.Equal(
            [
                ("$.enterprises[1].name", "blank"),
                ("$.enterprises[1].enterpriseId", "duplicate"),
                ("$.enterprises[2].kind", "unknown-value"),
                ("$.enterprises[2].accepted", "inconsistent"),
                ("$.enterprises[2].contestParticipatedOn", "inconsistent"),
            ],
            RuleSet.Validate(cohort).Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Validate_TargetPeriods_SixMonthsAndInsideTheCityPeriod()
    {
        AssistanceCityCohort cohort = Cohort(3, others: 1);
        var may = new LiveCommerce.Rules.Primitives.YearMonth(2023, 4);
        cohort = cohort with
        {
            Enterprises =
            [
                cohort.Enterprises[0] with { ServicePeriod = new ServicePeriod { Start = may.FirstDay, End = may.PlusMonths(5).LastDay } },
                cohort.Enterprises[1] with { ServicePeriod = new ServicePeriod { Start = may.FirstDay, End = may.PlusMonths(6).LastDay } },
                cohort.Enterprises[2] with { ServicePeriod = new ServicePeriod { Start = may.PlusMonths(1).FirstDay, End = may.PlusMonths(6).LastDay } },
                cohort.Enterprises[3] with { ServicePeriod = new ServicePeriod { Start = may.FirstDay, End = may.PlusMonths(5).LastDay } },
            ],
        };

        Assert.Equal(
            [
                ("$.enterprises[1].servicePeriod.end", "period-not-six-months"),
                ("$.enterprises[1].servicePeriod.end", "period-after-city-end"),
                ("$.enterprises[2].servicePeriod.end", "period-after-city-end"),
                ("$.enterprises[3].servicePeriod", "inconsistent"),
            ],
            RuleSet.Validate(cohort).Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Validate_EmptyList_Rejected() =>
        Assert.Equal([("$.enterprises", "empty")], RuleSet.Validate(Cohort(0)).Problems.Select(p => (p.Path, p.Code)));

    [Fact]
    public void EvaluateJson_UnknownKind_ProblemAtItsPath()
    {
        string json = Encoding.UTF8.GetString(Repo.Sample(EnterpriseAssistanceCityRuleSet.RuleSetId, "city-meets.json"));
        int at = json.IndexOf("\"aboveQuotaTrade\"", StringComparison.Ordinal);
        json = string.Concat(json.AsSpan(0, at), "\"chainStore\"", json.AsSpan(at + "\"aboveQuotaTrade\"".Length));

        EvaluationResult result = RuleSet.EvaluateJson(Encoding.UTF8.GetBytes(json), AsOf);

        Assert.Equal([("$.enterprises[0].kind", "unknown-value")], result.Validation.Problems.Select(p => (p.Path, p.Code)));
    }

    [Theory]
    [InlineData("city-meets.json", ReportOutcome.Met)]
    [InlineData("city-fails.json", ReportOutcome.NotMet)]
    public void EvaluateJson_ShippedSamplesWithTheQuota_GiveTheDocumentedOutcomes(string file, ReportOutcome expected)
    {
        byte[] json = Repo.Sample(EnterpriseAssistanceCityRuleSet.RuleSetId, file);

        Assert.Equal(expected, EnterpriseAssistanceCityRuleSet.ForCity(6).EvaluateJson(json, AsOf).Report!.Outcome);
        Assert.Equal(expected == ReportOutcome.Met ? ReportOutcome.Incomplete : ReportOutcome.NotMet, RuleSet.EvaluateJson(json, AsOf).Report!.Outcome);
    }

    [Theory]
    [InlineData("city-meets.json")]
    [InlineData("city-fails.json")]
    public void Json_ShippedSample_RoundTripsUnchanged(string file)
    {
        Assert.True(RuleSet.ReadFacts(Repo.Sample(EnterpriseAssistanceCityRuleSet.RuleSetId, file), out AssistanceCityCohort? facts).IsValid);
        byte[] once = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(facts!, JsonContext.Default.AssistanceCityCohort);
        Assert.True(RuleSet.ReadFacts(once, out AssistanceCityCohort? again).IsValid);

        Assert.Equal(facts!.Enterprises, again!.Enterprises, EqualityComparer<CohortEnterprise>.Default);
        Assert.Equal(RuleSet.ComputeFingerprint(facts, AsOf), RuleSet.ComputeFingerprint(again, AsOf));
    }

    [Property]
    public Property Shares_AnyCohort_AgreeWithIntegerArithmetic()
    {
        Gen<(int Targets, int Above, int Inspected, int Others)> sizes =
            from targets in Gen.Choose(1, 60)
            from above in Gen.Choose(0, targets)
            from others in Gen.Choose(0, 40)
            from inspected in Gen.Choose(0, targets + others)
            select (targets, above, inspected, others);

        return Prop.ForAll(sizes.ToArbitrary(), s =>
        {
            Report report = RuleSet.Evaluate(Cohort(s.Targets, aboveQuota: s.Above, inspected: s.Inspected, others: s.Others), AsOf);
            bool above = report["HLJ-ACT-COHORT-ABOVE-QUOTA"].Outcome == Outcome.Met;
            bool inspection = report["HLJ-ACT-COHORT-INSPECTION"].Outcome == Outcome.Met;
            return above == (s.Above * 10 >= s.Targets * 3) && inspection == (s.Inspected * 2 >= s.Targets + s.Others);
        });
    }
}
