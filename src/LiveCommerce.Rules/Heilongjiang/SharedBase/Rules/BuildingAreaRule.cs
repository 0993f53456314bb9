using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>②建筑面积不少于2000平方米.</summary>
internal sealed class BuildingAreaRule(Threshold minimum) : ThresholdRule<SharedBaseApplication>(SharedBaseClauses.Area, minimum)
{
    protected override Quantity Measure(SharedBaseApplication facts, DateOnly asOf) => Quantity.Of(facts.BuildingArea);
}
