using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Goals.ProvinceGoals;
using static LiveCommerce.Rules.Tests.Goals.GoalFacts;

namespace LiveCommerce.Rules.Tests.Goals;

public class GoalPropertyTests
{
    private static readonly DateOnly AfterEveryDeadline = new(2031, 1, 1);

    /// <summary>Every goal measured by its own figure, in every built-in goal set.</summary>
    private static readonly (GoalSet Set, GoalDefinition Goal)[] FigureGoals =
        [.. GoalCatalog.All.SelectMany(s => s.Goals.Where(g => g.Measure.Kind == GoalMeasureKind.Figure).Select(g => (s, g)))];

    /// <summary>Amounts in fen up to about ¥2,000,000,000,000, biased toward each goal's bound.</summary>
    private static Gen<decimal> ValueNear(GoalDefinition goal)
    {
        decimal bound = goal.Target.Bound.Value;
        Gen<decimal> offset = Gen.Choose(-3, 3).Select(o => goal.Target.Bound.Unit == Unit.Yuan ? o * 0.01m : o);
        Gen<decimal> wide = Gen.Zip(Gen.Choose(0, 2_000_000), Gen.Choose(0, 99_999)).Select(t => goal.Target.Bound.Unit == Unit.Yuan ? (t.Item1 * 1_000_000m) + (t.Item2 / 100m) : t.Item1 + t.Item2);
        return Gen.OneOf(offset.Select(o => Math.Max(0m, bound + o)), wide);
    }

    private static Gen<(int Index, decimal A, decimal B)> Pairs() =>
        from index in Gen.Choose(0, FigureGoals.Length - 1)
        from a in ValueNear(FigureGoals[index].Goal)
        from b in ValueNear(FigureGoals[index].Goal)
        select (index, a, b);

    [Property]
    public Property PercentOfTarget_AnyFigureGoal_IsMonotoneInTheActualValue()
    {
        return Prop.ForAll(Arb.From(Pairs()), t =>
        {
            (GoalSet set, GoalDefinition goal) = FigureGoals[t.Index];
            decimal low = Math.Min(t.A, t.B), high = Math.Max(t.A, t.B);
            decimal pLow = set.Progress(Of(Figure(goal.Id, low)), AfterEveryDeadline)[goal.Id].PercentOfTarget!.Value;
            decimal pHigh = set.Progress(Of(Figure(goal.Id, high)), AfterEveryDeadline)[goal.Id].PercentOfTarget!.Value;
            return pLow <= pHigh;
        });
    }

    [Property]
    public Property Status_AnyFigureGoal_IsMetExactlyWhenTheThresholdSaysSo()
    {
        return Prop.ForAll(Arb.From(Pairs()), t =>
        {
            (GoalSet set, GoalDefinition goal) = FigureGoals[t.Index];
            GoalProgress p = set.Progress(Of(Figure(goal.Id, t.A)), AfterEveryDeadline)[goal.Id];
            bool thresholdSays = goal.Target.Comparison.Accepts(t.A.CompareTo(goal.Target.Bound.Value));
            return (p.Status == GoalStatus.Met) == thresholdSays && (p.Status == GoalStatus.NotMet) == !thresholdSays;
        });
    }

    [Property]
    public Property ClusterShare_AnyPartAndWhole_IsMetExactlyWhenPartIsAtLeast30PercentByCrossMultiplication()
    {
        Gen<(long Whole, long Part)> shares =
            from whole in Gen.Choose(1, 1_000_000)
            from part in Gen.OneOf(Gen.Choose(0, whole), Gen.Choose(-2, 2).Select(d => Math.Clamp((int)Math.Ceiling(whole * 0.3) + d, 0, whole)))
            select ((long)whole, (long)part);

        return Prop.ForAll(Arb.From(shares), s =>
        {
            GoalFigures figures = Of(Figure("SC-GOALS-2025-RETAIL", s.Whole / 100m), Figure("SC-GOALS-2025-CLUSTER-TURNOVER", s.Part / 100m));
            GoalProgress p = SichuanGoals.Goals.Progress(figures, AfterEveryDeadline)["SC-GOALS-2025-CLUSTER-SHARE"];
            return (p.Status == GoalStatus.Met) == (s.Part * 10 >= s.Whole * 3);
        });
    }

    [Property]
    public Property EntityCount_AnyList_CountsExactlyTheEntitiesMeetingTheCondition()
    {
        Gen<decimal[]> lists = Gen.ListOf(Gen.Choose(0, 3_000).Select(m => m * 1_000_000m)).Select(l => l.ToArray());
        return Prop.ForAll(Arb.From(lists), sales =>
        {
            GoalFigures figures = Of() with { Lists = [List(SichuanGoals.EnterprisesList, sales)] };
            GoalProgress p = SichuanGoals.Goals.Progress(figures, AfterEveryDeadline)["SC-GOALS-2025-ENTERPRISES"];
            int qualifying = sales.Count(s => s >= 1_000_000_000m);
            return p.Value == qualifying && (p.Status == GoalStatus.Met) == (qualifying >= 10);
        });
    }
}
