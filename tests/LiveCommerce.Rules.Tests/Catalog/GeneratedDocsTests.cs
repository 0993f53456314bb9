using System.Text.Json;
using System.Text.RegularExpressions;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Catalog;

/// <summary>
/// docs/rules.md and docs/schemas/*.json are generated from the code; these tests fail when they drift.
/// Regenerate with <c>LCR_UPDATE_APPROVED=1 dotnet test</c>.
/// </summary>
public partial class GeneratedDocsTests
{
    [Fact]
    public void RulesMarkdown_MatchesTheCodesCatalog()
    {
        string path = Repo.Path("docs", "rules.md");
        string expected = CatalogMarkdown.Write(RuleCatalog.Default);
        if (Repo.UpdateApproved("LCR_UPDATE_APPROVED"))
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing: run LCR_UPDATE_APPROVED=1 dotnet test");
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"), "docs/rules.md drifted from the code's catalog: run LCR_UPDATE_APPROVED=1 dotnet test");
    }

    [Fact]
    public void FactsSchemas_MatchTheCode()
    {
        var drifted = new List<string>();
        foreach (RuleSet ruleSet in RuleCatalog.Default.RuleSets)
        {
            string path = Repo.Path("docs", "schemas", ruleSet.Id + ".facts.schema.json");
            string expected = ruleSet.GetFactsSchema().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
            if (Repo.UpdateApproved("LCR_UPDATE_APPROVED"))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, expected);
            }

            if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != expected)
            {
                drifted.Add(path);
            }
        }

        Assert.True(drifted.Count == 0, "Schemas drifted (run LCR_UPDATE_APPROVED=1 dotnet test): " + string.Join(", ", drifted));
    }

    [Fact]
    public void Catalog_ListsEveryRuleIdOfTheSpec_ImplementedOrNot()
    {
        string spec = File.ReadAllText(Path.Combine(Repo.Shared, "spec", "rule-catalog.md"));
        var specIds = RuleIdRow().Matches(spec).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var catalogIds = RuleCatalog.Default.Entries.Select(e => e.RuleId).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(specIds.Except(catalogIds));
        // The spec is a floor: the project's own catalog may add ids (issue 14's uncatalogued clauses), each implemented.
        Assert.All(catalogIds.Except(specIds), id => Assert.True(RuleCatalog.Default.Entries.Single(e => e.RuleId == id).Implemented, id));
    }

    [Fact]
    public void Catalog_MarksImplementedExactlyTheRulesSomeRuleSetEvaluates()
    {
        var evaluated = RuleCatalog.Default.RuleSets.SelectMany(r => r.Rules).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        foreach (CatalogEntry entry in RuleCatalog.Default.Entries)
        {
            Assert.Equal(evaluated.Contains(entry.RuleId), entry.Implemented);
        }

        Assert.Equal(RuleCatalog.Default.Entries.Length, RuleCatalog.Default.Entries.Select(e => e.RuleId).Distinct().Count());
    }

    [GeneratedRegex(@"^\| ([A-Z]{2,3}-[A-Z0-9-]+) \|", RegexOptions.Multiline)]
    private static partial Regex RuleIdRow();
}
