using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Goals;

/// <summary>Computes one goal's progress from valid figures: pure, exact (decimal, shares by cross-multiplication).</summary>
internal static class GoalCalculator
{
    public static GoalProgress Compute(GoalDefinition goal, GoalFigures facts, DateOnly asOf)
    {
        bool deadlinePassed = asOf > goal.Deadline;
        ImmutableArray<string>.Builder? missing = null; // created with the first missing figure
        decimal? value = null;
        decimal? percentOfTarget = null;
        bool met = false;
        ImmutableArray<string> counted = [];
        decimal bound = goal.Target.Bound.Value;
        switch (goal.Measure.Kind)
        {
            case GoalMeasureKind.Figure:
                value = FigureOf(facts, goal.Id, ref missing);
                break;
            case GoalMeasureKind.Sum:
                decimal sum = 0m;
                foreach (string id in goal.Measure.Inputs)
                {
                    sum += FigureOf(facts, id, ref missing) ?? 0m;
                }

                value = missing is null ? sum : null;
                break;
            case GoalMeasureKind.Share:
                decimal? part = FigureOf(facts, goal.Measure.Inputs[0], ref missing);
                decimal? whole = FigureOf(facts, goal.Measure.Inputs[1], ref missing);
                if (part is { } p && whole is { } w && w > 0m)
                {
                    value = p * 100m / w;
                    met = goal.Target.Comparison.Accepts((p * 100m).CompareTo(bound * w));
                    percentOfTarget = bound > 0m ? p * 10_000m / (bound * w) : null;
                    return Build(goal, value, percentOfTarget, met, deadlinePassed, Done(missing), counted);
                }

                break;
            case GoalMeasureKind.EntityCount:
                string listId = goal.Measure.Inputs[0];
                EntityList? list = facts.Lists.IsDefault ? null : facts.Lists.FirstOrDefault(l => l.List == listId);
                if (list is null)
                {
                    (missing ??= ImmutableArray.CreateBuilder<string>()).Add(listId);
                    break;
                }

                counted = [.. list.Entities.Where(e => goal.Measure.Condition?.IsMetBy(e.AnnualFigure) ?? true).Select(e => e.Name)];
                value = counted.Length;
                break;
        }

        if (value is { } v)
        {
            met = goal.Target.IsMetBy(v);
            percentOfTarget = bound != 0m ? v * 100m / bound : null;
        }

        return Build(goal, value, percentOfTarget, met, deadlinePassed, Done(missing), counted);
    }

    private static GoalProgress Build(GoalDefinition goal, decimal? value, decimal? percentOfTarget, bool met, bool deadlinePassed, ImmutableArray<string> missing, ImmutableArray<string> counted) => new()
    {
        Indicator = goal.Id,
        RowId = goal.RowId,
        Label = goal.Label,
        Target = goal.Target,
        Deadline = goal.Deadline,
        Citation = goal.Citation,
        Value = value,
        PercentOfTarget = percentOfTarget,
        Status = value is null ? GoalStatus.FigureMissing : met ? GoalStatus.Met : deadlinePassed ? GoalStatus.NotMet : GoalStatus.NotYetDue,
        DeadlinePassed = deadlinePassed,
        MissingFigures = missing,
        Counted = counted,
    };

    private static ImmutableArray<string> Done(ImmutableArray<string>.Builder? missing) => missing is null ? [] : missing.ToImmutable();

    private static decimal? FigureOf(GoalFigures facts, string id, ref ImmutableArray<string>.Builder? missing)
    {
        foreach (GoalFigure f in facts.Figures)
        {
            if (f.Indicator == id)
            {
                return f.Value;
            }
        }

        (missing ??= ImmutableArray.CreateBuilder<string>()).Add(id);
        return null;
    }

    /// <summary>The status in words.</summary>
    public static LocalizedText Describe(GoalStatus status) => status switch
    {
        GoalStatus.Met => new LocalizedText("已达成", "met"),
        GoalStatus.NotYetDue => new LocalizedText("未达成,期限未到", "not yet reached; not yet due"),
        GoalStatus.NotMet => new LocalizedText("未达成,期限已过", "not met; deadline passed"),
        _ => new LocalizedText("缺少数据", "figure missing"),
    };

    /// <summary>The largest magnitude accepted for a figure: the largest amount of money.</summary>
    public static decimal MaxFigure => Money.MaxYuan;
}
