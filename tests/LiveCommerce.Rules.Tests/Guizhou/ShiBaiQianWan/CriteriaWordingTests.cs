using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

/// <summary>Issue 14, item 17: a host-supplied criterion whose wording and comparison disagree is refused.</summary>
public class CriteriaWordingTests
{
    private static DemonstrationCriteria With(Comparison comparison, string wording)
    {
        DemonstrationCriteria criteria = GuizhouFacts.Criteria();
        Criterion criterion = criteria.Categories[0].Criteria[0] with { Comparison = comparison, Wording = wording };
        return criteria with { Categories = [criteria.Categories[0] with { Criteria = [criterion] }] };
    }

    [Theory]
    [InlineData(Comparison.AtLeast, "以上")]
    [InlineData(Comparison.AtLeast, "不低于")]
    [InlineData(Comparison.AtLeast, "不少于")]
    [InlineData(Comparison.AtLeast, "达到")]
    [InlineData(Comparison.MoreThan, "超过")]
    [InlineData(Comparison.AtMost, "不超过")]
    [InlineData(Comparison.AtMost, "以下")]
    [InlineData(Comparison.LessThan, "不满")]
    [InlineData(Comparison.LessThan, "低于")]
    public void Validate_WordingAgreesWithComparison_Accepted(Comparison comparison, string wording)
    {
        Assert.True(With(comparison, wording).Validate().IsValid);
    }

    [Theory]
    [InlineData(Comparison.MoreThan, "以上")]      // 以上 includes the number
    [InlineData(Comparison.AtLeast, "超过")]       // 超过 excludes it
    [InlineData(Comparison.LessThan, "以下")]
    [InlineData(Comparison.AtMost, "不满")]
    [InlineData(Comparison.LessThan, "不低于")]    // 不低于 is not 低于
    [InlineData(Comparison.MoreThan, "不超过")]    // 不超过 is not 超过
    public void Validate_WordingDisagreesWithComparison_RefusedAtTheComparison(Comparison comparison, string wording)
    {
        DemonstrationCriteria criteria = With(comparison, wording);

        Assert.Equal(["$.categories[0].criteria[0].comparison wording-mismatch"], GuizhouFacts.Problems(criteria.Validate()));
        var ex = Assert.Throws<RuleConfigurationException>(() => DemonstrationRuleSet.Create(criteria));
        Assert.Contains("wording-mismatch", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WordingWithoutAComparisonWord_Refused()
    {
        Assert.Equal(["$.categories[0].criteria[0].wording unknown-wording"], GuizhouFacts.Problems(With(Comparison.AtLeast, "大约").Validate()));
    }

    [Fact]
    public void Read_JsonWithMoreThanForYiShang_Refused()
    {
        byte[] json = """
            {"id":"x","source":"y","categories":[{"category":"enterprise","criteria":[
              {"indicator":"onlineRetail","labelZh":"年网络零售额","labelEn":"Annual online retail","comparison":"moreThan","value":20000000,"unit":"yuan","wording":"以上"}]}]}
            """u8.ToArray();

        ValidationResult result = DemonstrationCriteria.Read(json, out DemonstrationCriteria? criteria);

        Assert.Null(criteria);
        Assert.Equal(["$.categories[0].criteria[0].comparison wording-mismatch"], GuizhouFacts.Problems(result));
    }

    [Fact]
    public void Read_ShippedExampleCriteria_StillValid()
    {
        Assert.NotNull(GuizhouFacts.ExampleCriteria());
    }
}
