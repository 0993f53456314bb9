using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Xiangyuan.RuralETown;

/// <summary>Counts of findings by outcome, as an acceptance sheet totals them.</summary>
/// <param name="Met">Deliverables met (符合).</param>
/// <param name="NotMet">Deliverables not met (不符合).</param>
/// <param name="Warning">Deliverables with an in-principle shortfall (原则上要求未满足).</param>
/// <param name="EvidenceIncomplete">Deliverables met but with evidence missing (佐证资料不全).</param>
/// <param name="Other">Findings not applicable or not evaluated.</param>
public sealed record AcceptanceTotals(int Met, int NotMet, int Warning, int EvidenceIncomplete, int Other)
{
    /// <summary>Every finding counted.</summary>
    public int Total => Met + NotMet + Warning + EvidenceIncomplete + Other;

    /// <summary>Counts <paramref name="findings"/> by outcome.</summary>
    public static AcceptanceTotals Of(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        int met = 0, notMet = 0, warning = 0, evidence = 0, other = 0;
        foreach (Finding f in findings)
        {
            switch (f.Outcome)
            {
                case Outcome.Met: met++; break;
                case Outcome.NotMet: notMet++; break;
                case Outcome.Warning: warning++; break;
                case Outcome.EvidenceIncomplete: evidence++; break;
                default: other++; break;
            }
        }

        return new AcceptanceTotals(met, notMet, warning, evidence, other);
    }

    /// <summary>Formats as <c>符合 40 / 不符合 1 / 警告 1 / 佐证不全 1</c> or in English.</summary>
    public string Format(ReportLanguage language) => language == ReportLanguage.English
        ? string.Create(CultureInfo.InvariantCulture, $"met {Met} / not met {NotMet} / warning {Warning} / evidence incomplete {EvidenceIncomplete}{(Other > 0 ? $" / other {Other}" : string.Empty)} (total {Total})")
        : string.Create(CultureInfo.InvariantCulture, $"符合 {Met} / 不符合 {NotMet} / 警告 {Warning} / 佐证不全 {EvidenceIncomplete}{(Other > 0 ? $" / 其他 {Other}" : string.Empty)}(合计 {Total})");
}

/// <summary>One section of the acceptance sheet: 二、项目固定执行标准 or 三、(一)…(九) of the source, with its findings and totals.</summary>
/// <param name="Number">The numeral of a part of 三、, <c>一</c> … <c>九</c>; <c>二、</c> for the fixed standards of section
/// 二 (staff, rules, management, records and acceptance materials); or <c>—</c> for findings without one.</param>
/// <param name="Title">The section's title from the source.</param>
/// <param name="Findings">The findings, in the report's order.</param>
/// <param name="Totals">The section's totals.</param>
public sealed record AcceptanceSection(string Number, LocalizedText Title, ImmutableArray<Finding> Findings, AcceptanceTotals Totals);

