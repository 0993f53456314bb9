using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Tests.Support;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownCitationTests
{
    [SkippableFact]
    public void Rules_EveryClauseFragment_AppearsVerbatimInSeed003()
    {
        string text = Repo.Seed("003");

        foreach (RuleDescriptor rule in RuralETownRuleSet.Default.Rules)
        {
            foreach (string fragment in rule.Citation.Clause.Split([";", "……"], StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(text.Contains(fragment, StringComparison.Ordinal), $"{rule.Id}: '{fragment}' is not in the seed");
            }

            Assert.Contains(rule.Citation.Section[2..].TrimEnd('.'), Sections(text), StringComparer.Ordinal);
        }
    }

    [Fact]
    public void Rules_EveryDeliverable_OneRuleInCatalogOrder()
    {
        Assert.Equal(44, RuralETownRuleSet.Default.Rules.Length);
        Assert.Equal(RuralETownRuleSet.DeliverableIds.ToArray(), RuralETownRuleSet.Default.Rules.Select(r => r.Id).ToArray());
        Assert.All(RuralETownRuleSet.Default.Rules, r => Assert.StartsWith("三、(", r.Citation.Section, StringComparison.Ordinal));
    }

    /// <summary>"(一)1" … from the seed's headings: the current (X) and each numbered item under it.</summary>
    private static HashSet<string> Sections(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        string current = string.Empty;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.StartsWith('(') && line.Length > 1 && !char.IsAsciiDigit(line[1]) && line.IndexOf(')', StringComparison.Ordinal) is > 0 and < 4)
            {
                current = line[..(line.IndexOf(')', StringComparison.Ordinal) + 1)];
            }
            else if (line.Length > 2 && char.IsAsciiDigit(line[0]) && line[1] == '.')
            {
                result.Add(current + line[0]);
            }
        }

        return result;
    }
}

public class RuralETownDescriptorTests
{
    [Theory]
    [InlineData("XY-9-3-EMPLOYMENT", LiveCommerce.Rules.Engine.Comparison.MoreThan)]
    [InlineData("XY-9-1-RETAIL", LiveCommerce.Rules.Engine.Comparison.AtLeast)]
    [InlineData("XY-8-2-MEDIA-MATRIX", LiveCommerce.Rules.Engine.Comparison.AtLeast)]
    public void Rules_Descriptor_CarriesTheComparisonItsWordingImplies(string id, LiveCommerce.Rules.Engine.Comparison expected) =>
        Assert.Equal(expected, RuralETownRuleSet.Default.Rules.Single(r => r.Id == id).Comparison);

    [Fact]
    public void ParameterDefinitions_InPrincipleAndHardDefaults_AsInTheSeed()
    {
        Dictionary<string, decimal?> defaults = RuralETownRuleSet.ParameterDefinitions.ToDictionary(d => d.Key, d => d.DefaultValue);

        Assert.Equal(2000m, defaults["XY-6-1-SERVICE-CENTRE"]);
        Assert.Equal(700m, defaults["XY-6-2-EXPERIENCE-CENTRE"]);
        Assert.Equal(500m, defaults["XY-7-1-LOGISTICS-CENTRE"]);
        Assert.Equal(30_000_000m, defaults["XY-9-1-RETAIL"]);
        Assert.Equal(10m, defaults["XY-9-1-RETAIL-GROWTH"]);
        Assert.Equal(60m, defaults["XY-9-2-NEW-ENTITIES-ECOMMERCE"]);
        Assert.Equal(150m, defaults["XY-9-3-EMPLOYMENT"]);
        Assert.Equal(1m, defaults["XY-4-8-WEEKLY-LIVE"]);
    }
}
