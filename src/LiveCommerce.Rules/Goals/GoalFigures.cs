using System.Collections.Immutable;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Goals;

/// <summary>
/// The actual figures a goal set's progress is measured against: one value per indicator, and lists of entities (name and
/// annual figure) for the goals that count entities meeting a condition.
/// </summary>
/// <remarks>JSON: <c>{"figures":[{"indicator":"SC-GOALS-2025-RETAIL","value":260000000000}],"lists":[{"list":"SC-LIVE-ENTERPRISES","entities":[{"name":"…","annualFigure":1200000000}]}]}</c>.
/// Money figures are yuan to the fen; counts are whole numbers. An indicator left out is reported as a missing figure.</remarks>
public sealed record GoalFigures
{
    /// <summary>One entry per indicator reported (each at most once).</summary>
    public required ImmutableArray<GoalFigure> Figures { get; init; }

    private readonly ImmutableArray<EntityList> lists = [];

    /// <summary>The entity lists reported (each at most once); empty when omitted.</summary>
    public ImmutableArray<EntityList> Lists
    {
        get => lists.IsDefault ? [] : lists;
        init => lists = value;
    }
}

/// <summary>One actual figure.</summary>
public sealed record GoalFigure
{
    /// <summary>The indicator id, such as <c>GZ-GOALS-2025-RETAIL</c>.</summary>
    public required string Indicator { get; init; }

    /// <summary>The value in the indicator's unit: yuan for money, a whole number for counts.</summary>
    public required decimal Value { get; init; }

    /// <summary>Where the figure comes from (statistics bulletin, department report), for the record.</summary>
    public string? Source { get; init; }
}

/// <summary>A list of entities (enterprises, anchors, brands) with their annual figures.</summary>
public sealed record EntityList
{
    /// <summary>The list id, such as <c>SC-NEW-CONSUMER-BRANDS</c>.</summary>
    public required string List { get; init; }

    /// <summary>The entities, each named once.</summary>
    public required ImmutableArray<GoalEntity> Entities { get; init; }
}

/// <summary>An entity and its annual figure (annual sales, turnover or brand scale) for the latest full year.</summary>
public sealed record GoalEntity
{
    /// <summary>The entity's name.</summary>
    public required string Name { get; init; }

    /// <summary>The annual figure in yuan.</summary>
    public required Money AnnualFigure { get; init; }
}
