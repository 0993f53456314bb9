using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// Holds reported indicators to the configured recognition criteria of the project's category (attachment 2, which is not
/// in the source): every criterion met, or a failure with one note per criterion. Without the configuration the rule is
/// <see cref="Outcome.NotEvaluated"/>, naming it, so a report is incomplete: the library never invents attachment 2. Two
/// clauses read it, on different indicators: <see cref="Recognition"/> and <see cref="Revocation"/>.
/// </summary>
/// <remarks>The criteria are read from the rule set when the rule evaluates (the base constructor builds the rules first).</remarks>
internal sealed class CriteriaRule : Rule<DemonstrationProject>
{
    private static readonly LocalizedText NotApplied = new("本年度未申报认定", "No application for recognition this year");
    private static readonly LocalizedText NotRecognised = new("尚未认定为示范项目", "Not a recognised demonstration project");

    private readonly DemonstrationRuleSet owner;
    private readonly Func<DemonstrationProject, DateOnly, Held?> held;
    private readonly Func<DemonstrationProject, DateOnly, LocalizedText> notHeld;
    private readonly Func<DemonstrationProject, Held, CategoryCriteria, bool, LocalizedText> verdict;

    private CriteriaRule(
        RuleDescriptor descriptor,
        DemonstrationRuleSet owner,
        Func<DemonstrationProject, DateOnly, Held?> held,
        Func<DemonstrationProject, DateOnly, LocalizedText> notHeld,
        Func<DemonstrationProject, Held, CategoryCriteria, bool, LocalizedText> verdict)
        : base(descriptor)
    {
        this.owner = owner;
        this.held = held;
        this.notHeld = notHeld;
        this.verdict = verdict;
    }

    /// <summary>The indicators the criteria are held to, and the year they are for.</summary>
    private readonly record struct Held(int Year, ImmutableArray<IndicatorValue> Indicators);

    /// <summary>GZ-DEMO-CRITERIA, 统一认定标准(见附件2): this year's application, if any.</summary>
    public static CriteriaRule Recognition(DemonstrationRuleSet owner) => new(
        ShiBaiQianWanClauses.Criteria,
        owner,
        static (f, _) => f.Application is { } a ? new Held(a.Year, a.Indicators) : null,
        static (_, _) => NotApplied,
        static (f, h, c, met) =>
        {
            LocalizedText name = DemonstrationCategories.Name(f.Category);
            return met
                ? Text.Of($"{h.Year} 年度申报符合“{name.ZhCn}”全部 {c.Criteria.Length} 项认定标准", $"The {h.Year} application meets all {c.Criteria.Length} criteria of the category {name.En}")
                : Text.Of($"{h.Year} 年度申报不符合“{name.ZhCn}”认定标准(见下列各项)", $"The {h.Year} application does not meet the criteria of the category {name.En} (see below)");
        });

    /// <summary>
    /// GZ-DEMO-REVOCATION, 示范项目实行动态管理,对运营不达标取消示范项目资格: a recognised project's latest annual data (submitted
    /// by the as-of date); a project that no longer meets the criteria is to be revoked (<see cref="Outcome.NotMet"/>).
    /// </summary>
    public static CriteriaRule Revocation(DemonstrationRuleSet owner) => new(
        ShiBaiQianWanClauses.Revocation,
        owner,
        static (f, asOf) => f.Recognition is not null && Latest(f, asOf) is { } r ? new Held(r.Year, r.Indicators) : null,
        static (f, asOf) => f.Recognition is null
            ? NotRecognised
            : Text.Of($"截至 {asOf:yyyy-MM-dd} 尚无年度数据(报送情况见 GZ-DEMO-REPORTING)", $"No annual data reported by {asOf:yyyy-MM-dd} (see GZ-DEMO-REPORTING)"),
        static (f, h, _, met) =>
        {
            LocalizedText title = DemonstrationCategories.Title(f.Category);
            return met
                ? Text.Of($"{h.Year} 年度数据仍符合认定标准,保留“{title.ZhCn}”称号", $"The {h.Year} data still meets the criteria: the title \"{title.En}\" is kept")
                : Text.Of($"{h.Year} 年度数据运营不达标:应取消“{title.ZhCn}”示范项目资格", $"The {h.Year} data no longer meets the criteria: the project is to be revoked (title \"{title.En}\")");
        });

    public override Decision Decide(DemonstrationProject facts, DateOnly asOf) =>
        held(facts, asOf) is not { } h ? Decision.NotApplicable
        : owner.Criteria?.For(facts.Category) is not { } category ? Decision.NotEvaluated
        : Flag(AllMet(category, h.Indicators));

    protected override LocalizedText? Explain(DemonstrationProject facts, DateOnly asOf, in Decision decision) =>
        held(facts, asOf) is not { } h ? notHeld(facts, asOf)
        : owner.Criteria?.For(facts.Category) is not { } category ? MissingText(owner.Criteria, facts.Category)
        : verdict(facts, h, category, decision.Outcome == Outcome.Met);

