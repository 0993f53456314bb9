using System.Globalization;
using System.Text;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Hosting;
using Spectre.Console;
using ValidationResult = LiveCommerce.Rules.Engine.ValidationResult;

namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>Renders reports as a terminal table (Spectre.Console: CJK-aware alignment) or as Markdown.</summary>
internal static class ReportRendering
{
    public static void WriteTable(IAnsiConsole console, Report report, RuleSet ruleSet, ReportLanguage lang, ProgrammeWindow? window = null)
    {
        bool zh = lang == ReportLanguage.ChineseSimplified;
        console.MarkupLine($"[bold]{Markup.Escape(report.Title.Get(lang))}[/]  ({Markup.Escape(report.RuleSetId)} {Markup.Escape(report.RuleSetVersion)})");
        console.MarkupLine(Markup.Escape($"{(zh ? "依据" : "Source")}: 《{ruleSet.Info.Document.Title.Get(lang)}》{(ruleSet.Info.Document.Reference is { } r ? " " + r : "")} {ruleSet.Info.Document.IssuedOn:yyyy-MM-dd}"));
        console.MarkupLine(Markup.Escape($"{(zh ? "评估日期" : "As of")}: {report.AsOf:yyyy-MM-dd}"));
        console.MarkupLine($"{(zh ? "结论" : "Outcome")}: {Colour(report.Outcome, OutcomeText(report.Outcome, zh))}{(window is null ? "" : $" — [red]{Markup.Escape(WindowText(window, zh))}[/]")}");
        if (window is not null)
        {
            console.MarkupLine($"[red]![/] {Markup.Escape(window.Message.Get(lang))}");
        }

        console.MarkupLine(Markup.Escape(FailedCount(report, zh)));

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn(zh ? "结果" : "Outcome").NoWrap());
        table.AddColumn(new TableColumn(zh ? "条款" : "Rule").NoWrap());
        table.AddColumn(zh ? "说明" : "Finding");
        table.AddColumn(zh ? "依据" : "Citation");
        foreach (Finding f in report.Findings)
        {
            var detail = new StringBuilder(f.Message.Get(lang));
            foreach (LocalizedText note in f.Notes)
            {
                detail.Append("\n· ").Append(note.Get(lang));
            }

            if (f.Amount is { } amount)
            {
                detail.Append(CultureInfo.InvariantCulture, $"\n{(amount.Kind == AmountKind.Cap ? (zh ? "上限" : "cap") : (zh ? "金额" : "amount"))}: {amount.Label.Get(lang)} = {amount.Value} ({amount.Formula})");
            }

            table.AddRow(
                new Markup(Colour(f.Outcome, Mark(f.Outcome, zh))),
                new Text(f.RuleId),
                new Text(detail.ToString()),
                new Text($"{f.Citation.Section} {f.Citation.Clause}"));
        }

        console.Write(table);
        foreach (Notice n in report.Notices)
        {
            console.MarkupLine($"[yellow]![/] {Markup.Escape(n.Message.Get(lang))}");
        }

