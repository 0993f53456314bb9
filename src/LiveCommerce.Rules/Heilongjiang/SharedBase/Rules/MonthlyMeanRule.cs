using System.Collections.Immutable;
using System.Globalization;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// ③2022年1月1日至2022年12月31日期间月平均入驻电商企业数量不少于10家、直播间数量不少于10间: the mean of the twelve
/// monthly counts of 2022. Decided exactly (sum ≥ bound × 12), so no rounding of the mean can move the boundary. A month
/// that is not over on the as-of date is not yet known: its count is not taken as known, and the criterion is not yet due
/// (not evaluated), naming those months.
/// </summary>
internal sealed class MonthlyMeanRule : Rule<SharedBaseApplication>
{
    private readonly Threshold minimumMean;
    private readonly bool liveRooms;

    private MonthlyMeanRule(RuleDescriptor descriptor, Threshold minimumMean, bool liveRooms)
        : base(descriptor)
    {
        this.minimumMean = minimumMean;
        this.liveRooms = liveRooms;
    }

    public static MonthlyMeanRule Tenants(Threshold minimumMean) => new(SharedBaseClauses.Tenants, minimumMean, liveRooms: false);

    public static MonthlyMeanRule LiveRooms(Threshold minimumMean) => new(SharedBaseClauses.LiveRooms, minimumMean, liveRooms: true);

    public override Decision Decide(SharedBaseApplication facts, DateOnly asOf)
    {
        long sum = Sum(facts);
        int months = facts.Monthly2022.Length;
        var mean = new Quantity(Mean(sum, months), Unit.Count);
        Outcome outcome = After(facts.Monthly2022, asOf) ? Outcome.NotEvaluated : Decide(sum, months) ? Outcome.Met : Outcome.NotMet;
        return new Decision(outcome, mean, minimumMean);
    }

    protected override LocalizedText? Explain(SharedBaseApplication facts, DateOnly asOf, in Decision decision)
    {
        if (decision.Outcome != Outcome.NotEvaluated)
        {
            return null;
        }

        YearMonth? notOver = YearMonth.FirstNotOverOn(asOf);
        string later = string.Join(", ", facts.Monthly2022.Where(m => m.Month >= notOver).OrderBy(m => m.Month).Select(m => m.Month.ToString()));
        return Text.Of($"尚未到期:{later} 的数量晚于评估日期 {asOf:yyyy-MM-dd},尚不可知,不作为已知数据计入", $"Not yet due: the counts for {later} are dated after the as-of date {asOf:yyyy-MM-dd} and are not yet known");
    }

    protected override ImmutableArray<LocalizedText> Describe(SharedBaseApplication facts, DateOnly asOf, in Decision decision) =>
        Notes(facts.Monthly2022, Sum(facts), facts.Monthly2022.Length, decision.Measured!.Value);

    /// <summary>Whether some month is not over on <paramref name="asOf"/> (issue 17: such a count is not yet known).</summary>
    private static bool After(ImmutableArray<MonthlyOccupancy> monthly, DateOnly asOf)
    {
        YearMonth? notOver = YearMonth.FirstNotOverOn(asOf);
        foreach (MonthlyOccupancy m in monthly)
        {
            if (m.Month >= notOver)
            {
                return true;
            }
        }

        return false;
    }

    private ImmutableArray<LocalizedText> Notes(ImmutableArray<MonthlyOccupancy> monthly, long sum, int months, Quantity mean)
    {
        string perMonth = string.Join(", ", monthly.OrderBy(m => m.Month).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Month}: {Count(m)}")));
        return
        [
            Text.Of($"12 个月合计 {sum:N0},月平均 = {sum:N0} ÷ {months} = {mean.Value:0.##}", $"Total over 12 months {sum:N0}; monthly mean = {sum:N0} ÷ {months} = {mean.Value:0.##}"),
            new LocalizedText("逐月:" + perMonth, "By month: " + perMonth),
        ];
    }

    /// <summary>
    /// <c>decimal.Round((decimal)sum / months, 2, MidpointRounding.AwayFromZero)</c>, value and scale, in integer
    /// arithmetic (a decimal division costs more than the rest of the rule): exact quotients keep their shortest
    /// scale, rounded ones two places.
    /// </summary>
    internal static decimal Mean(long sum, int months)
    {
        long hundredths = Math.DivRem(sum * 100, months, out long remainder);
        if (remainder != 0)
        {
            return Scaled(2 * remainder >= months ? hundredths + 1 : hundredths, 2);
        }

        return hundredths % 100 == 0 ? hundredths / 100 : hundredths % 10 == 0 ? Scaled(hundredths / 10, 1) : Scaled(hundredths, 2);
    }

    private static decimal Scaled(long value, byte scale) => new((int)value, (int)(value >> 32), 0, false, scale);

    private int Count(MonthlyOccupancy month) => liveRooms ? month.LiveRooms : month.Tenants;

    private long Sum(SharedBaseApplication facts)
    {
        long sum = 0;
        foreach (MonthlyOccupancy month in facts.Monthly2022)
        {
            sum += liveRooms ? month.LiveRooms : month.Tenants;
        }

        return sum;
    }

    // Exact: the sum against bound × months, so no rounding of the mean can move the boundary.
    private bool Decide(long sum, int months) => minimumMean.Comparison.Accepts(((decimal)sum).CompareTo(minimumMean.Bound.Value * months));
}
