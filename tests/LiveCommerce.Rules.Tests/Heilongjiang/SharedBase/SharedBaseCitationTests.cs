using System.Text.RegularExpressions;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

public partial class SharedBaseCitationTests
{
    public static TheoryData<string> RuleIds() =>
        [.. SharedBaseRuleSet.Default.Rules.Concat(SharedBaseCityRuleSet.Default.Rules).Select(r => r.Id)];

    private static RuleDescriptor Descriptor(string id) =>
        SharedBaseRuleSet.Default.Rules.Concat(SharedBaseCityRuleSet.Default.Rules).Single(r => r.Id == id);

    [SkippableTheory]
    [MemberData(nameof(RuleIds))]
    public void Citation_Clause_IsVerbatimInTheSeed(string ruleId)
    {
        string seed = Whitespace().Replace(Repo.Seed("000"), "");
        RuleDescriptor rule = Descriptor(ruleId);

        Assert.All(
            rule.Citation.Clause.Split("……", StringSplitOptions.RemoveEmptyEntries),
            part => Assert.Contains(Whitespace().Replace(part, ""), seed, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_EveryRule_MandatoryWithSummaryAndSection(string ruleId)
    {
        RuleDescriptor rule = Descriptor(ruleId);

        Assert.Equal(Severity.Mandatory, rule.Severity);
        Assert.False(string.IsNullOrWhiteSpace(rule.Citation.Summary));
        if (rule.Id == "HLJ-ACT-TARGET-BLACKLIST")
        {
            return; // the reusable fund-discipline rule cites the assistance plan, which both plans share word for word
        }

        Assert.StartsWith("HLJ-BASE-", rule.Id, StringComparison.Ordinal);
        Assert.Matches("^[四六七]、", rule.Citation.Section);
    }

    [Fact]
    public void Parameters_EveryThresholdRuleHasItsParameterWithTheDocumentDefault()
    {
        Assert.Equal(12m, SharedBaseRuleSet.Default.Parameters.ValueOf("HLJ-BASE-OPERATOR"));
        Assert.Equal(2000m, SharedBaseRuleSet.Default.Parameters.ValueOf("HLJ-BASE-AREA"));
        Assert.Equal(10m, SharedBaseRuleSet.Default.Parameters.ValueOf("HLJ-BASE-TENANTS"));
        Assert.Equal(10m, SharedBaseRuleSet.Default.Parameters.ValueOf("HLJ-BASE-LIVE-ROOMS"));
        Assert.Equal(30_000_000m, SharedBaseRuleSet.Default.Parameters.ValueOf("HLJ-BASE-RETAIL"));
        Assert.Equal(5_000_000m, SharedBaseRuleSet.Default.Parameters.ValueOf("HLJ-BASE-INVESTMENT"));
        Assert.Equal(50m, SharedBaseCityRuleSet.Default.Parameters.ValueOf("HLJ-BASE-INSPECTION"));
        Assert.All(SharedBaseRuleSet.ParameterDefinitions, d => Assert.Equal(Comparison.AtLeast, d.Comparison));
        Assert.All(SharedBaseRuleSet.ParameterDefinitions, d => Assert.True(d.TighteningOnly));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
