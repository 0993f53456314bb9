using System.Globalization;
using System.Text;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;

namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>Prints a goal-progress report goal by goal, for a person at a terminal.</summary>
internal static class GoalProgressPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Print(GoalProgressReport report, RuleSet goalSet, ReportLanguage lang)
    {
        bool zh = lang == ReportLanguage.ChineseSimplified;
        var text = new StringBuilder();
        text.AppendLine(Inv, $"{report.Title.Get(lang)}  ({report.GoalSetId} {report.Version})");
        text.AppendLine(Inv, $"{(zh ? "依据:" : "Source: ")}《{goalSet.Info.Document.Title.Get(lang)}》 {goalSet.Info.Document.IssuedOn:yyyy-MM-dd}");
        text.AppendLine((zh ? "评估日期:" : "As of: ") + report.AsOf.ToString("yyyy-MM-dd", Inv));
        text.AppendLine(Inv, $"{(zh ? "已达成:" : "Met: ")}{report.MetCount}/{report.Goals.Length}");
        text.AppendLine();
        foreach (GoalProgress g in report.Goals)
        {
            text.AppendLine(Inv, $"{Mark(g.Status)} {g.Indicator}  {g.Label.Get(lang)}");
            text.AppendLine(Inv, $"    {(zh ? "实际" : "actual")} {g.FormatValue(lang)} / {(zh ? "目标" : "target")} {g.Target.Format(lang)} ({g.Target.Wording}) = {g.FormatPercentOfTarget()}  {(zh ? "期限" : "due")} {g.Deadline:yyyy-MM-dd}  → {Status(g.Status, zh)}");
            if (!g.MissingFigures.IsEmpty)
            {
                text.AppendLine(Inv, $"    {(zh ? "缺少数据:" : "missing: ")}{string.Join(", ", g.MissingFigures)}");
            }

            text.AppendLine(Inv, $"    {g.Citation.Section} {g.Citation.Clause}");
        }

        if (!report.MissingFigures.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine((zh ? "缺少的数据:" : "Figures missing: ") + string.Join(", ", report.MissingFigures));
        }

        if (!report.Notices.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine(zh ? "提示:" : "Notices:");
            foreach (Notice n in report.Notices)
            {
                text.AppendLine(Inv, $"  ! {n.Message.Get(lang)}");
            }
        }

        text.AppendLine();
        text.Append((zh ? "指纹(SHA-256):" : "Fingerprint (SHA-256): ") + report.Fingerprint);
        return text.ToString();
    }

    /// <summary>The same report as Markdown: a heading, the facts of the evaluation and one table row per goal.</summary>
    public static string Markdown(GoalProgressReport report, RuleSet goalSet, ReportLanguage lang)
    {
        bool zh = lang == ReportLanguage.ChineseSimplified;
        var md = new StringBuilder();
        md.Append(Inv, $"# {report.Title.Get(lang)}\n\n");
        md.Append(Inv, $"- {(zh ? "目标集" : "Goal set")}: `{report.GoalSetId}` {report.Version}\n");
        md.Append(Inv, $"- {(zh ? "依据" : "Source")}: 《{goalSet.Info.Document.Title.Get(lang)}》 {goalSet.Info.Document.IssuedOn:yyyy-MM-dd}\n");
        md.Append(Inv, $"- {(zh ? "评估日期" : "As of")}: {report.AsOf:yyyy-MM-dd}\n");
        md.Append(Inv, $"- {(zh ? "已达成" : "Met")}: **{report.MetCount}/{report.Goals.Length}**\n\n");
        md.Append(zh ? "| 状态 | 指标 | 目标 | 实际 | 完成 | 期限 | 依据 |\n|---|---|---|---|---|---|---|\n" : "| Status | Indicator | Target | Actual | Of target | Due | Citation |\n|---|---|---|---|---|---|---|\n");
        foreach (GoalProgress g in report.Goals)
        {
            string missing = g.MissingFigures.IsEmpty ? "" : $"<br>{(zh ? "缺少数据:" : "missing: ")}{string.Join(", ", g.MissingFigures)}";
            md.Append(Inv, $"| {Mark(g.Status)} {Status(g.Status, zh)} | {Cell($"{g.Indicator} {g.Label.Get(lang)}")} | {Cell($"{g.Target.Wording} {g.Target.Format(lang)}")} | {Cell(g.FormatValue(lang))}{missing} | {g.FormatPercentOfTarget()} | {g.Deadline:yyyy-MM-dd} | {Cell($"{g.Citation.Section} {g.Citation.Clause}")} |\n");
        }

        foreach (Notice n in report.Notices)
        {
            md.Append(Inv, $"\n> {n.Message.Get(lang)}\n");
        }

        md.Append(Inv, $"\n{(zh ? "指纹(SHA-256)" : "Fingerprint (SHA-256)")}: `{report.Fingerprint}`\n");
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    private static string Mark(GoalStatus status) => status switch
    {
        GoalStatus.Met => "[✓]",
        GoalStatus.NotMet => "[✗]",
        GoalStatus.NotYetDue => "[…]",
        _ => "[?]",
    };

    private static string Status(GoalStatus status, bool zh) => status switch
    {
        GoalStatus.Met => zh ? "已达成" : "met",
        GoalStatus.NotMet => zh ? "未达成(期限已过)" : "not met (deadline passed)",
        GoalStatus.NotYetDue => zh ? "未达成(期限未到)" : "not yet reached (not yet due)",
        _ => zh ? "缺少数据" : "figure missing",
    };
}
