using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Tests.Support;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownCitationTests
{
    [Fact]
    public void Rules_EveryClauseFragment_AppearsVerbatimInSeed003()
    {
        string seedFolder = Repo.Shared is { } shared ? Path.Combine(shared, "seeds") : "/work/shared/seeds";
        string? seed = Directory.Exists(seedFolder) ? Directory.GetFiles(seedFolder, "003_*.txt").SingleOrDefault() : null;
        if (seed is null)
        {
            return; // the shared seeds are not beside this checkout (a packaged build): nothing to compare with
        }

        string text = File.ReadAllText(seed!);

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
