using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>示范项目申报范围为……4类: records the project's category and the provincial title it leads to.</summary>
internal sealed class CategoryRule() : Rule<DemonstrationProject>(ShiBaiQianWanClauses.Categories)
{
    public override Decision Decide(DemonstrationProject facts, DateOnly asOf) => new(Outcome.Met);

    protected override LocalizedText? Explain(DemonstrationProject facts, DateOnly asOf, in Decision decision)
    {
        LocalizedText name = DemonstrationCategories.Name(facts.Category);
        LocalizedText title = DemonstrationCategories.Title(facts.Category);
        return Text.Of($"类别:{name.ZhCn}(省级称号“{title.ZhCn}”)", $"Category: {name.En} (provincial title \"{title.En}\")");
    }
}
