using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Goals;

/// <summary>
/// One catalog row of goals (for example <c>SC-GOALS-2025</c>): met when every goal of the row is met; not met when any goal
/// is missed after its deadline; otherwise not evaluated (a goal not yet due, or a figure missing), with one note per goal.
/// </summary>
/// <remarks>The outcome and the count of goals met are decided eagerly; the explanation and the per-goal notes are formatted
/// on first read.</remarks>
internal sealed class GoalRowRule(RuleDescriptor descriptor, ImmutableArray<GoalDefinition> goals) : LegacyRule<GoalFigures>(descriptor)
{
    private readonly Threshold required = Threshold.AtLeast(goals.Length, Unit.Count, "全部");

    public override Finding Evaluate(GoalFigures facts, DateOnly asOf)
    {
        var progress = new GoalProgress[goals.Length];
        int met = 0, missed = 0, pending = 0;
        bool anyMissing = false;
        for (int i = 0; i < progress.Length; i++)
        {
            GoalProgress p = GoalCalculator.Compute(goals[i], facts, asOf);
            progress[i] = p;
            switch (p.Status)
            {
                case GoalStatus.Met:
                    met++;
                    break;
                case GoalStatus.NotMet:
                    missed++;
                    break;
                case GoalStatus.NotYetDue:
                    pending++;
                    break;
            }

            anyMissing |= !p.MissingFigures.IsEmpty;
        }

        Quantity measured = Quantity.OfCount(met);
        int count = goals.Length;
        Func<ImmutableArray<LocalizedText>> notes = () => [.. progress.Select(Note)];
        if (missed > 0)
        {
            return Lazy(
                Outcome.NotMet,
                () => Text.Of(
                    $"{count} 项目标中 {met} 项已达成,{missed} 项期限已过仍未达成",
                    $"{met} of {count} goals met; {missed} missed after the deadline"),
                notes,
                measured: measured,
                required: required);
        }

        if (anyMissing || pending > 0)
        {
            return Lazy(
                Outcome.NotEvaluated,
                () =>
                {
                    string[] missing = [.. progress.SelectMany(p => p.MissingFigures).Distinct()];
                    return Text.Of(
                        $"{count} 项目标中 {met} 项已达成,{pending} 项期限未到{(missing.Length > 0 ? ",缺少数据:" + string.Join("、", missing) : string.Empty)}",
                        $"{met} of {count} goals met, {pending} not yet due{(missing.Length > 0 ? "; figures missing: " + string.Join(", ", missing) : string.Empty)}");
                },
                notes,
                measured: measured,
                required: required);
        }

        return Lazy(Outcome.Met, () => Text.Of($"{count} 项目标全部达成", $"All {count} goals met"), notes, measured: measured, required: required);
    }

    private static LocalizedText Note(GoalProgress p) => Text.Of(
        $"{p.Indicator} {p.Label.ZhCn}:{p.FormatValue(ReportLanguage.ChineseSimplified)},目标 {p.Target.Wording} {p.Target.Format(ReportLanguage.ChineseSimplified)}({p.FormatPercentOfTarget()}),{p.Deadline:yyyy-MM-dd} 前 — {GoalCalculator.Describe(p.Status).ZhCn}",
        $"{p.Indicator} {p.Label.En}: {p.FormatValue(ReportLanguage.English)}, target {p.Target.Format(ReportLanguage.English)} ({p.FormatPercentOfTarget()}) by {p.Deadline:yyyy-MM-dd} — {GoalCalculator.Describe(p.Status).En}");
}
