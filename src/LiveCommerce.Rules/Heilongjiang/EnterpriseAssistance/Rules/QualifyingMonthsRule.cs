using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// ③服务期内至少2个月的单月店铺销售额不低于10万元人民币 and ④服务期内至少2个月的单月店铺成交单量不低于1000单: the number
/// of whole calendar months inside the service period whose own figure meets the monthly standard (单月: a month the period
/// covers only in part is not one). ③ and ④ are counted independently (the months need not be the same). The notes show every
/// month: counted, below the standard, partly or wholly outside the period. Not reached while the period is still running:
/// not yet due (not evaluated), never not met.
/// </summary>
internal sealed class QualifyingMonthsRule : Rule<AssistedEnterprise>
{
    private readonly Threshold minimumMonths;
    private readonly Threshold monthlyStandard;
    private readonly Func<MonthlyAccountFigures, Quantity> value;

    private QualifyingMonthsRule(RuleDescriptor descriptor, Threshold minimumMonths, Threshold monthlyStandard, Func<MonthlyAccountFigures, Quantity> value)
        : base(descriptor)
    {
        this.minimumMonths = minimumMonths;
        this.monthlyStandard = monthlyStandard;
        this.value = value;
    }

    /// <summary>③ months with that month's store sales ≥ the monthly standard (¥100,000).</summary>
    public static QualifyingMonthsRule Sales(ResolvedParameters parameters) =>
        Of(EnterpriseAssistanceClauses.SalesMonths, EnterpriseAssistanceClauses.MonthlySalesKey, parameters, m => Quantity.Of(m.StoreSales));

    /// <summary>④ months with that month's orders ≥ the monthly standard (1,000).</summary>
    public static QualifyingMonthsRule Orders(ResolvedParameters parameters) =>
        Of(EnterpriseAssistanceClauses.OrderMonths, EnterpriseAssistanceClauses.MonthlyOrdersKey, parameters, m => Quantity.OfCount(m.Orders));

    /// <summary>The rule of <paramref name="clause"/>: its months threshold (keyed by its id) and its monthly standard.</summary>
    private static QualifyingMonthsRule Of(RuleDescriptor clause, string monthlyStandardKey, ResolvedParameters parameters, Func<MonthlyAccountFigures, Quantity> value) =>
        new(clause, parameters.ThresholdOf(clause.Parameter(clause.Id)), parameters.ThresholdOf(clause.Parameter(monthlyStandardKey)), value);

    /// <summary>The monthly standard a month's figure is held to.</summary>
    public Threshold MonthlyStandard => monthlyStandard;

    public override Decision Decide(AssistedEnterprise facts, DateOnly asOf) =>
        ServiceMonths.Judge(facts, asOf, new Quantity(Count(facts), Unit.Months), minimumMonths);

    protected override LocalizedText? Explain(AssistedEnterprise facts, DateOnly asOf, in Decision decision) =>
        ServiceMonths.Explain(facts, asOf, decision)
        ?? Text.Of($"单月标准 {monthlyStandard.Format(ReportLanguage.ChineseSimplified)}", $"monthly standard {monthlyStandard.Format(ReportLanguage.English)}");

    protected override ImmutableArray<LocalizedText> Describe(AssistedEnterprise facts, DateOnly asOf, in Decision decision) => Notes(facts);

    /// <summary>Every month: counted, below the standard, or outside the period (formatted only when read).</summary>
    private ImmutableArray<LocalizedText> Notes(AssistedEnterprise facts)
    {
        ServicePeriod period = facts.ServicePeriod;
        int count = 0;
        ImmutableArray<LocalizedText>.Builder notes = ImmutableArray.CreateBuilder<LocalizedText>();
        string zhStandard = monthlyStandard.Format(ReportLanguage.ChineseSimplified);
        string enStandard = monthlyStandard.Format(ReportLanguage.English);
        foreach (MonthlyAccountFigures m in facts.Monthly.OrderBy(m => m.Month))
        {
            Quantity q = value(m);
            string zh = q.Format(ReportLanguage.ChineseSimplified);
            string en = q.Format(ReportLanguage.English);
            if (!period.Overlaps(m.Month))
            {
                notes.Add(Text.Of($"{m.Month}:{zh},不在服务期 {period} 内,不计入", $"{m.Month}: {en}, outside the service period {period}: not counted"));
            }
            else if (!period.Contains(m.Month))
            {
                notes.Add(Text.Of($"{m.Month}:{zh},服务期 {period} 只覆盖该月一部分,不是服务期内的单月,不计入", $"{m.Month}: {en}, only partly inside the service period {period}: not a whole month of it, not counted"));
            }
            else if (monthlyStandard.IsMetBy(q))
            {
                count++;
                notes.Add(Text.Of($"{m.Month}:{zh},达到 {zhStandard},计入(第 {count} 个达标月)", $"{m.Month}: {en} meets {enStandard}: counted (qualifying month {count})"));
            }
            else
            {
                notes.Add(Text.Of($"{m.Month}:{zh},未达到 {zhStandard},不计入", $"{m.Month}: {en} does not meet {enStandard}: not counted"));
            }
        }

        notes.AddRange(ServiceMonths.BoundaryNotes(facts, includeOutside: false));
        return notes.ToImmutable();
    }

    /// <summary>The number of qualifying months inside the period.</summary>
    public int Count(AssistedEnterprise facts)
    {
        ServiceMonthBounds period = facts.ServicePeriod.Months;
        int count = 0;
        foreach (MonthlyAccountFigures m in facts.Monthly)
        {
            if (period.Contains(m.Month) && monthlyStandard.IsMetBy(value(m)))
            {
                count++;
            }
        }

        return count;
    }
}
