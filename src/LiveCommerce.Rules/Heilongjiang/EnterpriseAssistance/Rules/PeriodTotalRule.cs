using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// ①直播时长不低于60小时 and ②发布短视频不低于20条: the total over the months of the service period. Monthly figures are
/// summed so that the period applies to every standard; months outside it are listed, not counted.
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

    public override Finding Evaluate(AssistedEnterprise facts, DateOnly asOf)
    {
        decimal total = 0m;
        var parts = new List<string>();
        foreach (MonthlyAccountFigures m in ServiceMonths.Inside(facts))
        {
            decimal v = value(m);
            total += v;
            parts.Add(FormattableString.Invariant($"{m.Month}: {v:#,0.##}"));
        }

        string perMonth = parts.Count == 0 ? "-" : string.Join(", ", parts);
        ImmutableArray<LocalizedText> notes =
        [
            Text.Of($"服务期 {facts.ServicePeriod} 内逐月计入:{perMonth};合计 {total:#,0.##}", $"Counted month by month in the service period {facts.ServicePeriod}: {perMonth}; total {total:#,0.##}"),
            .. ServiceMonths.BoundaryNotes(facts),
        ];
        return Judge(new Quantity(total, unit), minimum, notes: notes);
    }

    public override bool Passes(AssistedEnterprise facts, DateOnly asOf) => minimum.IsMetBy(Total(facts));

    private decimal Total(AssistedEnterprise facts)
    {
        decimal total = 0m;
        foreach (MonthlyAccountFigures m in ServiceMonths.Inside(facts))
        {
            total += value(m);
        }

        return total;
    }
}
