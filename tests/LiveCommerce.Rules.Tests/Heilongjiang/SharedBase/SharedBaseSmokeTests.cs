using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

public class SharedBaseSmokeTests
{
    [Fact]
    public void Evaluate_ApplicationAtEveryBoundary_MeetsAllCriteria()
    {
        Report report = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), Samples.AsOf);

        Assert.Equal(ReportOutcome.Met, report.Outcome);
        Assert.Equal(12, report.Findings.Length);
    }

    [Fact]
    public void EvaluateJson_ShippedSamples_GiveTheDocumentedOutcomes()
    {
        EvaluationResult meets = SharedBaseRuleSet.Default.EvaluateJson(Repo.Sample("hlj-shared-base", "application-meets.json"), Samples.AsOf);
        EvaluationResult fails = SharedBaseRuleSet.Default.EvaluateJson(Repo.Sample("hlj-shared-base", "application-fails.json"), Samples.AsOf);

        Assert.Equal(ReportOutcome.Met, meets.Report!.Outcome);
        Assert.Equal(ReportOutcome.NotMet, fails.Report!.Outcome);
    }
}
