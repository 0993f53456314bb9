using System.Globalization;
using System.Text;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Catalog;

/// <summary>Writes the catalog as Markdown: the text of docs/rules.md, generated from the code so it cannot drift.</summary>
public static class CatalogMarkdown
{
    /// <summary>The catalog as a Markdown document.</summary>
    public static string Write(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var md = new StringBuilder();
        md.Append("# Rule catalog\n\n");
        md.Append("Generated from the code by `CatalogMarkdown.Write(RuleCatalog.Default)`; a test fails when this file drifts.\n");
        md.Append("Regenerate with `LCR_UPDATE_APPROVED=1 dotnet test` (see Contributing in README.md).\n\n");
        int implemented = catalog.Entries.Count(e => e.Implemented);
        md.Append(CultureInfo.InvariantCulture, $"{implemented} of {catalog.Entries.Length} catalogued clauses are implemented.\n\n");

        md.Append("## Rule sets\n\n| id | version | title | document | status | rules |\n|---|---|---|---|---|---|\n");
        foreach (RuleSet r in catalog.RuleSets)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{r.Id}` | {r.Version} | {r.Title.ZhCn}<br>{r.Title.En} | {r.Info.Document.Title.ZhCn} ({r.Info.Document.IssuedOn:yyyy-MM-dd}) | {r.Status} | {r.Rules.Length} |\n");
        }

        foreach (RuleSet r in catalog.RuleSets)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## `{r.Id}` — {r.Title.En}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"{r.Title.ZhCn}. Source: 《{r.Info.Document.Title.ZhCn}》");
            md.Append(r.Info.Document.Reference is { } reference ? $" {reference}" : string.Empty);
            md.Append(CultureInfo.InvariantCulture, $", issued {r.Info.Document.IssuedOn:yyyy-MM-dd} by {r.Info.Document.Issuer.ZhCn}.\n\n");
            md.Append("| rule id | section | clause (verbatim) | comparison | severity | parameters |\n|---|---|---|---|---|---|\n");
            foreach (RuleDescriptor d in r.Rules)
            {
                string parameters = string.Join("<br>", r.Parameters.Definitions.Where(p => d.ParameterKeys.Contains(p.Key)).Select(p => FormatParameter(p, d.Severity == Severity.InPrinciple)));
                md.Append(CultureInfo.InvariantCulture, $"| `{d.Id}` | {d.Citation.Section} | {Clause(d.Citation)}<br>*{d.Citation.Summary}* | {(d.Comparison is { } c ? c.Symbol() : "—")} | {d.Severity} | {(parameters.Length == 0 ? "—" : parameters)} |\n");
            }

            if (r.Info.EffectiveWindow is { } window)
            {
                md.Append(CultureInfo.InvariantCulture, $"\nApplies {window} (an as-of date outside is reported as a notice).\n");
            }

            if (!r.Info.Deadlines.IsEmpty)
            {
                md.Append("\nDeadlines reported as notices once past: ");
                md.Append(string.Join("; ", r.Info.Deadlines.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Label.En} ({d.Date:yyyy-MM-dd})"))));
                md.Append(".\n");
            }
        }

        md.Append("\n## Not implemented yet\n\n");
        if (catalog.Entries.All(e => e.Implemented))
        {
            md.Append("None: every catalogued clause is evaluated by a rule set.\n");
            return md.ToString();
        }

        md.Append("These clauses are catalogued but no rule set evaluates them; reports never list them.\n\n| rule id | document | clause | requirement |\n|---|---|---|---|\n");
        foreach (CatalogEntry e in catalog.Entries.Where(e => !e.Implemented))
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{e.RuleId}` | {e.DocumentId} | {Cell(e.Clause)} | {Cell(e.Summary)} |\n");
        }

        return md.ToString();
    }

    /// <summary>The clause as one verbatim passage, or its fragments one per line, each with its own section: fragments from
    /// different places are never joined into what would read as one clause.</summary>
    private static string Clause(Citation citation) =>
        citation.Fragments is { Count: > 0 } fragments
            ? string.Join("<br>", fragments.Select(f => $"{f.Section} {f.Text}"))
            : citation.Clause;

    private static string FormatParameter(ParameterDefinition p, bool ruleInPrinciple) =>
        p.IsThreshold
            ? string.Create(CultureInfo.InvariantCulture, $"`{p.Key}` {p.Comparison!.Value.Symbol()} {p.DefaultValue:0.##} {p.Unit} ({p.Wording}){(p.InPrinciple || ruleInPrinciple ? ", **原则上 (in principle): a shortfall is a warning, not a failure**" : string.Empty)}{(p.TighteningOnly ? ", may only be tightened" : string.Empty)}")
            : string.Create(CultureInfo.InvariantCulture, $"`{p.Key}` {p.Unit}, no default: {p.Label.En}");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
