using System.Text.Json;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

public class SampleTests
{
    [Theory]
    [InlineData("application-meets.json", ReportOutcome.Met)]
    [InlineData("application-shortfalls.json", ReportOutcome.NotMet)]
    [InlineData("recognised-meets.json", ReportOutcome.Met)]
    [InlineData("recognised-shortfalls.json", ReportOutcome.NotMet)]
    public void EvaluateJson_DemonstrationSamplesWithExampleCriteria_GiveTheDocumentedOutcomes(string file, ReportOutcome expected)
    {
        DemonstrationRuleSet ruleSet = DemonstrationRuleSet.Create(GuizhouFacts.ExampleCriteria());

        EvaluationResult result = ruleSet.EvaluateJson(Repo.Sample(DemonstrationRuleSet.RuleSetId, file), GuizhouFacts.AsOf);

        Assert.True(result.IsValid, result.Validation.ToString());
        Assert.Equal(expected, result.Report!.Outcome);
    }

    [Fact]
    public void EvaluateJson_ShortfallSamples_FailForTheRealisticReasons()
    {
        DemonstrationRuleSet ruleSet = DemonstrationRuleSet.Create(GuizhouFacts.ExampleCriteria());

        Report application = ruleSet.EvaluateJson(Repo.Sample(DemonstrationRuleSet.RuleSetId, "application-shortfalls.json"), GuizhouFacts.AsOf).Report!;
        Report recognised = ruleSet.EvaluateJson(Repo.Sample(DemonstrationRuleSet.RuleSetId, "recognised-shortfalls.json"), GuizhouFacts.AsOf).Report!;
        Report support = SupportRuleSet.Default.EvaluateJson(Repo.Sample(SupportRuleSet.RuleSetId, "claim-shortfalls.json"), GuizhouFacts.AsOf).Report!;

        Assert.Equal(["GZ-DEMO-ANNUAL", "GZ-DEMO-CRITERIA"], application.Findings.Where(f => f.IsFailure).Select(f => f.RuleId));
        Assert.Equal(["GZ-DEMO-REPORTING", "GZ-DEMO-REVOCATION"], recognised.Findings.Where(f => f.IsFailure).Select(f => f.RuleId));
        Assert.Equal(["GZ-REWARD-SALES-TIER", "GZ-TRAFFIC-SUBSIDY"], support.Findings.Where(f => f.IsFailure).Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("application-meets.json")]
    [InlineData("recognised-meets.json")]
    public void EvaluateJson_DemonstrationSamplesWithoutCriteria_Incomplete(string file)
    {
        EvaluationResult result = RuleCatalog.Default[DemonstrationRuleSet.RuleSetId].EvaluateJson(Repo.Sample(DemonstrationRuleSet.RuleSetId, file), GuizhouFacts.AsOf);

        Assert.Equal(ReportOutcome.Incomplete, result.Report!.Outcome);
    }

    [Theory]
    [InlineData("claim-meets.json", ReportOutcome.Met)]
    [InlineData("claim-shortfalls.json", ReportOutcome.NotMet)]
    public void EvaluateJson_SupportSamples_GiveTheDocumentedOutcomes(string file, ReportOutcome expected)
    {
        EvaluationResult result = RuleCatalog.Default[SupportRuleSet.RuleSetId].EvaluateJson(Repo.Sample(SupportRuleSet.RuleSetId, file), GuizhouFacts.AsOf);

        Assert.Equal(expected, result.Report!.Outcome);
    }

    [Theory]
    [InlineData("application-meets.json")]
    [InlineData("application-shortfalls.json")]
    [InlineData("recognised-meets.json")]
    [InlineData("recognised-shortfalls.json")]
    public void Json_DemonstrationSamples_RoundTrip(string file)
    {
        byte[] json = Repo.Sample(DemonstrationRuleSet.RuleSetId, file);
        DemonstrationProject original = JsonSerializer.Deserialize(json, JsonContext.Default.DemonstrationProject)!;

        byte[] written = JsonSerializer.SerializeToUtf8Bytes(original, JsonContext.Default.DemonstrationProject);
        DemonstrationProject again = JsonSerializer.Deserialize(written, JsonContext.Default.DemonstrationProject)!;

        Assert.Equal(JsonSerializer.Serialize(original, JsonContext.Default.DemonstrationProject), JsonSerializer.Serialize(again, JsonContext.Default.DemonstrationProject));
        Assert.Equal(
            DemonstrationRuleSet.Default.EvaluateJson(json, GuizhouFacts.AsOf).Report!.Fingerprint,
            DemonstrationRuleSet.Default.EvaluateJson(written, GuizhouFacts.AsOf).Report!.Fingerprint);
    }

    [Theory]
    [InlineData("claim-meets.json")]
    [InlineData("claim-shortfalls.json")]
    public void Json_SupportSamples_RoundTrip(string file)
    {
        byte[] json = Repo.Sample(SupportRuleSet.RuleSetId, file);
        SupportClaim original = JsonSerializer.Deserialize(json, JsonContext.Default.SupportClaim)!;

        SupportClaim again = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(original, JsonContext.Default.SupportClaim), JsonContext.Default.SupportClaim)!;

        Assert.Equal(original, again);
    }

    [Fact]
    public void Json_ExampleCriteria_RoundTripAndMarkedAsExample()
    {
        DemonstrationCriteria criteria = GuizhouFacts.ExampleCriteria();

        byte[] written = JsonSerializer.SerializeToUtf8Bytes(criteria, JsonContext.Default.DemonstrationCriteria);
        Assert.True(DemonstrationCriteria.Read(written, out DemonstrationCriteria? again).IsValid);

        Assert.True(criteria.IsExample);
        Assert.Contains("EXAMPLE", criteria.Id, StringComparison.Ordinal);
        Assert.Equal(DemonstrationCategories.All, criteria.Categories.Select(c => c.Category));
        Assert.Equal(JsonSerializer.Serialize(criteria, JsonContext.Default.DemonstrationCriteria), JsonSerializer.Serialize(again!, JsonContext.Default.DemonstrationCriteria));
    }

    [Fact]
    public void GetFactsSchema_BothRuleSets_DescribeTheirFacts()
    {
        string demonstration = DemonstrationRuleSet.Default.GetFactsSchema().ToJsonString();
        string support = SupportRuleSet.Default.GetFactsSchema().ToJsonString();

        Assert.Contains("priorApplications", demonstration, StringComparison.Ordinal);
        Assert.Contains("onlineRetailOfGoods", support, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Catalog_EveryGuizhouIdExceptGoals_IsImplementedWithCitation()
    {
        string[] ids = ["GZ-DEMO-CATEGORIES", "GZ-DEMO-CRITERIA", "GZ-DEMO-ANNUAL", "GZ-DEMO-REPORTING", "GZ-DEMO-REVOCATION", "GZ-REWARD-ONE-OFF", "GZ-REWARD-SALES-TIER", "GZ-TRAFFIC-SUBSIDY"];
        string seed = Repo.Seed("002");

        foreach (string id in ids)
        {
            CatalogEntry entry = RuleCatalog.Default.Entries.Single(e => e.RuleId == id);
            Assert.True(entry.Implemented, id);
            Assert.Equal("gz-2023-shibaiqianwan", entry.Rule!.Citation.Document.Id);
            Assert.True(seed.Contains(entry.Rule.Citation.Clause, StringComparison.Ordinal), $"{id}: the clause is not verbatim in seed 002");
        }

        Assert.Equal("gz-goals", RuleCatalog.Default.Entries.Single(e => e.RuleId == "GZ-GOALS-2025").RuleSetId);
    }
}
