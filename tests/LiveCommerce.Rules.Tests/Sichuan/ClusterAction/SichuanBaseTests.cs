using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Sichuan.ClusterAction;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Sichuan.ClusterAction;

public class SichuanBaseTests
{
    private static readonly SichuanBaseRuleSet WithArea = SichuanBaseRuleSet.WithMinimumArea(Area.FromSquareMetres(5000));

    [Theory]
    [InlineData(SichuanApplicantKind.CountyGovernment, Outcome.Met)]
    [InlineData(SichuanApplicantKind.CountyCommerceDepartment, Outcome.Met)]
    [InlineData(SichuanApplicantKind.PrefectureAuthority, Outcome.NotMet)]
    [InlineData(SichuanApplicantKind.Enterprise, Outcome.NotMet)]
    [InlineData(SichuanApplicantKind.Other, Outcome.NotMet)]
    public void Evaluate_ApplicantKind_CountyGovernmentOrCommerceDepartment(SichuanApplicantKind kind, Outcome expected)
    {
        SichuanBaseApplication facts = SichuanSamples.Base() with { Applicant = new SichuanApplicant { Name = "申报单位", Kind = kind } };

        Assert.Equal(expected, WithArea.Evaluate(facts, SichuanSamples.AsOf)["SC-BASE-APPLICANT"].Outcome);
    }

    [Fact]
    public void Evaluate_NoAreaParameter_CriteriaNotEvaluatedAndReportIncomplete()
    {
        Report report = SichuanBaseRuleSet.Default.Evaluate(SichuanSamples.Base(), SichuanSamples.AsOf);

        Finding f = report["SC-BASE-CRITERIA"];
        Assert.Equal(Outcome.NotEvaluated, f.Outcome);
        Assert.Contains("SC-BASE-AREA", f.Explanation!.En, StringComparison.Ordinal);
        Assert.Contains(f.Notes, n => n.En.Contains("not checked", StringComparison.Ordinal));
        Assert.Equal(ReportOutcome.Incomplete, report.Outcome);
    }

    [Fact]
    public void Evaluate_AreaAtTheConfiguredMinimum_IsMet()
    {
        Assert.Equal(Outcome.Met, WithArea.Evaluate(SichuanSamples.Base(5000m), SichuanSamples.AsOf)["SC-BASE-CRITERIA"].Outcome);
    }

    [Fact]
    public void Evaluate_AreaOneHundredthBelowTheMinimum_IsNotMet()
    {
        Assert.Equal(Outcome.NotMet, WithArea.Evaluate(SichuanSamples.Base(4999.99m), SichuanSamples.AsOf)["SC-BASE-CRITERIA"].Outcome);
    }

    [Fact]
    public void Evaluate_AreaAboveTheMinimum_IsMet()
    {
        Assert.Equal(Outcome.Met, WithArea.Evaluate(SichuanSamples.Base(5000.01m), SichuanSamples.AsOf)["SC-BASE-CRITERIA"].Outcome);
    }

