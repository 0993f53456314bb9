using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Sichuan.ClusterAction;

namespace LiveCommerce.Rules.Tests.Sichuan.ClusterAction;

/// <summary>Issue 14, item 27: the selection procedure, the county's duties and the third-party evaluation as evidence rules.</summary>
public class SichuanEvidenceRuleTests
{
    private static readonly SichuanClusterPilotRuleSet Rules = SichuanClusterPilotRuleSet.Default;

    private static readonly EvidenceItem NotDone = new() { Satisfied = false };

    private static readonly EvidenceItem NoEvidence = new() { Satisfied = true, Evidence = " " };

    private static Finding Find(SichuanClusterPilotApplication facts, string id) => Rules.Evaluate(facts, SichuanSamples.AsOf)[id];

    [Fact]
    public void Evaluate_EveryStepAndDutyEvidenced_Met()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot();

        Assert.Equal(Outcome.Met, Find(facts, "SC-CLUSTER-SELECTION").Outcome);
        Assert.Equal(Outcome.Met, Find(facts, "SC-CLUSTER-COUNTY-DUTIES").Outcome);
        Assert.Equal(Outcome.NotApplicable, Find(facts, "SC-THIRD-PARTY-EVALUATION").Outcome); // no evaluation yet
        Assert.True(Rules.IsMet(facts, SichuanSamples.AsOf));
    }

    [Fact]
    public void Evaluate_NoSelectionRecord_EvidenceIncomplete()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot() with { Selection = null };

        Assert.Equal(Outcome.EvidenceIncomplete, Find(facts, "SC-CLUSTER-SELECTION").Outcome);
        Assert.Equal(ReportOutcome.EvidenceIncomplete, Rules.Evaluate(facts, SichuanSamples.AsOf).Outcome);
        Assert.False(Rules.IsMet(facts, SichuanSamples.AsOf));
    }

    [Fact]
    public void Evaluate_PublicNoticeNotHeld_NotMetNamingTheStep()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot();
        facts = facts with { Selection = facts.Selection! with { PublicNotice = NotDone } };

        Finding f = Find(facts, "SC-CLUSTER-SELECTION");

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("社会公示", f.Explanation!.ZhCn, StringComparison.Ordinal);
        Assert.Contains("Public notice", f.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExpertReviewWithoutEvidence_EvidenceIncomplete()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot();
        facts = facts with { Selection = facts.Selection! with { ExpertReview = NoEvidence } };

        Assert.Equal(Outcome.EvidenceIncomplete, Find(facts, "SC-CLUSTER-SELECTION").Outcome);
    }

    [Theory]
    [InlineData(0, Outcome.NotMet)]
    [InlineData(1, Outcome.EvidenceIncomplete)]
    public void Evaluate_CountyDutyMissing_NotMetOrIncomplete(int kind, Outcome expected)
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot();
        facts = facts with { CountyDuties = facts.CountyDuties! with { DesignatedPerson = kind == 0 ? NotDone : NoEvidence } };

        Finding f = Find(facts, "SC-CLUSTER-COUNTY-DUTIES");

        Assert.Equal(expected, f.Outcome);
        Assert.Contains("指定专人负责", f.Explanation!.ZhCn, StringComparison.Ordinal);
        Assert.Equal(Outcome.EvidenceIncomplete, Find(SichuanSamples.Pilot() with { CountyDuties = null }, "SC-CLUSTER-COUNTY-DUTIES").Outcome);
    }

    [Fact]
    public void Evaluate_EvaluationWithoutThirdParty_EvidenceIncompleteInBothRuleSets()
    {
        var review = new PerformanceReview { EvaluationPassed = true };

        Assert.Equal(Outcome.EvidenceIncomplete, Find(SichuanSamples.Pilot() with { Performance = review }, "SC-THIRD-PARTY-EVALUATION").Outcome);
        Assert.Equal(Outcome.EvidenceIncomplete, SichuanBaseRuleSet.Default.Evaluate(SichuanSamples.Base() with { Performance = review }, SichuanSamples.AsOf)["SC-THIRD-PARTY-EVALUATION"].Outcome);
        Assert.Equal(Outcome.NotMet, Find(SichuanSamples.Pilot() with { Performance = review with { ThirdPartyEvaluation = NotDone } }, "SC-THIRD-PARTY-EVALUATION").Outcome);
        Assert.Equal(Outcome.Met, Find(SichuanSamples.Pilot() with { Performance = review with { ThirdPartyEvaluation = SichuanSamples.Yes("第三方评价报告") } }, "SC-THIRD-PARTY-EVALUATION").Outcome);
    }

    [Fact]
    public void Evaluate_EvaluationWithoutTheOwnersOwnReview_EvidenceIncompleteInBothRuleSets()
    {
        var review = new PerformanceReview { EvaluationPassed = true, ThirdPartyEvaluation = SichuanSamples.Yes("第三方评价报告") };
        Finding Base(PerformanceReview? r) => SichuanBaseRuleSet.Default.Evaluate(SichuanSamples.Base() with { Performance = r }, SichuanSamples.AsOf)["SC-SELF-EVALUATION"];

        Assert.Equal(Outcome.NotApplicable, Find(SichuanSamples.Pilot() with { Performance = null }, "SC-SELF-EVALUATION").Outcome); // no evaluation yet
        Assert.Equal(Outcome.NotApplicable, Base(null).Outcome);
        Assert.Equal(Outcome.EvidenceIncomplete, Find(SichuanSamples.Pilot() with { Performance = review }, "SC-SELF-EVALUATION").Outcome);
        Assert.Equal(Outcome.EvidenceIncomplete, Base(review).Outcome);
        Assert.Equal(Outcome.EvidenceIncomplete, Find(SichuanSamples.Pilot() with { Performance = review with { OwnerSelfEvaluation = NoEvidence } }, "SC-SELF-EVALUATION").Outcome);

        Finding notDone = Find(SichuanSamples.Pilot() with { Performance = review with { OwnerSelfEvaluation = NotDone } }, "SC-SELF-EVALUATION");
        Assert.Equal(Outcome.NotMet, notDone.Outcome);
        Assert.Contains("业主单位自查自评自纠", notDone.Explanation!.ZhCn, StringComparison.Ordinal);

        Finding met = Base(review with { OwnerSelfEvaluation = SichuanSamples.Yes("业主单位绩效自评报告") });
        Assert.Equal(Outcome.Met, met.Outcome);
        Assert.Equal(("四、(四)", "依据设定的绩效目标,加强县(市、区)业主单位对项目绩效的自查自评自纠"), (met.Citation.Section, met.Citation.Clause));
        Assert.Equal(Outcome.Met, Find(SichuanSamples.Pilot() with { Performance = review with { OwnerSelfEvaluation = SichuanSamples.Yes("自评报告") } }, "SC-THIRD-PARTY-EVALUATION").Outcome); // each its own item
    }

    [SkippableFact]
    public void Catalog_NewSichuanIds_CiteTheDraftVerbatim()
    {
        string seed = File.ReadAllText(Path.Combine(Support.Repo.Shared, "seeds", "004_200eab833a09a9a5.txt"));
        foreach (string id in new[] { "SC-CLUSTER-SELECTION", "SC-CLUSTER-COUNTY-DUTIES", "SC-SELF-EVALUATION", "SC-THIRD-PARTY-EVALUATION" })
        {
            CatalogEntry entry = Assert.Single(RuleCatalog.Default.Entries, e => e.RuleId == id);
            Assert.True(entry.Implemented);
            Assert.Contains(entry.Clause, seed, StringComparison.Ordinal);
        }
    }
}
