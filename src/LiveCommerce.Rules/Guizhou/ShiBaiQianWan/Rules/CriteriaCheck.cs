using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>Holds reported indicators to the configured criteria of a category, one note per criterion.</summary>
internal static class CriteriaCheck
{
    /// <summary>Whether every criterion is reported and met (nothing formatted).</summary>
    public static bool AllMet(CategoryCriteria criteria, ImmutableArray<IndicatorValue> indicators)
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

    /// <summary>One note per criterion, then the configuration's source.</summary>
    public static ImmutableArray<LocalizedText> Notes(DemonstrationCriteria configuration, CategoryCriteria criteria, ImmutableArray<IndicatorValue> indicators) =>
        Evaluate(configuration, criteria, indicators).Notes;

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

    private static (bool AllMet, ImmutableArray<LocalizedText> Notes) Evaluate(DemonstrationCriteria configuration, CategoryCriteria criteria, ImmutableArray<IndicatorValue> indicators)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        bool allMet = true;
        foreach (Criterion criterion in criteria.Criteria)
        {
            Threshold threshold = criterion.ToThreshold();
            string zhRequired = $"{criterion.Wording} {threshold.Bound.Format(ReportLanguage.ChineseSimplified)}";
            string enRequired = threshold.Format(ReportLanguage.English);
            IndicatorValue? reported = indicators.FirstOrDefault(i => string.Equals(i.Indicator, criterion.Indicator, StringComparison.Ordinal));
            if (reported is null)
            {
                allMet = false;
                notes.Add(Text.Of(
                    $"✗ {criterion.LabelZh}({criterion.Indicator}):未填报,要求{zhRequired}",
                    $"✗ {criterion.LabelEn} ({criterion.Indicator}): not reported; required {enRequired}"));
                continue;
            }

            var measured = new Quantity(reported.Value, criterion.Unit);
            bool met = threshold.IsMetBy(measured);
            allMet &= met;
            notes.Add(Text.Of(
                $"{(met ? "✓" : "✗")} {criterion.LabelZh}({criterion.Indicator}):{measured.Format(ReportLanguage.ChineseSimplified)},要求{zhRequired}",
                $"{(met ? "✓" : "✗")} {criterion.LabelEn} ({criterion.Indicator}): {measured.Format(ReportLanguage.English)}; required {enRequired}"));
        }

        notes.Add(Source(configuration));
        return (allMet, notes.ToImmutable());
    }

    public static LocalizedText Source(DemonstrationCriteria configuration) =>
        configuration.IsExample
            ? Text.Of(
                $"认定标准配置“{configuration.Id}”为示例,并非附件2原文,结论不具有正式效力(来源:{configuration.Source})",
                $"The criteria configuration '{configuration.Id}' is an EXAMPLE, not attachment 2: the result is not official (source: {configuration.Source})")
            : Text.Of(
                $"认定标准配置“{configuration.Id}”(来源:{configuration.Source})",
                $"Criteria configuration '{configuration.Id}' (source: {configuration.Source})");

    /// <summary>The finding of a rule that cannot run because the criteria of the category are not configured.</summary>
    public static Finding Missing(RuleDescriptor rule, DemonstrationCriteria? configuration, DemonstrationCategory category)
    {
        return new Finding(rule, Outcome.NotEvaluated, null, null, () => MissingText(configuration, category), null);
    }

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
}
