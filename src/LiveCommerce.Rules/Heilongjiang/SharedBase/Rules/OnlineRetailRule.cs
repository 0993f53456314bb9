using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>④2022年1月1日至2022年12月31日期间网络零售额不低于3000万元.</summary>
internal sealed class OnlineRetailRule(Threshold minimum) : ThresholdRule<SharedBaseApplication>(SharedBaseClauses.Retail, minimum)
{
    protected override Quantity Measure(SharedBaseApplication facts, DateOnly asOf) => Quantity.Of(facts.OnlineRetail2022);
}