        console.MarkupLine(Markup.Escape($"{(zh ? "指纹(SHA-256)" : "Fingerprint (SHA-256)")}: {report.Fingerprint}"));
    }

    public static string Markdown(Report report, RuleSet ruleSet, ReportLanguage lang, ProgrammeWindow? window = null)
    {
        bool zh = lang == ReportLanguage.ChineseSimplified;
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {report.Title.Get(lang)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- {(zh ? "规则集" : "Rule set")}: `{report.RuleSetId}` {report.RuleSetVersion}\n");
        md.Append(CultureInfo.InvariantCulture, $"- {(zh ? "依据" : "Source")}: 《{ruleSet.Info.Document.Title.Get(lang)}》 {ruleSet.Info.Document.IssuedOn:yyyy-MM-dd}\n");
        md.Append(CultureInfo.InvariantCulture, $"- {(zh ? "评估日期" : "As of")}: {report.AsOf:yyyy-MM-dd}\n");
        md.Append(CultureInfo.InvariantCulture, $"- {(zh ? "结论" : "Outcome")}: **{OutcomeText(report.Outcome, zh)}**{(window is null ? "" : $" — **{WindowText(window, zh)}**")}\n");
        md.Append(CultureInfo.InvariantCulture, $"- {FailedCount(report, zh)}\n\n");
        if (window is not null)
        {
            md.Append(CultureInfo.InvariantCulture, $"> **{window.Message.Get(lang)}**\n\n");
        }

        md.Append(zh ? "| 结果 | 条款 | 说明 | 依据 |\n|---|---|---|---|\n" : "| Outcome | Rule | Finding | Citation |\n|---|---|---|---|\n");
        foreach (Finding f in report.Findings)
        {
            string detail = string.Join("<br>", new[] { f.Message.Get(lang) }.Concat(f.Notes.Select(n => "· " + n.Get(lang))));
            if (f.Amount is { } amount)
            {
                detail += string.Create(CultureInfo.InvariantCulture, $"<br>{amount.Label.Get(lang)} = {amount.Value} ({amount.Formula})");
            }

            md.Append(CultureInfo.InvariantCulture, $"| {Mark(f.Outcome, zh)} | `{f.RuleId}` | {Cell(detail)} | {Cell(f.Citation.Section + " " + f.Citation.Clause)} |\n");
        }

        foreach (Notice n in report.Notices)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n> {n.Message.Get(lang)}\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\n{(zh ? "指纹(SHA-256)" : "Fingerprint (SHA-256)")}: `{report.Fingerprint}`\n");
        return md.ToString();
    }

    public static void WriteProblems(Output output, ValidationResult result, ReportLanguage lang, bool markdown)
    {
        bool zh = lang == ReportLanguage.ChineseSimplified;
        string heading = result.IsTruncated
            ? (zh ? $"输入数据无效,共 {result.ProblemCount} 个问题(列出前 {result.Problems.Length} 个):" : $"The input is invalid ({result.ProblemCount} problem(s), the first {result.Problems.Length} listed):")
            : (zh ? $"输入数据无效,共 {result.Problems.Length} 个问题:" : $"The input is invalid ({result.Problems.Length} problem(s)):");
        if (markdown)
        {
            var md = new StringBuilder(heading).Append("\n\n| path | code | message |\n|---|---|---|\n");
            foreach (ValidationProblem p in result.Problems)
            {
                md.Append(CultureInfo.InvariantCulture, $"| `{p.Path}` | {p.Code} | {Cell(p.Message.Get(lang))} |\n");
            }

            output.Out.Write(md.ToString());
            return;
        }

        output.Console.MarkupLine($"[red]{Markup.Escape(heading)}[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumns(zh ? "路径" : "path", zh ? "代码" : "code", zh ? "说明" : "message", zh ? "提交值" : "given");
        foreach (ValidationProblem p in result.Problems)
        {
            table.AddRow(new Text(p.Path), new Text(p.Code), new Text(p.Message.Get(lang)), new Text(p.AttemptedValue ?? ""));
        }

        output.Console.Write(table);
    }

    private static string WindowText(ProgrammeWindow window, bool zh) => window.Status == WindowStatus.Closed
        ? (zh ? $"已截止({window.Date:yyyy-MM-dd})" : $"programme closed ({window.Date:yyyy-MM-dd})")
        : (zh ? $"尚未开放({window.Date:yyyy-MM-dd} 起)" : $"programme not yet open (opens {window.Date:yyyy-MM-dd})");

    /// <summary>How many clauses failed, of how many: the first thing a reader of a long report wants.</summary>
    private static string FailedCount(Report report, bool zh)
    {
        int failed = report.Findings.Count(f => f.Outcome is Outcome.NotMet or Outcome.EvidenceIncomplete);
        int unchecked_ = report.Findings.Count(f => f.Outcome == Outcome.NotEvaluated);
        return zh
            ? $"不符合 {failed} 条,未检查 {unchecked_} 条,共 {report.Findings.Length} 条"
            : $"{failed} of {report.Findings.Length} clauses not met, {unchecked_} not checked";
    }

    private static string Mark(Outcome outcome, bool zh) => outcome switch
    {
        Outcome.Met => zh ? "✓ 符合" : "✓ met",
        Outcome.NotMet => zh ? "✗ 不符合" : "✗ not met",
        Outcome.Warning => zh ? "! 警告" : "! warning",
        Outcome.NotApplicable => zh ? "- 不适用" : "- n/a",
        Outcome.EvidenceIncomplete => zh ? "✗ 佐证不全" : "✗ evidence incomplete",
        _ => zh ? "? 未检查" : "? not checked",
    };

    private static string Colour(Outcome outcome, string text) => outcome switch
    {
        Outcome.Met => $"[green]{Markup.Escape(text)}[/]",
        Outcome.NotMet or Outcome.EvidenceIncomplete => $"[red]{Markup.Escape(text)}[/]",
        Outcome.Warning or Outcome.NotEvaluated => $"[yellow]{Markup.Escape(text)}[/]",
        _ => $"[grey]{Markup.Escape(text)}[/]",
    };

    private static string Colour(ReportOutcome outcome, string text) => outcome switch
    {
        ReportOutcome.Met => $"[green]{Markup.Escape(text)}[/]",
        ReportOutcome.NotMet or ReportOutcome.EvidenceIncomplete => $"[red]{Markup.Escape(text)}[/]",
        _ => $"[yellow]{Markup.Escape(text)}[/]",
    };

    private static string OutcomeText(ReportOutcome outcome, bool zh) => outcome switch
    {
        ReportOutcome.Met => zh ? "全部符合" : "all requirements met",
        ReportOutcome.MetWithWarnings => zh ? "符合(有原则性要求未满足)" : "met, with in-principle warnings",
        ReportOutcome.NotMet => zh ? "不符合" : "not met",
        ReportOutcome.EvidenceIncomplete => zh ? "佐证材料不全" : "evidence incomplete",
        _ => zh ? "不完整(缺少参数,部分条款未检查)" : "incomplete (missing parameters: some clauses not checked)",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
