using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Goals;

/// <summary>Builders for goal figures.</summary>
internal static class GoalFacts
{
    public static GoalFigure Figure(string indicator, decimal value) => new() { Indicator = indicator, Value = value };

    public static GoalFigures Of(params GoalFigure[] figures) => new() { Figures = [.. figures] };

    public static EntityList List(string list, params decimal[] annualFigures) => new()
    {
        List = list,
        Entities = [.. annualFigures.Select((v, i) => new GoalEntity { Name = $"{list}-{i + 1}", AnnualFigure = Money.FromYuan(v) })],
    };
}