    [Fact]
    public void Evaluate_ItemNotSatisfied_IsNotMetEvenWithoutTheAreaParameter()
    {
        SichuanBaseApplication facts = SichuanSamples.Base() with
        {
            Services = SichuanSamples.Base().Services with { Capital = new EvidenceItem { Satisfied = false } },
        };

        Finding f = SichuanBaseRuleSet.Default.Evaluate(facts, SichuanSamples.AsOf)["SC-BASE-CRITERIA"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("Capital", f.Explanation!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ItemWithoutEvidence_IsEvidenceIncomplete()
    {
        SichuanBaseApplication facts = SichuanSamples.Base() with
        {
            TrackRecord = SichuanSamples.Base().TrackRecord with { ApplicationScenarios = new EvidenceItem { Satisfied = true } },
        };

        Report report = WithArea.Evaluate(facts, SichuanSamples.AsOf);

        Assert.Equal(Outcome.EvidenceIncomplete, report["SC-BASE-CRITERIA"].Outcome);
        Assert.Equal(ReportOutcome.EvidenceIncomplete, report.Outcome);
    }

    [Fact]
    public void Create_AreaParameterBelowZero_IsRejected()
    {
        Assert.Throws<RuleConfigurationException>(() => SichuanBaseRuleSet.Create(ParameterSet.Empty.With("SC-BASE-AREA", -1m)));
    }

    [Fact]
    public void Evaluate_AnyFacts_ReportCarriesTheDraftNotice()
    {
        Report report = WithArea.Evaluate(SichuanSamples.Base(), SichuanSamples.AsOf);

        Assert.Equal(DocumentStatus.Draft, report.Status);
        Assert.Contains(report.Notices, n => n.Code == "draft-document");
    }

    [Fact]
    public void Catalog_SichuanRuleSets_AreListedAsDraftsWithEverySichuanId()
    {
        RuleCatalog catalog = RuleCatalog.Default;

        Assert.Equal(DocumentStatus.Draft, catalog[SichuanClusterPilotRuleSet.RuleSetId].Status);
        Assert.Equal(DocumentStatus.Draft, catalog[SichuanBaseRuleSet.RuleSetId].Status);
        string[] ids = ["SC-CLUSTER-APPLICANT", "SC-CLUSTER-SUPPORT-YEARS", "SC-BASE-APPLICANT", "SC-BASE-CRITERIA", "SC-PERFORMANCE-CLAWBACK", "SC-CLUSTER-SELECTION", "SC-CLUSTER-COUNTY-DUTIES", "SC-SELF-EVALUATION", "SC-THIRD-PARTY-EVALUATION", "SC-GOALS-2025", "SC-GOALS-2030"];
        foreach (string id in ids)
        {
            CatalogEntry entry = Assert.Single(catalog.Entries, e => e.RuleId == id);
            Assert.True(entry.Implemented, id);
            Assert.Equal("sc-2023-cluster-draft", entry.DocumentId);
        }

        string markdown = CatalogMarkdown.Write(catalog);
        Assert.Contains("| `sc-base` |", markdown, StringComparison.Ordinal);
        Assert.Contains(markdown.Split('\n'), l => l.StartsWith("| `sc-cluster-pilot` |", StringComparison.Ordinal) && l.Contains("| Draft |", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sc-cluster-pilot", "application-meets.json", ReportOutcome.Met)]
    [InlineData("sc-cluster-pilot", "application-fails.json", ReportOutcome.NotMet)]
    [InlineData("sc-base", "application-complete.json", ReportOutcome.Incomplete)]
    [InlineData("sc-base", "application-fails.json", ReportOutcome.NotMet)]
    public void EvaluateJson_ShippedSamples_GiveTheDocumentedOutcomes(string ruleSetId, string file, ReportOutcome expected)
    {
        EvaluationResult result = RuleCatalog.Default[ruleSetId].EvaluateJson(Repo.Sample(ruleSetId, file), SichuanSamples.AsOf);

        Assert.True(result.IsValid, result.Validation.ToString());
        Assert.Equal(expected, result.Report!.Outcome);
        Assert.Contains(result.Report.Notices, n => n.Code == "draft-document");
    }

    [Fact]
    public void EvaluateJson_CompleteBaseSampleWithAnArea_IsMet()
    {
        EvaluationResult result = WithArea.EvaluateJson(Repo.Sample("sc-base", "application-complete.json"), SichuanSamples.AsOf);

        Assert.Equal(ReportOutcome.Met, result.Report!.Outcome);
    }

    [Theory]
    [InlineData("sc-cluster-pilot", "application-meets.json")]
    [InlineData("sc-cluster-pilot", "application-fails.json")]
    [InlineData("sc-base", "application-complete.json")]
    [InlineData("sc-base", "application-fails.json")]
    public void ReadFacts_ShippedSamples_RoundTripThroughJson(string ruleSetId, string file)
    {
        byte[] json = Repo.Sample(ruleSetId, file);
        string first, second;
        if (ruleSetId == "sc-base")
        {
            Assert.True(SichuanBaseRuleSet.Default.ReadFacts(json, out SichuanBaseApplication? facts).IsValid);
            first = System.Text.Json.JsonSerializer.Serialize(facts!, JsonContext.Default.SichuanBaseApplication);
            second = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize(first, JsonContext.Default.SichuanBaseApplication)!, JsonContext.Default.SichuanBaseApplication);
        }
        else
        {
            Assert.True(SichuanClusterPilotRuleSet.Default.ReadFacts(json, out SichuanClusterPilotApplication? facts).IsValid);
            first = System.Text.Json.JsonSerializer.Serialize(facts!, JsonContext.Default.SichuanClusterPilotApplication);
            second = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize(first, JsonContext.Default.SichuanClusterPilotApplication)!, JsonContext.Default.SichuanClusterPilotApplication);
        }

        Assert.Equal(first, second);
    }

    [Fact]
    public void GetFactsSchema_BothRuleSets_DescribeTheFacts()
    {
        Assert.Contains("premisesArea", SichuanBaseRuleSet.Default.GetFactsSchema().ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("supportYears", SichuanClusterPilotRuleSet.Default.GetFactsSchema().ToJsonString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Citations_EverySichuanRule_IsVerbatimFromTheSeed()
    {
        string seed = Repo.Seed("004");
        foreach (RuleDescriptor rule in SichuanClusterPilotRuleSet.Default.Rules.Concat(SichuanBaseRuleSet.Default.Rules))
        {
            Assert.True(seed.Contains(rule.Citation.Clause, StringComparison.Ordinal), $"{rule.Id}: not verbatim in seed 004");
        }
    }
}
