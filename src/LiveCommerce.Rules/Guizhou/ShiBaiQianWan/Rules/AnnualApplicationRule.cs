using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 从2023年开始,相关工作每年开展1次: one application per project per category per year. A second application of the
/// same project in the same category and year is refused. (A year before 2023 is a validation problem.)
/// </summary>
internal sealed class AnnualApplicationRule() : Rule<DemonstrationProject>(ShiBaiQianWanClauses.Annual)
{
    public override Finding Evaluate(DemonstrationProject facts, DateOnly asOf)
    {
        if (facts.Application is not { } application)
        {
            return With(Outcome.NotApplicable, new LocalizedText("本年度未申报", "No application this year"));
        }

        string category = DemonstrationCategories.Name(facts.Category).ZhCn;
        string categoryEn = DemonstrationCategories.Name(facts.Category).En;
        int earlier = facts.PriorApplications.Count(p => p.Year == application.Year && p.Category == facts.Category);
        return earlier == 0
            ? Flag(true, Text.Of(
                $"{application.Year} 年度首次以“{category}”类别申报",
                $"First application in {application.Year} in the category {categoryEn}"))
            : Flag(false, Text.Of(
                $"不予受理:本项目 {application.Year} 年度已以“{category}”类别申报过 {earlier} 次;示范项目申报每年开展1次,同一项目同一类别每年只能申报1次",
                $"Refused: this project already applied in {application.Year} in the category {categoryEn} ({earlier} time(s)); the round is held once a year, so one application per project per category per year"));
    }

    public override bool Passes(DemonstrationProject facts, DateOnly asOf) =>
        facts.Application is not { } application || !facts.PriorApplications.Any(p => p.Year == application.Year && p.Category == facts.Category);
}
