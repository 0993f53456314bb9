using System.Text;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

/// <summary>Issue 14, item 18: the application route, the attachments and the provincial review as evidence rules.</summary>
public class DemonstrationEvidenceTests
{
    private static readonly DemonstrationRuleSet Rules = DemonstrationRuleSet.Create(GuizhouFacts.Criteria());

    private static DemonstrationProject WithRoute(ApplicationRoute? route) =>
        GuizhouFacts.Applicant() with { Application = GuizhouFacts.Applicant().Application! with { Route = route } };

    private static DemonstrationProject WithAttachments(DemonstrationCategory category, params int[] filed) =>
        GuizhouFacts.Applicant() with { Category = category, Application = GuizhouFacts.Applicant().Application! with { AttachmentsFiled = [.. filed] } };

    private static Finding Find(DemonstrationProject facts, string id) => Rules.Evaluate(facts, GuizhouFacts.AsOf)[id];

    [Fact]
    public void Evaluate_CompleteApplicationAndRecognition_Met()
    {
        Assert.Equal(ReportOutcome.Met, Rules.Evaluate(GuizhouFacts.Applicant(), GuizhouFacts.AsOf).Outcome);
        Assert.Equal(Outcome.Met, Find(GuizhouFacts.Recognised(new DateOnly(2023, 9, 1)), "GZ-DEMO-REVIEW").Outcome);
        Assert.Equal(Outcome.NotApplicable, Find(GuizhouFacts.Applicant(), "GZ-DEMO-REVIEW").Outcome);
    }

    [Theory]
    [InlineData(ApplicationSubmitter.OperatingEntity, true, true, "推荐文件", Outcome.Met)]
    [InlineData(ApplicationSubmitter.Enterprise, true, true, "推荐文件", Outcome.Met)]
    [InlineData(ApplicationSubmitter.Other, true, true, "推荐文件", Outcome.NotMet)]
    [InlineData(ApplicationSubmitter.Enterprise, false, true, "推荐文件", Outcome.NotMet)]
    [InlineData(ApplicationSubmitter.Enterprise, true, false, null, Outcome.NotMet)]
    [InlineData(ApplicationSubmitter.Enterprise, true, null, null, Outcome.NotEvaluated)]
    [InlineData(ApplicationSubmitter.Enterprise, true, true, " ", Outcome.EvidenceIncomplete)]
    public void Evaluate_Route_EachStepDecides(ApplicationSubmitter by, bool toLocal, bool? recommended, string? evidence, Outcome expected)
    {
        DemonstrationProject facts = WithRoute(new ApplicationRoute { SubmittedBy = by, SubmittedToLocalCommerceDepartment = toLocal, RecommendedByCity = recommended, RecommendationEvidence = evidence });

        Assert.Equal(expected, Find(facts, "GZ-DEMO-ROUTE").Outcome);
        Assert.Equal(expected == Outcome.Met, Rules.IsMet(facts, GuizhouFacts.AsOf));
    }

    [Fact]
    public void Evaluate_NoRouteOnRecord_EvidenceIncomplete()
    {
        Assert.Equal(Outcome.EvidenceIncomplete, Find(WithRoute(null), "GZ-DEMO-ROUTE").Outcome);
    }

