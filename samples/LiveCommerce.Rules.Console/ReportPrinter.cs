using System.Text;
using LiveCommerce.Rules.Engine;
using Xiangyuan = LiveCommerce.Rules.Xiangyuan;

namespace LiveCommerce.Rules.ConsoleHost;

/// <summary>Prints a report clause by clause, for a person at a terminal.</summary>
internal static class ReportPrinter
{
    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    public static string Print(Report report, RuleSet ruleSet, ReportLanguage lang)
    {
        bool zh = lang == ReportLanguage.ChineseSimplified;
        var text = new StringBuilder();
        text.AppendLine(Inv, $"{report.Title.Get(lang)}  ({report.RuleSetId} {report.RuleSetVersion})");
        text.AppendLine(Inv, $"{(zh ? "依据:" : "Source: ")}《{ruleSet.Info.Document.Title.Get(lang)}》 {ruleSet.Info.Document.IssuedOn:yyyy-MM-dd}");
        text.AppendLine((zh ? "评估日期:" : "As of: ") + report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        text.AppendLine((zh ? "结论:" : "Outcome: ") + OutcomeText(report.Outcome, zh));
        text.AppendLine();
        foreach (Finding f in report.Findings)
        {
            text.AppendLine(Inv, $"{Mark(f.Outcome)} {f.RuleId}  {f.Message.Get(lang)}");
            text.AppendLine(Inv, $"    {f.Citation.Section} {f.Citation.Clause}");
            foreach (LocalizedText note in f.Notes)
            {
                text.AppendLine(Inv, $"    · {note.Get(lang)}");
            }

            if (f.Amount is { } amount)
            {
                text.AppendLine(Inv, $"    {(amount.Kind == AmountKind.Cap ? (zh ? "上限" : "Cap") : (zh ? "金额" : "Amount"))}: {amount.Label.Get(lang)} = {amount.Value} ({amount.Formula})");
            }
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

        if (report.RuleSetId == Xiangyuan.RuralETown.RuralETownRuleSet.RuleSetId)
        {
            text.AppendLine();
            text.AppendLine(Xiangyuan.RuralETown.AcceptanceSheet.From(report).Format(lang, withNotes: false));
        }

        text.AppendLine();
        text.Append((zh ? "指纹(SHA-256):" : "Fingerprint (SHA-256): ") + report.Fingerprint);
        return text.ToString();
    }

    public static string Problems(ValidationResult result, ReportLanguage lang)
    {
        var text = new StringBuilder();
        text.AppendLine(lang == ReportLanguage.ChineseSimplified ? $"输入数据无效,共 {result.Problems.Length} 个问题:" : $"The input is invalid ({result.Problems.Length} problem(s)):");
        foreach (ValidationProblem p in result.Problems)
        {
            text.AppendLine(Inv, $"  {p.Path}  [{p.Code}]  {p.Message.Get(lang)}{(p.AttemptedValue is null ? "" : $"  ({p.AttemptedValue})")}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Mark(Outcome outcome) => outcome switch
    {
        Outcome.Met => "[✓]",
        Outcome.NotMet => "[✗]",
        Outcome.Warning => "[!]",
        Outcome.NotApplicable => "[-]",
        Outcome.EvidenceIncomplete => "[…]",
        _ => "[?]",
    };

    private static string OutcomeText(ReportOutcome outcome, bool zh) => outcome switch
    {
        ReportOutcome.Met => zh ? "全部符合" : "all requirements met",
        ReportOutcome.MetWithWarnings => zh ? "符合(有原则性要求未满足)" : "met, with in-principle warnings",
        ReportOutcome.NotMet => zh ? "不符合" : "not met",
        ReportOutcome.EvidenceIncomplete => zh ? "佐证资料不全(要求已满足,部分佐证资料缺失)" : "evidence incomplete (requirements met, some evidence documents missing)",
        _ => zh ? "不完整(缺少参数,部分条款未检查)" : "incomplete (missing parameters: some clauses not checked)",
    };
}
