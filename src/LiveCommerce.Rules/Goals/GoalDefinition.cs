using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Goals;

/// <summary>How a goal's actual value is obtained from the figures.</summary>
public enum GoalMeasureKind
{
    /// <summary>One reported figure, under the goal's own id.</summary>
    Figure,

    /// <summary>The sum of other figures (for example leading enterprises plus live teams).</summary>
    Sum,

    /// <summary>An exact share, in percent, of one figure in another (for example cluster turnover in provincial retail).</summary>
    Share,

    /// <summary>The number of entities in a list whose annual figure meets a condition (never a pre-counted number).</summary>
    EntityCount,
}

/// <summary>
/// The condition an entity's annual figure must meet to be counted, such as "年销售额10亿元以上" (≥ ¥1,000,000,000), or a
/// band such as "千万级" (≥ ¥10,000,000 and below ¥100,000,000).
/// </summary>
/// <param name="Minimum">The floor, with the comparison of its wording.</param>
/// <param name="Below">An exclusive ceiling for a band (a magnitude class), or <see langword="null"/>.</param>
/// <param name="Description">The condition in words, in zh-CN and en.</param>
public sealed record EntityCondition(Threshold Minimum, Money? Below, LocalizedText Description)
{
    /// <summary>Whether an entity with <paramref name="annualFigure"/> is counted.</summary>
    public bool IsMetBy(Money annualFigure) =>
        Minimum.IsMetBy(annualFigure.Yuan) && (Below is not { } below || annualFigure < below);
}

/// <summary>How a goal is measured: one figure, a sum, a share, or a count over a list of entities.</summary>
/// <remarks>Immutable. Build one with the factory methods.</remarks>
public sealed record GoalMeasure
{
    private GoalMeasure(GoalMeasureKind kind, ImmutableArray<string> inputs, LocalizedText? inputLabel, EntityCondition? condition)
    {
        Kind = kind;
        Inputs = inputs;
        InputLabel = inputLabel;
        Condition = condition;
    }

    /// <summary>The kind of measure.</summary>
    public GoalMeasureKind Kind { get; }

    /// <summary>
    /// The ids read: for <see cref="GoalMeasureKind.Sum"/> the figures added; for <see cref="GoalMeasureKind.Share"/> the part
    /// and then the whole; for <see cref="GoalMeasureKind.EntityCount"/> the list; empty for <see cref="GoalMeasureKind.Figure"/>.
    /// </summary>
    public ImmutableArray<string> Inputs { get; }

    /// <summary>The label of the part figure of a share, or of the entity list.</summary>
    public LocalizedText? InputLabel { get; }

    /// <summary>The condition an entity must meet to be counted; <see langword="null"/> counts every entity of the list.</summary>
    public EntityCondition? Condition { get; }

    /// <summary>The goal's own figure.</summary>
    public static GoalMeasure Figure { get; } = new(GoalMeasureKind.Figure, [], null, null);

    /// <summary>The sum of the figures <paramref name="figureIds"/>.</summary>
    public static GoalMeasure Sum(params string[] figureIds) => new(GoalMeasureKind.Sum, [.. figureIds], null, null);

    /// <summary>The share of <paramref name="partFigureId"/> (an input figure, labelled <paramref name="partLabel"/>) in <paramref name="wholeFigureId"/>.</summary>
    public static GoalMeasure Share(string partFigureId, LocalizedText partLabel, string wholeFigureId) =>
        new(GoalMeasureKind.Share, [partFigureId, wholeFigureId], partLabel, null);

    /// <summary>The number of entities of list <paramref name="listId"/> that meet <paramref name="condition"/> (all when null).</summary>
    public static GoalMeasure CountOf(string listId, LocalizedText listLabel, EntityCondition? condition = null) =>
        new(GoalMeasureKind.EntityCount, [listId], listLabel, condition);
}

/// <summary>
/// One quantified goal of a policy document: indicator id, label, target with the comparison its wording implies, deadline,
/// citation, and how its actual value is measured.
/// </summary>
/// <param name="Id">The indicator id, such as <c>SC-GOALS-2025-RETAIL</c>; figures are reported under it.</param>
/// <param name="RowId">The rule-catalog row the goal belongs to, such as <c>SC-GOALS-2025</c>.</param>
/// <param name="Label">What is measured, in zh-CN and en.</param>
/// <param name="Target">The target: its unit, bound and comparison ("超2500亿元" is &gt; ¥250,000,000,000).</param>
/// <param name="Deadline">The last day by which the goal is to be reached ("到2025年" is 2025-12-31).</param>
/// <param name="Citation">The clause, verbatim.</param>
/// <param name="Measure">How the actual value is obtained.</param>
/// <param name="AllowsNegative">Whether the figure may be negative (a growth that may be a decline).</param>
public sealed record GoalDefinition(
    string Id,
    string RowId,
    LocalizedText Label,
    Threshold Target,
    DateOnly Deadline,
    Citation Citation,
    GoalMeasure Measure,
    bool AllowsNegative = false);
