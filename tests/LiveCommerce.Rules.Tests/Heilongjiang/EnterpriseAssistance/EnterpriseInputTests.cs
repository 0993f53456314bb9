using System.Text;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;

public class EnterpriseInputTests
{
    private static readonly EnterpriseAssistanceRuleSet RuleSet = EnterpriseAssistanceRuleSet.Default;

    private static string SampleText(string file) => Encoding.UTF8.GetString(Repo.Sample(EnterpriseAssistanceRuleSet.RuleSetId, file));

    private static (string Path, string Code)[] Problems(ValidationResult result) => [.. result.Problems.Select(p => (p.Path, p.Code))];

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(11)]
    public void Validate_PeriodNotSixMonths_Rejected(int lastOffset)
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with { ServicePeriod = meeting.ServicePeriod with { End = AssistanceSamples.First.PlusMonths(lastOffset).LastDay } };

        Assert.Equal([("$.servicePeriod.end", "period-not-six-months")], Problems(RuleSet.Validate(facts)));
        Assert.Throws<FactsValidationException>(() => RuleSet.Evaluate(facts, AssistanceSamples.AsOf));
    }

    [Fact]
    public void Validate_PeriodAtTheEndOfTheCalendar_ReportedWithoutThrowing()
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with { ServicePeriod = new ServicePeriod { Start = new DateOnly(9999, 12, 1), End = new DateOnly(9999, 12, 31) } };

        Assert.Equal([("$.servicePeriod.start", "range")], Problems(RuleSet.Validate(facts)));
    }

    [Fact]
    public void Validate_PeriodReversed_Rejected()
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with { ServicePeriod = meeting.ServicePeriod with { End = AssistanceSamples.First.PlusMonths(-1).LastDay } };

        Assert.Equal([("$.servicePeriod.end", "period-reversed")], Problems(RuleSet.Validate(facts)));
    }

    [Fact]
    public void Validate_DuplicateMonth_RejectedAtTheSecondEntry()
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting().WithMonth(3, m => m with { Month = AssistanceSamples.First.PlusMonths(1) });

        Assert.Equal([("$.monthly[3].month", "month-duplicate")], Problems(RuleSet.Validate(facts)));
    }

    [Fact]
    public void Validate_MoreHoursThanAMonthHas_Rejected()
    {
        AssistedEnterprise facts = AssistanceSamples.Meeting().WithMonth(2, m => m with { LiveHours = Hours.FromHours(744.01m) });

        Assert.Equal([("$.monthly[2].liveHours", "range")], Problems(RuleSet.Validate(facts)));
    }

    [Fact]
    public void Validate_BlankNamesAndUnknownEnumValues_EveryProblemReported()
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with
        {
            EnterpriseName = " ",
            Kind = (EnterpriseKind)42,
            Provider = meeting.Provider with { Kind = (ProviderKind)7, PlatformName = "" },
        };

        Assert.Equal(
            [("$.enterpriseName", "blank"), ("$.kind", "unknown-value"), ("$.provider.platformName", "blank"), ("$.provider.kind", "unknown-value")],
            Problems(RuleSet.Validate(facts)));
    }

    [Fact]
    public void EvaluateJson_NegativeHoursAndUnknownKind_ProblemsWithPaths()
    {
        string json = SampleText("enterprise-meets.json")
            .Replace("\"kind\": \"specialtyProducer\"", "\"kind\": \"bigFarm\"", StringComparison.Ordinal)
            .Replace("\"liveHours\": 8,", "\"liveHours\": -8,", StringComparison.Ordinal);

        EvaluationResult result = RuleSet.EvaluateJson(Encoding.UTF8.GetBytes(json), AssistanceSamples.AsOf);

        Assert.False(result.IsValid);
        Assert.Equal([("$.kind", "unknown-value"), ("$.monthly[1].liveHours", "negative")], Problems(result.Validation));
    }

    [Fact]
    public void EvaluateJson_NegativeCount_Rejected()
    {
        string json = SampleText("enterprise-meets.json").Replace("\"orders\": 400", "\"orders\": -400", StringComparison.Ordinal);

        EvaluationResult result = RuleSet.EvaluateJson(Encoding.UTF8.GetBytes(json), AssistanceSamples.AsOf);

        Assert.Equal("$.monthly[1].orders", Assert.Single(result.Validation.Problems).Path);
    }

    [Theory]
    [InlineData("enterprise-meets.json", ReportOutcome.Met)]
    [InlineData("enterprise-fails.json", ReportOutcome.NotMet)]
    public void EvaluateJson_ShippedSamples_GiveTheDocumentedOutcomes(string file, ReportOutcome expected)
    {
        EvaluationResult result = RuleSet.EvaluateJson(Repo.Sample(EnterpriseAssistanceRuleSet.RuleSetId, file), new DateOnly(2023, 12, 31));

        Assert.True(result.IsValid, result.Validation.ToString());
        Assert.Equal(expected, result.Report!.Outcome);
    }

    [Fact]
    public void EvaluateJson_FailingSample_FailsForTheDocumentedReasons()
    {
        Report report = RuleSet.EvaluateJson(Repo.Sample(EnterpriseAssistanceRuleSet.RuleSetId, "enterprise-fails.json"), new DateOnly(2023, 12, 31)).Report!;

        Assert.Equal(
            ["HLJ-ACT-TARGET-TEAM", "HLJ-ACT-TARGET-CATALOG", "HLJ-ACT-TARGET-BLACKLIST", "HLJ-ACT-PROVIDER", "HLJ-ACT-ACCEPT-LIVE-HOURS", "HLJ-ACT-ACCEPT-VIDEOS", "HLJ-ACT-ACCEPT-SALES-MONTHS", "HLJ-ACT-ACCEPT-ORDER-MONTHS", "HLJ-ACT-ACCEPT-DEADLINE"],
            report.Findings.Where(f => f.Outcome == Outcome.NotMet).Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("enterprise-meets.json")]
    [InlineData("enterprise-fails.json")]
    public void Json_ShippedSample_RoundTripsUnchanged(string file)
    {
        Assert.True(RuleSet.ReadFacts(Repo.Sample(EnterpriseAssistanceRuleSet.RuleSetId, file), out AssistedEnterprise? facts).IsValid);
        byte[] once = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(facts!, JsonContext.Default.AssistedEnterprise);

        Assert.True(RuleSet.ReadFacts(once, out AssistedEnterprise? again).IsValid);
        byte[] twice = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(again!, JsonContext.Default.AssistedEnterprise);

        Assert.Equal(Encoding.UTF8.GetString(once), Encoding.UTF8.GetString(twice));
        Assert.Equal(RuleSet.ComputeFingerprint(facts!, AssistanceSamples.AsOf), RuleSet.ComputeFingerprint(again!, AssistanceSamples.AsOf));
        Assert.Equal(facts!.Monthly, again!.Monthly, EqualityComparer<MonthlyAccountFigures>.Default);
        Assert.Equal(facts.ServicePeriod, again.ServicePeriod);
    }
}
