using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Goals;

/// <summary>
/// One catalog row of goals (for example <c>SC-GOALS-2025</c>): met when every goal of the row is met; not met when any goal
/// is missed after its deadline; otherwise not evaluated (a goal not yet due, or a figure missing), with one note per goal.
/// </summary>
/// <remarks>The decision is the outcome and the count of goals met (measured against all of them), with each goal's
/// progress as its workings: the explanation and the per-goal notes are formatted from that progress on first read, so
/// reading them computes no goal again.</remarks>
internal sealed class GoalRowRule(RuleDescriptor descriptor, ImmutableArray<GoalDefinition> goals) : Rule<GoalFigures>(descriptor)
{
    private readonly Threshold required = Threshold.AtLeast(goals.Length, Unit.Count, "全部");

    public override Decision Decide(GoalFigures facts, DateOnly asOf)
    {
        var progress = new GoalProgress[goals.Length];
        for (int i = 0; i < progress.Length; i++)
        {
            progress[i] = GoalCalculator.Compute(goals[i], facts, asOf);
        }

        Tally tally = Count(progress);
        Outcome outcome = tally.Missed > 0 ? Outcome.NotMet : tally.AnyMissing || tally.Pending > 0 ? Outcome.NotEvaluated : Outcome.Met;
        return new Decision(outcome, Quantity.OfCount(tally.Met), required, workings: progress);
    }

    protected override LocalizedText? Explain(GoalFigures facts, DateOnly asOf, in Decision decision)
    {
        GoalProgress[] progress = Progress(decision);
        Tally tally = Count(progress);
        int count = goals.Length;
        switch (decision.Outcome)
        {
            case Outcome.NotMet:
                return Text.Of($"{count} 项目标中 {tally.Met} 项已达成,{tally.Missed} 项期限已过仍未达成", $"{tally.Met} of {count} goals met; {tally.Missed} missed after the deadline");
            case Outcome.NotEvaluated:
                string[] missing = [.. progress.SelectMany(p => p.MissingFigures).Distinct()];
                return Text.Of(
                    $"{count} 项目标中 {tally.Met} 项已达成,{tally.Pending} 项期限未到{(missing.Length > 0 ? ",缺少数据:" + string.Join("、", missing) : string.Empty)}",
                    $"{tally.Met} of {count} goals met, {tally.Pending} not yet due{(missing.Length > 0 ? "; figures missing: " + string.Join(", ", missing) : string.Empty)}");
            default:
                return Text.Of($"{count} 项目标全部达成", $"All {count} goals met");
        }
    }

    protected override ImmutableArray<LocalizedText> Describe(GoalFigures facts, DateOnly asOf, in Decision decision) =>
        [.. Progress(decision).Select(Note)];

    /// <summary>The progress of each goal, as <see cref="Decide"/> worked it out.</summary>
    private static GoalProgress[] Progress(in Decision decision) => (GoalProgress[])decision.Workings!;

    /// <summary>How the row's goals stand: met, missed after the deadline, not yet due, and whether a figure is missing.</summary>
    private static Tally Count(GoalProgress[] progress)
    {
        int met = 0, missed = 0, pending = 0;
        bool anyMissing = false;
        foreach (GoalProgress p in progress)
        {
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

        return new Tally(met, missed, pending, anyMissing);
    }

    private static LocalizedText Note(GoalProgress p) => Text.Of(
        $"{p.Indicator} {p.Label.ZhCn}:{p.FormatValue(ReportLanguage.ChineseSimplified)},目标 {p.Target.Wording} {p.Target.Format(ReportLanguage.ChineseSimplified)}({p.FormatPercentOfTarget()}),{p.Deadline:yyyy-MM-dd} 前 — {GoalCalculator.Describe(p.Status).ZhCn}",
        $"{p.Indicator} {p.Label.En}: {p.FormatValue(ReportLanguage.English)}, target {p.Target.Format(ReportLanguage.English)} ({p.FormatPercentOfTarget()}) by {p.Deadline:yyyy-MM-dd} — {GoalCalculator.Describe(p.Status).En}");

    private readonly record struct Tally(int Met, int Missed, int Pending, bool AnyMissing);
}