/// <summary>
/// A report grouped by the source's sections (read from each finding's citation: <c>二、(五)</c> under 二、项目固定执行标准,
/// first; <c>三、(四)8.</c> under (四)) and totalled, to print as the county's acceptance sheet.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AcceptanceSheet
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>The group key of section 二 (项目固定执行标准), sorted before 三、(一).</summary>
    private const int FixedStandards = -2;

    private static readonly LocalizedText FixedTitle = new("项目固定执行标准", "Fixed standards (staff, rules, management, records)");

    private static readonly LocalizedText[] Titles =
    [
        new("培育乡村e镇主导产业", "Leading industries"),
        new("培育引进电子商务企业", "E-commerce enterprises"),
        new("发展跨境电商", "Cross-border e-commerce"),
        new("打造区域公用品牌", "Regional public brand"),
        new("培育电商带头人", "E-commerce leaders and training"),
        new("健全电商服务体系", "E-commerce service system"),
        new("完善物流配送体系", "Logistics and delivery"),
        new("加强宣传强化管理", "Publicity"),
        new("市场主体发展", "Market indicators"),
    ];

    private AcceptanceSheet(Report report, ImmutableArray<AcceptanceSection> sections)
    {
        Report = report;
        Sections = sections;
        Totals = AcceptanceTotals.Of(report.Findings);
    }

    /// <summary>The report the sheet was built from.</summary>
    public Report Report { get; }

    /// <summary>The sections in the source's order (only those with findings).</summary>
    public ImmutableArray<AcceptanceSection> Sections { get; }

    /// <summary>The totals over every finding; they add up to the number of findings.</summary>
    public AcceptanceTotals Totals { get; }

    /// <summary>Groups <paramref name="report"/>'s findings by the section numeral in their citation; findings citing
    /// another document than the Xiangyuan standard are grouped under <c>—</c> (其他).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static AcceptanceSheet From(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ImmutableArray<AcceptanceSection> sections =
        [
            .. report.Findings
                .GroupBy(GroupOf)
                .OrderBy(g => g.Key == -1 ? int.MaxValue : g.Key)
                .Select(g => new AcceptanceSection(
                    g.Key == FixedStandards ? "二、" : g.Key < 0 ? "—" : Numerals[g.Key],
                    g.Key == FixedStandards ? FixedTitle : g.Key < 0 ? new LocalizedText("其他", "Other") : Titles[g.Key],
                    [.. g],
                    AcceptanceTotals.Of(g))),
        ];
        return new AcceptanceSheet(report, sections);
    }

    private static int GroupOf(Finding f) =>
        f.Citation.Document.Id != XiangyuanDocuments.RuralETownStandard.Id ? -1
        : f.Citation.Section.StartsWith("二、", StringComparison.Ordinal) ? FixedStandards
        : SectionOf(f.Citation.Section);

    /// <summary>The index (0 for 一 … 8 for 九) of the parenthesised numeral in a section such as <c>三、(四)8.</c>, or −1.</summary>
    public static int SectionOf(string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        int open = section.IndexOf('(', StringComparison.Ordinal);
        int close = open < 0 ? -1 : section.IndexOf(')', open + 1);
        return close < 0 ? -1 : Array.IndexOf(Numerals, section[(open + 1)..close]);
    }

    /// <summary>The sheet as text: per section its findings with their outcome (and notes), then the totals.</summary>
    /// <param name="language">The language.</param>
    /// <param name="withNotes">Whether to print each finding's notes (the checks and the missing evidence).</param>
    public string Format(ReportLanguage language, bool withNotes = true)
    {
        bool zh = language == ReportLanguage.ChineseSimplified;
        var text = new StringBuilder();
        text.AppendLine(zh ? $"验收汇总表:{Report.Title.ZhCn}" : $"Acceptance sheet: {Report.Title.En}");
        foreach (AcceptanceSection s in Sections)
        {
            text.AppendLine();
            string number = s.Number.EndsWith('、') ? s.Number : $"({s.Number})";
            text.AppendLine(CultureInfo.InvariantCulture, $"{number}{s.Title.Get(language)}  [{s.Totals.Format(language)}]");
            foreach (Finding f in s.Findings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Label(f.Outcome, zh),-6} {f.RuleId}  {f.Rule.Subject.Get(language)}  ({f.Citation.Section})");
                foreach (LocalizedText note in withNotes ? f.Notes : [])
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      {note.Get(language)}");
                }
            }
        }

        text.AppendLine();
        text.Append(zh ? "合计:" : "Totals: ").Append(Totals.Format(language));
        return text.ToString();
    }

    private static string Label(Outcome outcome, bool zh) => outcome switch
    {
        Outcome.Met => zh ? "[符合]" : "[met]",
        Outcome.NotMet => zh ? "[不符合]" : "[NOT MET]",
        Outcome.Warning => zh ? "[警告]" : "[warning]",
        Outcome.EvidenceIncomplete => zh ? "[佐证不全]" : "[evidence]",
        _ => zh ? "[未检查]" : "[n/a]",
    };
}
