using System.Collections.Immutable;
using System.Globalization;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Goals;

/// <summary>Where a goal stands as of a date.</summary>
public enum GoalStatus
{
    /// <summary>The actual value meets the target.</summary>
    Met,

    /// <summary>Not reached yet, and the deadline has not passed.</summary>
    NotYetDue,

    /// <summary>Not reached, and the deadline has passed.</summary>
    NotMet,

    /// <summary>A figure or list the goal needs was not reported.</summary>
    FigureMissing,
}

/// <summary>One goal's progress: value, percentage of target, status and the figures missing.</summary>
/// <remarks>Immutable.</remarks>
public sealed record GoalProgress
{
    /// <summary>The indicator id.</summary>
    public required string Indicator { get; init; }

    /// <summary>The catalog row.</summary>
    public required string RowId { get; init; }

    /// <summary>What is measured.</summary>
    public required LocalizedText Label { get; init; }

    /// <summary>The target, with its comparison.</summary>
    public required Threshold Target { get; init; }

    /// <summary>The deadline.</summary>
    public required DateOnly Deadline { get; init; }

    /// <summary>The clause.</summary>
    public required Citation Citation { get; init; }

    /// <summary>The actual value in the target's unit (percent for a share), or <see langword="null"/> when a figure is missing.</summary>
    public decimal? Value { get; init; }

    /// <summary>The value as a percentage of the target's bound, unrounded (round only to display), or <see langword="null"/>.</summary>
    public decimal? PercentOfTarget { get; init; }

    /// <summary>The status.</summary>
    public required GoalStatus Status { get; init; }

    /// <summary>Whether the as-of date is after the deadline.</summary>
    public required bool DeadlinePassed { get; init; }

    /// <summary>The figure or list ids that were needed and not reported.</summary>
    public required ImmutableArray<string> MissingFigures { get; init; }

    /// <summary>For a goal counted over a list: the entities counted.</summary>
    public required ImmutableArray<string> Counted { get; init; }

    /// <summary>The percentage of target rounded half away from zero to two decimals, for display (<c>104.00%</c>).</summary>
    public string FormatPercentOfTarget() =>
        PercentOfTarget is { } p ? decimal.Round(p, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>The value formatted in the target's unit.</summary>
    public string FormatValue(ReportLanguage language) => Value is { } v ? new Quantity(v, Target.Bound.Unit).Format(language) : "—";
}

/// <summary>The progress of one goal set as of a date: every goal, the figures missing, notices and a fingerprint.</summary>
/// <remarks>Immutable and JSON-serializable (<see cref="Serialization.LiveCommerceJson"/>).</remarks>
public sealed record GoalProgressReport
{
    /// <summary>The goal set's id.</summary>
    public required string GoalSetId { get; init; }

    /// <summary>The goal set's version.</summary>
    public required string Version { get; init; }

    /// <summary>The goal set's title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The province.</summary>
    public required Province Province { get; init; }

    /// <summary>The source document's status (a draft's report says so in <see cref="Notices"/>).</summary>
    public required DocumentStatus Status { get; init; }

    /// <summary>The date the figures are taken as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Every goal, in document order.</summary>
    public required ImmutableArray<GoalProgress> Goals { get; init; }

    /// <summary>Every figure or list id needed and not reported.</summary>
    public required ImmutableArray<string> MissingFigures { get; init; }

    /// <summary>Notices: draft document, deadlines passed.</summary>
    public required ImmutableArray<Notice> Notices { get; init; }

    /// <summary>The same SHA-256 fingerprint as the goal set's <see cref="Report"/> for these figures and date.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The number of goals met.</summary>
    public int MetCount => Goals.Count(g => g.Status == GoalStatus.Met);

    /// <summary>The progress of <paramref name="indicator"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such indicator.</exception>
    public GoalProgress this[string indicator] =>
        Goals.FirstOrDefault(g => g.Indicator == indicator) ?? throw new KeyNotFoundException($"The goal set has no indicator '{indicator}'.");
}

/// <summary>Either a progress report, or the validation problems that stopped it.</summary>
/// <param name="Report">The report, when the figures were valid.</param>
/// <param name="Validation">The validation result.</param>
public sealed record GoalProgressResult(GoalProgressReport? Report, ValidationResult Validation)
{
    /// <summary>Whether there is a report.</summary>
    public bool IsValid => Report is not null;
}
