using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Goals;

/// <summary>
/// One catalog row of goals (for example <c>SC-GOALS-2025</c>): met when every goal of the row is met; not met when any goal
/// is missed after its deadline; otherwise not evaluated (a goal not yet due, or a figure missing), with one note per goal.
/// </summary>
internal sealed class GoalRowRule(RuleDescriptor descriptor, ImmutableArray<GoalDefinition> goals) : Rule<GoalFigures>(descriptor)
{
    public override Finding Evaluate(GoalFigures facts, DateOnly asOf)
    {
        ImmutableArray<GoalProgress> progress = [.. goals.Select(g => GoalCalculator.Compute(g, facts, asOf))];
        ImmutableArray<LocalizedText> notes = [.. progress.Select(Note)];
        int met = progress.Count(p => p.Status == GoalStatus.Met);
        int missed = progress.Count(p => p.Status == GoalStatus.NotMet);
        int pending = progress.Count(p => p.Status == GoalStatus.NotYetDue);
        string[] missing = [.. progress.SelectMany(p => p.MissingFigures).Distinct()];
        Quantity measured = Quantity.OfCount(met);
        Threshold required = Threshold.AtLeast(goals.Length, Unit.Count, "全部");
        if (missed > 0)
        {
            return With(Outcome.NotMet, Text.Of(
                $"{goals.Length} 项目标中 {met} 项已达成,{missed} 项期限已过仍未达成",
                $"{met} of {goals.Length} goals met; {missed} missed after the deadline"), notes, measured: measured, required: required);
        }

        if (missing.Length > 0 || pending > 0)
        {
            return With(Outcome.NotEvaluated, Text.Of(
                $"{goals.Length} 项目标中 {met} 项已达成,{pending} 项期限未到{(missing.Length > 0 ? ",缺少数据:" + string.Join("、", missing) : string.Empty)}",
                $"{met} of {goals.Length} goals met, {pending} not yet due{(missing.Length > 0 ? "; figures missing: " + string.Join(", ", missing) : string.Empty)}"), notes, measured: measured, required: required);
        }

        return With(Outcome.Met, Text.Of($"{goals.Length} 项目标全部达成", $"All {goals.Length} goals met"), notes, measured: measured, required: required);
    }

    private static LocalizedText Note(GoalProgress p) => Text.Of(
        $"{p.Indicator} {p.Label.ZhCn}:{p.FormatValue(ReportLanguage.ChineseSimplified)},目标 {p.Target.Wording} {p.Target.Format(ReportLanguage.ChineseSimplified)}({p.FormatPercentOfTarget()}),{p.Deadline:yyyy-MM-dd} 前 — {GoalCalculator.Describe(p.Status).ZhCn}",
        $"{p.Indicator} {p.Label.En}: {p.FormatValue(ReportLanguage.English)}, target {p.Target.Format(ReportLanguage.English)} ({p.FormatPercentOfTarget()}) by {p.Deadline:yyyy-MM-dd} — {GoalCalculator.Describe(p.Status).En}");
}
