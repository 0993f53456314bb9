using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownEvidenceTests
{
    [Fact]
    public void EvidenceOf_EveryDeliverable_ListsItsServiceRequirementDocuments()
    {
        Assert.All(RuralETownRuleSet.DeliverableIds, id => Assert.NotEmpty(RuralETownRuleSet.EvidenceOf(id)));
        Assert.Equal(["调研策划方案资料", "调研基本档案资料", "调研报告和产业发展情况资料"], RuralETownRuleSet.EvidenceOf("XY-1-1-RESEARCH").ToArray());
        Assert.Equal(8, RuralETownRuleSet.EvidenceOf("XY-3-2-CROSS-BORDER-TRAINING").Length);
        Assert.Equal(7, RuralETownRuleSet.EvidenceOf("XY-4-5-LAUNCH-EVENT").Length);
    }

    [Fact]
    public void Evaluate_QuantitiesMetEvidenceMissing_EvidenceIncompleteNamingTheDocument()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-2-1-LEADING-ENTERPRISES", d => d with { Evidence = [.. d.Evidence.Where(e => e != "带动创业就业人数和效果资料")] });

        Report report = Evaluate.Project(p);
        Finding f = report["XY-2-1-LEADING-ENTERPRISES"];

        Assert.Equal(Outcome.EvidenceIncomplete, f.Outcome);
        Assert.Contains("带动创业就业人数和效果资料", Evaluate.Notes(f), StringComparison.Ordinal);
        Assert.Equal(ReportOutcome.EvidenceIncomplete, report.Outcome);
    }

    [Fact]
    public void Evaluate_QuantityFailsAndEvidenceMissing_NotMet()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-8-2-MEDIA-MATRIX", d => d with { Count = 79, Evidence = [] });

        Assert.Equal(Outcome.NotMet, Evaluate.Outcome(p, "XY-8-2-MEDIA-MATRIX"));
    }

    [Fact]
    public void Evaluate_InPrincipleShortfallAndEvidenceMissing_EvidenceIncompleteWins()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-6-1-SERVICE-CENTRE", d => d with { Area = Area.FromSquareMetres(1999), Evidence = d.Evidence.RemoveAt(0) });

        Assert.Equal(Outcome.EvidenceIncomplete, Evaluate.Outcome(p, "XY-6-1-SERVICE-CENTRE"));
    }

    [Fact]
    public void Evaluate_InPrincipleShortfallWithWaiver_WarningCarryingTheReason()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-6-1-SERVICE-CENTRE", d => d with { Area = Area.FromSquareMetres(1860), WaiverReason = "受原建筑结构限制" });

        Report report = Evaluate.Project(p);
        Finding f = report["XY-6-1-SERVICE-CENTRE"];

        Assert.Equal(Outcome.Warning, f.Outcome);
        Assert.Contains("受原建筑结构限制", f.Message.ZhCn, StringComparison.Ordinal);
        Assert.Equal(ReportOutcome.MetWithWarnings, report.Outcome);
    }

    [Fact]
    public void Evaluate_InPrincipleShortfallWithoutWaiver_WarningSayingNoneRecorded()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-6-3-INCUBATOR", d => d with { Count = 9 });

        Finding f = Evaluate.Project(p)["XY-6-3-INCUBATOR"];

        Assert.Equal(Outcome.Warning, f.Outcome);
        Assert.Contains("未记录豁免理由", f.Message.ZhCn, StringComparison.Ordinal);
    }
}
