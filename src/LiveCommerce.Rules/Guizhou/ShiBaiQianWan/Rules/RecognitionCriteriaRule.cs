using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 统一认定标准(见附件2): this year's application is held to the configured criteria of its category. Without the
/// configuration the rule reports <see cref="Outcome.NotEvaluated"/> naming it, and the report is incomplete: the
/// library never invents attachment 2.
/// </summary>
internal sealed class RecognitionCriteriaRule(DemonstrationRuleSet owner) : LegacyRule<DemonstrationProject>(ShiBaiQianWanClauses.Criteria)
{
    private static readonly LocalizedText NotApplied = new("本年度未申报认定", "No application for recognition this year");

    public override Finding Evaluate(DemonstrationProject facts, DateOnly asOf)
    {
        if (facts.Application is not { } application)
        {
            return With(Outcome.NotApplicable, NotApplied);
        }

        DemonstrationCriteria? criteria = owner.Criteria;
        if (criteria?.For(facts.Category) is not { } category)
        {
            return CriteriaCheck.Missing(Descriptor, criteria, facts.Category);
        }

        bool met = CriteriaCheck.AllMet(category, application.Indicators);
        string name = DemonstrationCategories.Name(facts.Category).ZhCn;
        string nameEn = DemonstrationCategories.Name(facts.Category).En;
        return Flag(
            met,
            met
                ? () => Text.Of($"{application.Year} 年度申报符合“{name}”全部 {category.Criteria.Length} 项认定标准", $"The {application.Year} application meets all {category.Criteria.Length} criteria of the category {nameEn}")
                : () => Text.Of($"{application.Year} 年度申报不符合“{name}”认定标准(见下列各项)", $"The {application.Year} application does not meet the criteria of the category {nameEn} (see below)"),
            () => CriteriaCheck.Notes(criteria, category, application.Indicators));
    }
}
