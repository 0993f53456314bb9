using LiveCommerce.Rules.DependencyInjection;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;

namespace LiveCommerce.Rules.Tests.Hosts;

/// <summary>Issue 17: an override written as text is parsed strictly, in its parameter's unit and kind.</summary>
public sealed class StrictParameterTests
{
    private static ParameterDefinition Definition(string key) => SharedBaseRuleSet.ParameterDefinitions.Single(d => d.Key == key);

    [Theory]
    [InlineData("HLJ-BASE-AREA", "2500", 2500)]
    [InlineData("HLJ-BASE-AREA", "2500.5", 2500.5)]
    [InlineData("HLJ-BASE-AREA", "0", 0)]
    [InlineData("HLJ-BASE-AREA", "-1", -1)] // parsed; the range check refuses it when the override is applied
    [InlineData("HLJ-BASE-OPERATOR", "24", 24)]
    [InlineData("HLJ-BASE-OPERATOR", "24.0", 24)]
    public void TryParseValue_PlainDigits_Accepted(string key, string text, double expected)
    {
        Assert.True(Definition(key).TryParseValue(text, out decimal value, out string? problem), problem);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("HLJ-BASE-AREA", "2,500")]
    [InlineData("HLJ-BASE-AREA", "2500m2")]
    [InlineData("HLJ-BASE-AREA", "２５００")]
    [InlineData("HLJ-BASE-AREA", "")]
    [InlineData("HLJ-BASE-AREA", null)]
    [InlineData("HLJ-BASE-AREA", " 2500")]
    [InlineData("HLJ-BASE-AREA", "2500 ")]
    [InlineData("HLJ-BASE-AREA", "2.5e3")]
    [InlineData("HLJ-BASE-AREA", "+2500")]
    [InlineData("HLJ-BASE-AREA", ".5")]
    [InlineData("HLJ-BASE-AREA", "5.")]
    [InlineData("HLJ-BASE-AREA", "2500,5")]
    [InlineData("HLJ-BASE-AREA", "٢٥٠٠")]
    [InlineData("HLJ-BASE-AREA", "99999999999999999999999999999999")]
    [InlineData("HLJ-BASE-OPERATOR", "24.4")]
    [InlineData("HLJ-BASE-OPERATOR", "12.000001")]
    public void TryParseValue_AnythingElse_RefusedNamingKeyAndText(string key, string? text)
    {
        Assert.False(Definition(key).TryParseValue(text, out _, out string? problem));
        Assert.Contains(key, problem, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_FractionOfAWholeNumberParameter_IsAProblem()
    {
        var options = new LiveCommerceRulesOptions().Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-OPERATOR", 24.4m);

        string problem = Assert.Single(options.Validate());

        Assert.Contains("HLJ-BASE-OPERATOR = 24.4 is not a whole number of Months", problem, StringComparison.Ordinal);
        Assert.Throws<RuleConfigurationException>(options.BuildCatalog);
    }

    [Fact]
    public void Options_WholeMonths_AreAccepted()
    {
        var options = new LiveCommerceRulesOptions().Override(SharedBaseRuleSet.RuleSetId, "HLJ-BASE-OPERATOR", 24m);

        Assert.Empty(options.Validate());
    }
}
