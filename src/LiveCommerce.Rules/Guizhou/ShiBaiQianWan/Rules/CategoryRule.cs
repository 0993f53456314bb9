using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>示范项目申报范围为……4类: records the project's category and the provincial title it leads to.</summary>
internal sealed class CategoryRule() : LegacyRule<DemonstrationProject>(ShiBaiQianWanClauses.Categories)
{
    public override Finding Evaluate(DemonstrationProject facts, DateOnly asOf)
    {
        DemonstrationCategory category = facts.Category;
        return Lazy(
            Outcome.Met,
            () =>
            {
                LocalizedText name = DemonstrationCategories.Name(category);
                LocalizedText title = DemonstrationCategories.Title(category);
                return Text.Of($"类别:{name.ZhCn}(省级称号“{title.ZhCn}”)", $"Category: {name.En} (provincial title \"{title.En}\")");
            });
    }

    public override bool Passes(DemonstrationProject facts, DateOnly asOf) => true;
}
