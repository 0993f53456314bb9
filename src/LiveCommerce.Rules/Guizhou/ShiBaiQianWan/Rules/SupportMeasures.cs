using System.Globalization;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>The result of one support measure: whether the claim qualifies, the cap, and the formula with its numbers.</summary>
/// <remarks>The formula is formatted on first read: comparing caps (the stacking policy, the fast paths) never formats it.
/// The delegate must be pure (racing readers may both run it and publish equal strings).</remarks>
internal sealed class MeasureCap(bool eligible, Money cap, Func<string> formula)
{
    private string? text;

    public bool Eligible { get; } = eligible;

    public Money Cap { get; } = cap;

    public string Formula => text ??= formula();
}

/// <summary>
/// The three support measures of 四、(二) as pure functions of the claim and the parameters in force, shared by the rules
/// (and by the stacking policy, which compares their caps).
/// </summary>
internal sealed class SupportMeasures
{
    public const decimal UnitYuan = 10_000m;

    public required Threshold SalesHigh { get; init; }

    public required Money SalesHighCap { get; init; }

    public required Threshold SalesLow { get; init; }

    public required Money SalesLowCap { get; init; }

    public required Threshold TrafficRetail { get; init; }

    /// <summary>Yuan per complete ¥10,000 of online retail (¥5).</summary>
    public required decimal TrafficRate { get; init; }

    public required Money TrafficCap { get; init; }

    public required Func<DemonstrationCategory, Money> OneOffCap { get; init; }

    /// <summary>The rule set the measures belong to; its options are read when a measure is evaluated.</summary>
    public required SupportRuleSet Owner { get; init; }

    public SupportOptions Options => Owner.Options;

    public MeasureCap? OneOff(SupportClaim claim) =>
        claim.RecognisedCategory is { } category ? OneOffMeasure(OneOffCap(category)) : null;

    private static MeasureCap OneOffMeasure(Money cap) => new(true, cap, () => "≤ " + Yuan(cap));

    public MeasureCap? SalesTier(SupportClaim claim)
    {
        if (claim.AnnualSales is not { } sales)
        {
            return null;
        }

        if (SalesHigh.IsMetBy(sales.Yuan))
        {
            return new MeasureCap(true, SalesHighCap, () => $"{Yuan(sales)} ≥ {Yuan(SalesHigh.Bound.Value)} → ≤ {Yuan(SalesHighCap)}");
        }

        return SalesLow.IsMetBy(sales.Yuan)
            ? new MeasureCap(true, SalesLowCap, () => $"{Yuan(SalesHigh.Bound.Value)} > {Yuan(sales)} ≥ {Yuan(SalesLow.Bound.Value)} → ≤ {Yuan(SalesLowCap)}")
            : new MeasureCap(false, Money.Zero, () => $"{Yuan(sales)} < {Yuan(SalesLow.Bound.Value)} → ¥0");
    }

    public MeasureCap? Traffic(SupportClaim claim) =>
        claim.OnlineRetailOfGoods is { } retail ? Traffic(retail, claim.AboveDesignatedSizeInStatistics, claim.CrossBorder) : null;

    /// <summary>The traffic subsidy cap: zero unless retail ≥ ¥100,000,000, 上规入统 and not cross-border.</summary>
    public MeasureCap Traffic(Money retail, bool aboveDesignatedSizeInStatistics, bool crossBorder)
    {
        if (crossBorder || !aboveDesignatedSizeInStatistics || !TrafficRetail.IsMetBy(retail.Yuan))
        {
            return new MeasureCap(false, Money.Zero, () =>
            {
                string why = crossBorder ? "cross-border" : !aboveDesignatedSizeInStatistics ? "not 上规入统" : $"{Yuan(retail)} < {Yuan(TrafficRetail.Bound.Value)}";
                return $"{why} → ¥0";
            });
        }

        Func<string> formula;
        Money raw;
        if (Options.TrafficSubsidyReading == TrafficSubsidyReading.ProRata)
        {
            decimal factor = TrafficRate / UnitYuan;
            Money r = raw = retail.MultiplyAndRound(factor, MidpointRounding.AwayFromZero);
            formula = () => $"{Yuan(retail)} × {factor.ToString(CultureInfo.InvariantCulture)} = {Yuan(r)}";
        }
        else
        {
            long units = (long)decimal.Floor(retail.Yuan / UnitYuan);
            Money r = raw = Money.FromYuan(units * TrafficRate);
            formula = () => $"⌊{Yuan(retail)} ÷ {Yuan(UnitYuan)}⌋ = {units.ToString("N0", CultureInfo.InvariantCulture)}; {units.ToString("N0", CultureInfo.InvariantCulture)} × {Yuan(TrafficRate)} = {Yuan(r)}";
        }

        if (raw > TrafficCap)
        {
            return new MeasureCap(true, TrafficCap, () => $"{formula()} > {Yuan(TrafficCap)} → {Yuan(TrafficCap)}");
        }

        return new MeasureCap(true, raw, formula);
    }

    /// <summary>
    /// Under <see cref="StackingPolicy.LargestOnly"/>, the rule id of the measure that keeps its cap (the largest; ties go to
    /// the earlier clause), or <see langword="null"/> when stacking is allowed or no measure has a positive cap.
    /// </summary>
    public string? StackingWinner(SupportClaim claim)
    {
        if (Options.Stacking != StackingPolicy.LargestOnly)
        {
            return null;
        }

        string? winner = null;
        Money best = Money.Zero;
        Consider("GZ-REWARD-ONE-OFF", OneOff(claim), ref winner, ref best);
        Consider("GZ-REWARD-SALES-TIER", SalesTier(claim), ref winner, ref best);
        Consider("GZ-TRAFFIC-SUBSIDY", Traffic(claim), ref winner, ref best);
        return winner;
    }

    private static void Consider(string id, MeasureCap? cap, ref string? winner, ref Money best)
    {
        if (cap is { Eligible: true } c && c.Cap > best)
        {
            best = c.Cap;
            winner = id;
        }
    }

    /// <summary>Formats an amount as the catalog writes it: <c>¥61,725</c> when whole, <c>¥61,728.39</c> otherwise.</summary>
    public static string Yuan(Money money) => Yuan(money.Yuan);

    /// <summary>Formats an amount in yuan: no decimals when whole.</summary>
    public static string Yuan(decimal yuan) =>
        "¥" + yuan.ToString(yuan == decimal.Truncate(yuan) ? "N0" : "N2", CultureInfo.InvariantCulture);
}
