using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// ①直播时长不低于60小时 and ②发布短视频不低于20条: the total over the months the service period covers (a month it covers in
/// part is given for the days inside it). Months outside it are listed, not counted. Not reached while the period is still
/// running: not yet due (not evaluated), never not met.
/// </summary>
internal sealed class PeriodTotalRule : Rule<AssistedEnterprise>
{
    private readonly Threshold minimum;
    private readonly Func<MonthlyAccountFigures, decimal> value;
    private readonly Unit unit;

    private PeriodTotalRule(RuleDescriptor descriptor, Threshold minimum, Func<MonthlyAccountFigures, decimal> value, Unit unit)
        : base(descriptor)
    {
        this.minimum = minimum;
        this.value = value;
        this.unit = unit;
    }

    /// <summary>①直播时长不低于60小时.</summary>
    public static PeriodTotalRule LiveHours(Threshold minimum) => new(EnterpriseAssistanceClauses.LiveHours, minimum, m => m.LiveHours.Value, Unit.Hours);

    /// <summary>②发布短视频不低于20条.</summary>
    public static PeriodTotalRule Videos(Threshold minimum) => new(EnterpriseAssistanceClauses.Videos, minimum, m => m.ShortVideos, Unit.Count);

    public override Decision Decide(AssistedEnterprise facts, DateOnly asOf) =>
        ServiceMonths.Judge(facts, asOf, new Quantity(Total(facts), unit), minimum);

    protected override LocalizedText? Explain(AssistedEnterprise facts, DateOnly asOf, in Decision decision) =>
        ServiceMonths.Explain(facts, asOf, decision);

    protected override ImmutableArray<LocalizedText> Describe(AssistedEnterprise facts, DateOnly asOf, in Decision decision) =>
        Notes(facts, decision.Measured!.Value.Value);

    private ImmutableArray<LocalizedText> Notes(AssistedEnterprise facts, decimal total)
    {
        var parts = new List<string>();
        foreach (MonthlyAccountFigures m in ServiceMonths.Inside(facts))
        {
            parts.Add(FormattableString.Invariant($"{m.Month}: {value(m):#,0.##}"));
        }

        string perMonth = parts.Count == 0 ? "-" : string.Join(", ", parts);
        return
        [
            Text.Of($"服务期 {facts.ServicePeriod} 内逐月计入:{perMonth};合计 {total:#,0.##}", $"Counted month by month in the service period {facts.ServicePeriod}: {perMonth}; total {total:#,0.##}"),
            .. ServiceMonths.BoundaryNotes(facts),
        ];
    }

    // The sum over the months inside the period, in any order: validation bounds every figure, so the sum is exact.
    private decimal Total(AssistedEnterprise facts)
    {
        ServiceMonthBounds period = facts.ServicePeriod.Months;
        decimal total = 0m;
        foreach (MonthlyAccountFigures m in facts.Monthly)
        {
            if (period.Overlaps(m.Month))
            {
                total += value(m);
            }
        }

        return total;
    }
}