    protected override ImmutableArray<LocalizedText> Describe(DemonstrationProject facts, DateOnly asOf, in Decision decision) =>
        held(facts, asOf) is { } h && owner.Criteria is { } configuration && configuration.For(facts.Category) is { } category
            ? Notes(configuration, category, h.Indicators)
            : [];

    /// <summary>Whether every criterion is reported and met (nothing formatted).</summary>
    private static bool AllMet(CategoryCriteria criteria, ImmutableArray<IndicatorValue> indicators)
    {
        foreach (Criterion criterion in criteria.Criteria)
        {
            // As criterion.ToThreshold().IsMetBy(new Quantity(value, criterion.Unit)), without building either.
            if (Reported(indicators, criterion.Indicator) is not { } reported || !criterion.Comparison.Accepts(reported.Value.CompareTo(criterion.Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static IndicatorValue? Reported(ImmutableArray<IndicatorValue> indicators, string indicator)
    {
        foreach (IndicatorValue i in indicators)
        {
            if (string.Equals(i.Indicator, indicator, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>One note per criterion, then the configuration's source.</summary>
    private static ImmutableArray<LocalizedText> Notes(DemonstrationCriteria configuration, CategoryCriteria criteria, ImmutableArray<IndicatorValue> indicators)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        foreach (Criterion criterion in criteria.Criteria)
        {
            Threshold threshold = criterion.ToThreshold();
            string zhRequired = $"{criterion.Wording} {threshold.Bound.Format(ReportLanguage.ChineseSimplified)}";
            string enRequired = threshold.Format(ReportLanguage.English);
            if (Reported(indicators, criterion.Indicator) is not { } reported)
            {
                notes.Add(Text.Of(
                    $"✗ {criterion.LabelZh}({criterion.Indicator}):未填报,要求{zhRequired}",
                    $"✗ {criterion.LabelEn} ({criterion.Indicator}): not reported; required {enRequired}"));
                continue;
            }

            var measured = new Quantity(reported.Value, criterion.Unit);
            bool met = threshold.IsMetBy(measured);
            notes.Add(Text.Of(
                $"{(met ? "✓" : "✗")} {criterion.LabelZh}({criterion.Indicator}):{measured.Format(ReportLanguage.ChineseSimplified)},要求{zhRequired}",
                $"{(met ? "✓" : "✗")} {criterion.LabelEn} ({criterion.Indicator}): {measured.Format(ReportLanguage.English)}; required {enRequired}"));
        }

        notes.Add(Source(configuration));
        return notes.ToImmutable();
    }

    private static LocalizedText Source(DemonstrationCriteria configuration) =>
        configuration.IsExample
            ? Text.Of(
                $"认定标准配置“{configuration.Id}”为示例,并非附件2原文,结论不具有正式效力(来源:{configuration.Source})",
                $"The criteria configuration '{configuration.Id}' is an EXAMPLE, not attachment 2: the result is not official (source: {configuration.Source})")
            : Text.Of(
                $"认定标准配置“{configuration.Id}”(来源:{configuration.Source})",
                $"Criteria configuration '{configuration.Id}' (source: {configuration.Source})");

    /// <summary>Why the rule cannot run: no configuration, or none for the category.</summary>
    private static LocalizedText MissingText(DemonstrationCriteria? configuration, DemonstrationCategory category)
    {
        string name = DemonstrationCategories.JsonName(category);
        return configuration is null
            ? Text.Of(
                $"未检查:缺少配置 GZ-DEMO-CRITERIA(认定标准见附件2,源文件未载明,须由使用方通过 DemonstrationRuleSet.Create(criteria) 配置)",
                $"Not checked: the configuration GZ-DEMO-CRITERIA is missing (the recognition criteria are in attachment 2, not in the source; the host must supply them through DemonstrationRuleSet.Create(criteria))")
            : Text.Of(
                $"未检查:配置 GZ-DEMO-CRITERIA(“{configuration.Id}”)中没有类别 {name}({DemonstrationCategories.Name(category).ZhCn})的认定标准",
                $"Not checked: the configuration GZ-DEMO-CRITERIA ('{configuration.Id}') has no criteria for the category {name} ({DemonstrationCategories.Name(category).En})");
    }

    /// <summary>The report of the latest year submitted by the as-of date (the first given, for a year given twice).</summary>
    private static AnnualDataReport? Latest(DemonstrationProject facts, DateOnly asOf)
    {
        AnnualDataReport? latest = null;
        foreach (AnnualDataReport r in facts.AnnualReports)
        {
            if (r.SubmittedOn <= asOf && (latest is null || r.Year > latest.Year))
            {
                latest = r;
            }
        }

        return latest;
    }
}