    [Theory]
    [InlineData(DemonstrationCategory.Park, new[] { 3, 6, 7, 9 }, true)]
    [InlineData(DemonstrationCategory.Park, new[] { 4, 6, 7, 9 }, false)]     // the base's index system, not the park's
    [InlineData(DemonstrationCategory.LiveBase, new[] { 4, 6, 7, 9 }, true)]
    [InlineData(DemonstrationCategory.LiveBase, new[] { 4, 6, 7 }, false)]
    [InlineData(DemonstrationCategory.Enterprise, new[] { 5, 8, 10 }, true)]
    [InlineData(DemonstrationCategory.Enterprise, new[] { 5, 8, 11 }, true)]
    [InlineData(DemonstrationCategory.Enterprise, new[] { 5, 8 }, false)]
    [InlineData(DemonstrationCategory.LiveTeam, new[] { 8, 12 }, true)]
    [InlineData(DemonstrationCategory.LiveTeam, new[] { 12 }, false)]
    [InlineData(DemonstrationCategory.LiveTeam, new int[0], false)]
    public void Evaluate_Attachments_EachCategoryNeedsItsOwn(DemonstrationCategory category, int[] filed, bool complete)
    {
        Finding f = Find(WithAttachments(category, filed), "GZ-DEMO-ATTACHMENTS");

        Assert.Equal(complete ? Outcome.Met : Outcome.EvidenceIncomplete, f.Outcome);
        if (category == DemonstrationCategory.Enterprise)
        {
            // The only category the test criteria configure: the fast path agrees with the finding.
            Assert.Equal(complete, Rules.IsMet(WithAttachments(category, filed), GuizhouFacts.AsOf));
        }
    }

    [Fact]
    public void Evaluate_MissingAttachment_NamesItsTitle()
    {
        Finding f = Find(WithAttachments(DemonstrationCategory.LiveTeam, 8), "GZ-DEMO-ATTACHMENTS");

        Assert.Contains("12", f.Explanation!.En, StringComparison.Ordinal);
        Assert.Contains(f.Notes, n => n.ZhCn.Contains("省级电商直播示范团队申报书撰写提纲", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "记录", Outcome.NotMet)]
    [InlineData(true, " ", Outcome.EvidenceIncomplete)]
    [InlineData(true, "实地考察报告", Outcome.Met)]
    public void Evaluate_ReviewSiteVisit_Decides(bool held, string evidence, Outcome expected)
    {
        DemonstrationProject facts = GuizhouFacts.Recognised(new DateOnly(2023, 9, 1));
        facts = facts with { Recognition = facts.Recognition! with { Review = GuizhouFacts.Review() with { SiteVisit = new ReviewStep { Held = held, Evidence = evidence } } } };

        Finding f = Find(facts, "GZ-DEMO-REVIEW");

        Assert.Equal(expected, f.Outcome);
        if (expected != Outcome.Met)
        {
            Assert.Contains("实地考察", f.Explanation!.ZhCn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_RecognitionWithoutReviewRecord_EvidenceIncomplete()
    {
        DemonstrationProject facts = GuizhouFacts.Recognised(new DateOnly(2023, 9, 1));

        Assert.Equal(Outcome.EvidenceIncomplete, Find(facts with { Recognition = facts.Recognition! with { Review = null } }, "GZ-DEMO-REVIEW").Outcome);
    }

    [Fact]
    public void ValidateJson_AttachmentOutOfRangeOrRepeated_ReportsThePath()
    {
        byte[] json = Encoding.UTF8.GetBytes("""
            {"projectName":"甲","operatorName":"甲","city":"贵阳市","category":"liveTeam",
             "application":{"year":2024,"indicators":[],"attachmentsFiled":[8,2,12,8,13]},
             "priorApplications":[],"annualReports":[]}
            """);

        Assert.Equal(
            ["$.application.attachmentsFiled[1] range", "$.application.attachmentsFiled[3] duplicate", "$.application.attachmentsFiled[4] range"],
            GuizhouFacts.Problems(DemonstrationRuleSet.Default.ValidateJson(json)));
    }

    [SkippableFact]
    public void Catalog_NewGuizhouIds_CiteTheSeedVerbatim()
    {
        string seed = File.ReadAllText(Path.Combine(Repo.Shared, "seeds", "002_9c19d9a85d8c1f73.txt"));
        foreach (string id in new[] { "GZ-DEMO-ROUTE", "GZ-DEMO-ATTACHMENTS", "GZ-DEMO-REVIEW" })
        {
            CatalogEntry entry = Assert.Single(RuleCatalog.Default.Entries, e => e.RuleId == id);
            Assert.True(entry.Implemented);
            Assert.Equal("gz-demonstration", entry.RuleSetId);
            Assert.Contains(entry.Clause, seed, StringComparison.Ordinal);
        }
    }
}
