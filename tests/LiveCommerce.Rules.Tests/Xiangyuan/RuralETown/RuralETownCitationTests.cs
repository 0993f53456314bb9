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
            foreach (CitationFragment fragment in rule.Citation.Fragments ?? [new CitationFragment(rule.Citation.Section, rule.Citation.Clause)])
            {
                // Each fragment is one verbatim passage of one line of the seed (no "……" gaps inside).
                string[] lines = [.. text.Split('\n').Where(l => l.Contains(fragment.Text, StringComparison.Ordinal)).Select(l => l.Trim())];
                Assert.True(lines.Length > 0, $"{rule.Id}: '{fragment.Text}' is not one passage of the seed");
                Assert.StartsWith(rule.Citation.Section, fragment.Section, StringComparison.Ordinal);

                // "…(1)2)" names item 2) of the basic requirements: the passage is on that item's line.
                string item = fragment.Section[rule.Citation.Section.Length..];
                if (item.Length > 3 && rule.Citation.Section.StartsWith("三、", StringComparison.Ordinal))
                {
                    Assert.True(lines.Any(l => l.StartsWith(item[3..], StringComparison.Ordinal)), $"{rule.Id}: '{fragment.Text}' is not item {item}");
                }
            }

            if (rule.Citation.Section.StartsWith("二、", StringComparison.Ordinal))
            {
                // 二、项目固定执行标准: a heading such as "(五)项目资料" between 二、 and 三、.
                string fixedPart = text[text.IndexOf("二、项目固定执行标准", StringComparison.Ordinal)..text.IndexOf("三、实施内容执行标准", StringComparison.Ordinal)];
                Assert.Contains("\n" + rule.Citation.Section[2..], fixedPart, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(rule.Citation.Section[2..].TrimEnd('.'), Sections(text), StringComparer.Ordinal);
            }
        }
    }

    [Fact]
    public void Rules_EveryDeliverable_OneRuleInCatalogOrder()
    {
        // 5 fixed standards of 二 (issue 14 item 21), then the 44 deliverables of 三.
        Assert.Equal(49, RuralETownRuleSet.Default.Rules.Length);
        Assert.Equal(RuralETownRuleSet.DeliverableIds.ToArray(), RuralETownRuleSet.Default.Rules.Select(r => r.Id).ToArray());
        Assert.All(RuralETownRuleSet.Default.Rules.Take(5), r => Assert.StartsWith("二、(", r.Citation.Section, StringComparison.Ordinal));
        Assert.All(RuralETownRuleSet.Default.Rules.Skip(5), r => Assert.StartsWith("三、(", r.Citation.Section, StringComparison.Ordinal));
    }

    [Fact]
    public void Citation_FragmentsFromSeveralPlaces_KeptApartEachWithItsSection()
    {
        // Issue 14 item 26: "市场调研应结合…" and "市场调研应形成…" are items 1) and 2), not one clause.
        Citation c = RuralETownRuleSet.Default.Rules.Single(r => r.Id == "XY-1-1-RESEARCH").Citation;

        Assert.Equal(
            [("三、(一)1.(1)1)", "市场调研应结合主导产业规划进行调研方案策划"), ("三、(一)1.(1)2)", "市场调研应形成基本档案及调研报告")],
            c.Fragments!.Select(f => (f.Section, f.Text)));
        Assert.DoesNotContain(";", c.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesMarkdown_XiangyuanRows_FragmentsOnTheirOwnLinesAndInPrincipleThresholdsMarked()
    {
        string[] rows = LiveCommerce.Rules.Catalog.CatalogMarkdown.Write(LiveCommerce.Rules.Catalog.RuleCatalog.Default).Split('\n');
        string Row(string id) => rows.Single(r => r.StartsWith($"| `{id}` |", StringComparison.Ordinal));

        Assert.Contains("<br>三、(一)1.(1)2) 市场调研应形成基本档案及调研报告", Row("XY-1-1-RESEARCH"), StringComparison.Ordinal);
        Assert.Contains("`XY-6-1-SERVICE-CENTRE` ≥ 2000 SquareMetres (不小于), **原则上 (in principle)", Row("XY-6-1-SERVICE-CENTRE"), StringComparison.Ordinal);
        Assert.Contains("`XY-6-3-INCUBATOR` ≥ 10 Count (不少于), **原则上", Row("XY-6-3-INCUBATOR"), StringComparison.Ordinal);
        Assert.DoesNotContain("原则上 (in principle)", Row("XY-6-2-EXPERIENCE-CENTRE"), StringComparison.Ordinal);
        Assert.DoesNotContain("`XY-6-1-SERVICE-CENTRE-LIVE-ROOMS` ≥ 3 Count (达), **原则上", Row("XY-6-1-SERVICE-CENTRE"), StringComparison.Ordinal);
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
