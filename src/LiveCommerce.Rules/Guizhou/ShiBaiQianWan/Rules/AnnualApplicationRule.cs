using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 从2023年开始,相关工作每年开展1次: one application per project per category per year. A second application of the
/// same project in the same category and year is refused. (A year before 2023 is a validation problem.)
/// </summary>
internal sealed class AnnualApplicationRule() : Rule<DemonstrationProject>(ShiBaiQianWanClauses.Annual)
{
    private static readonly LocalizedText NotApplied = new("本年度未申报", "No application this year");

    public override Decision Decide(DemonstrationProject facts, DateOnly asOf) =>
        facts.Application is not { } application ? Decision.NotApplicable : Flag(Earlier(facts, application.Year) == 0);

    protected override LocalizedText? Explain(DemonstrationProject facts, DateOnly asOf, in Decision decision)
    {
        if (facts.Application is not { } application)
        {
            return NotApplied;
        }

        int year = application.Year;
        int earlier = Earlier(facts, year);
        LocalizedText category = DemonstrationCategories.Name(facts.Category);
        return earlier == 0
            ? Text.Of($"{year} 年度首次以“{category.ZhCn}”类别申报", $"First application in {year} in the category {category.En}")
            : Text.Of(
                $"不予受理:本项目 {year} 年度已以“{category.ZhCn}”类别申报过 {earlier} 次;示范项目申报每年开展1次,同一项目同一类别每年只能申报1次",
                $"Refused: this project already applied in {year} in the category {category.En} ({earlier} time(s)); the round is held once a year, so one application per project per category per year");
    }

    /// <summary>How many earlier applications the project made in the same category and year.</summary>
    private static int Earlier(DemonstrationProject facts, int year)
    {
        int earlier = 0;
        foreach (PriorApplication p in facts.PriorApplications)
        {
            if (p.Year == year && p.Category == facts.Category)
            {
                earlier++;
            }
        }

        return earlier;
    }
}
