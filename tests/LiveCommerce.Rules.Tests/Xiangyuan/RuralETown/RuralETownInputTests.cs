using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownInputTests
{
    [Fact]
    public void Validate_AreaOnADeliverableWithoutAreaRequirement_NotApplicable()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-8-2-MEDIA-MATRIX", d => d with { Area = LiveCommerce.Rules.Primitives.Area.FromSquareMetres(10), DurationSeconds = 180 });
        int index = RuralETownRuleSet.DeliverableIds.IndexOf("XY-8-2-MEDIA-MATRIX");

        Assert.Equal(
            [($"$.deliverables[{index}].area", "not-applicable"), ($"$.deliverables[{index}].durationSeconds", "not-applicable")],
            RuralETownRuleSet.Default.Validate(p).Problems.Select(x => (x.Path, x.Code)));
    }

    [Fact]
    public void Validate_PeriodOfTwentyOneYears_TooLong()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary() with { PeriodEnd = new DateOnly(2044, 12, 31) };

        Assert.Contains(RuralETownRuleSet.Default.Validate(p).Problems, x => x.Path == "$.periodEnd" && x.Code == "period-too-long");
    }

    [Fact]
    public void IsMet_EvidenceIncomplete_False()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-7-3-LOGISTICS-PLATFORM", d => d with { Evidence = [] });

        Assert.True(RuralETownRuleSet.Default.IsMet(XiangyuanSamples.AtBoundary(), XiangyuanSamples.AsOf));
        Assert.False(RuralETownRuleSet.Default.IsMet(p, XiangyuanSamples.AsOf));
    }

    [Fact]
    public void IsMet_InPrincipleWarning_True()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-6-3-INCUBATOR", d => d with { Count = 9 });

        Assert.True(RuralETownRuleSet.Default.IsMet(p, XiangyuanSamples.AsOf));
    }
}

public class RuralETownSchemaTests
{
    [Fact]
    public void GetFactsSchema_RuleSet_DescribesDeliverablesAndEvents()
    {
        string schema = RuralETownRuleSet.Default.GetFactsSchema().ToJsonString();

        Assert.Contains("\"deliverables\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"liveSellingEvents\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"waiverReason\"", schema, StringComparison.Ordinal);
    }
}
