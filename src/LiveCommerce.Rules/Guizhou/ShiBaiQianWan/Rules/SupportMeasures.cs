using System.Globalization;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>Where a claimed measure stands.</summary>
internal enum MeasureStatus
{
    /// <summary>Qualifies, with a cap.</summary>
    Eligible,

    /// <summary>Does not qualify (a condition not met, a repeat of a one-off award, an exhausted cap).</summary>
    NotEligible,

    /// <summary>Cannot be decided yet (the year has not ended, a figure the reading needs is missing).</summary>
    Pending,
}

/// <summary>The result of one support measure: whether the claim qualifies, the cap, and the formula with its numbers.</summary>
/// <remarks>The formula and reason are formatted on first read: comparing caps (the stacking policy, the fast paths) never
/// formats them. The delegates must be pure (racing readers may both run them and publish equal strings).</remarks>
internal sealed class MeasureCap(MeasureStatus status, Money cap, Func<string> formula, Func<LocalizedText>? reason = null, Money? figure = null) : IFormula
{
    private string? text;
    private ComputedAmount? amount;

    public MeasureCap(bool eligible, Money cap, Func<string> formula)
        : this(eligible ? MeasureStatus.Eligible : MeasureStatus.NotEligible, cap, formula)
    {
    }

    public MeasureStatus Status { get; } = status;

    public bool Eligible => Status == MeasureStatus.Eligible;

    public Money Cap { get; } = cap;

    public string Formula => text ??= formula();

    /// <summary>The cap as a report's amount, labelled <paramref name="label"/> (a measure's caps all carry its one label):
    /// made on first use, so a cap made once per rule set is reported without a new amount each time.</summary>
    public ComputedAmount AmountAs(LocalizedText label) => amount ??= new ComputedAmount(AmountKind.Cap, label, Cap, this);

    /// <summary>The note that shows <see cref="Formula"/>.</summary>
    public LocalizedText FormulaNote => Text.Of($"公式:{Formula}", $"Formula: {Formula}");

    /// <summary>Why the measure is refused or pending, when that is not the measure's own condition (a repeat, the year not over).</summary>
    public Func<LocalizedText>? Reason { get; } = reason;

    /// <summary>The figure held to the threshold, when the reading changes it (retail without its cross-border part).</summary>
    public Money? Figure { get; } = figure;
}

/// <summary>
/// The three support measures of 四、(二) as pure functions of the claim and the parameters in force, shared by the rules
/// (and by the stacking policy, which compares their caps).
/// </summary>
internal sealed class SupportMeasures
{
    public const decimal UnitYuan = 10_000m;

    // Indexed by category (the facts are validated: a category is one of the four), made once from the parameters:
    // the eligible cap in force, and the cap's threshold as a met decision reports it (the bound as paid, to the fen).
    private readonly MeasureCap[] oneOffEligible;
    private readonly Threshold[] oneOffAsPaid;

    /// <summary>The measures with the parameters in force; <paramref name="owner"/>'s options are read when a measure is evaluated.</summary>
    public SupportMeasures(ResolvedParameters parameters, SupportRuleSet owner)
    {
        SalesHigh = parameters.ThresholdOf(ShiBaiQianWanClauses.SalesTierHigh);
        SalesHighCap = CapOf(parameters, ShiBaiQianWanClauses.SalesTierHighCap);
        SalesLow = parameters.ThresholdOf(ShiBaiQianWanClauses.SalesTierLow);
        SalesLowCap = CapOf(parameters, ShiBaiQianWanClauses.SalesTierLowCap);
        TrafficRetail = parameters.ThresholdOf(ShiBaiQianWanClauses.TrafficRetail);
        TrafficRate = parameters.ThresholdOf(ShiBaiQianWanClauses.TrafficRate).Bound.Value;
        TrafficCap = CapOf(parameters, ShiBaiQianWanClauses.TrafficCap);
        int categories = DemonstrationCategories.All.Count;
        (oneOffEligible, oneOffAsPaid) = (new MeasureCap[categories], new Threshold[categories]);
        foreach (DemonstrationCategory c in DemonstrationCategories.All)
        {
            Threshold cap = parameters.ThresholdOf(ShiBaiQianWanClauses.OneOffCap(c));
            Money money = Money.FromYuan(cap.Bound.Value);
            oneOffEligible[(int)c] = new MeasureCap(true, money, () => "≤ " + Yuan(money));
            oneOffAsPaid[(int)c] = cap.WithBound(money.Yuan);
        }

        Owner = owner;
    }

    public Threshold SalesHigh { get; }

    public Money SalesHighCap { get; }

    public Threshold SalesLow { get; }

    public Money SalesLowCap { get; }

    public Threshold TrafficRetail { get; }

    /// <summary>Yuan per complete ¥10,000 of online retail (¥5).</summary>
    public decimal TrafficRate { get; }

    public Money TrafficCap { get; }

    /// <summary>The rule set the measures belong to; its options are read when a measure is evaluated.</summary>
    public SupportRuleSet Owner { get; }

    public SupportOptions Options => Owner.Options;

    /// <summary>The threshold a met one-off decision reports for <paramref name="category"/>: the category's cap in force
    /// (不超过) with the bound <paramref name="paid"/> (the cap <see cref="OneOff"/> gives, made once when it is that cap).</summary>
    public Threshold OneOffCapAsPaid(DemonstrationCategory category, Money paid) =>
        oneOffAsPaid[(int)category].WithBound(paid.Yuan);

    /// <summary>Whether the claim's year is over on <paramref name="asOf"/> (当年 / 年销售额 are whole-year figures).</summary>
    public static bool YearEnded(int year, DateOnly asOf) => asOf.Year > year;

    public MeasureCap? OneOff(SupportClaim claim)
    {
        if (claim.RecognisedCategory is not { } category)
        {
            return null;
        }

        // 一次性: paid once per category; an earlier one-off award in the same category refuses the claim.
        foreach (PriorAward award in claim.PriorAwards)
        {
            if (award.Measure == SupportMeasure.OneOffReward && award.Category == category)
            {
                return Refused("一次性奖励", "one-off reward", award);
            }
        }

        return oneOffEligible[(int)category];
    }

    public MeasureCap? SalesTier(SupportClaim claim, DateOnly asOf)
    {
        if (claim.AnnualSales is not { } sales)
        {
            return null;
        }

        if (!YearEnded(claim.Year, asOf))
        {
            return NotYetDue("年销售额", "annual sales", claim.Year, asOf);
        }

        bool high = SalesHigh.IsMetBy(sales.Yuan);
        if (!high && !SalesLow.IsMetBy(sales.Yuan))
        {
            return new MeasureCap(false, Money.Zero, () => $"{Yuan(sales)} < {Yuan(SalesLow.Bound.Value)} → ¥0");
        }

        // 一次性: one sales-tier reward per enterprise. Only a lower-tier awardee now reaching the upper tier may be topped
        // up, and only under SalesTierUpgrade.PayDifference.
        PriorAward? earlier = null;
        bool onlyLower = true;
        decimal paid = 0m;
        foreach (PriorAward award in claim.PriorAwards)
        {
            if (award.Measure == SupportMeasure.SalesTierReward)
            {
                earlier ??= award;
                onlyLower &= award.Tier == ShiBaiQianWan.SalesTier.Low;
                paid += (award.Amount ?? SalesLowCap).Yuan;
            }
        }

        if (earlier is null)
        {
            return high
                ? new MeasureCap(true, SalesHighCap, () => $"{Yuan(sales)} ≥ {Yuan(SalesHigh.Bound.Value)} → ≤ {Yuan(SalesHighCap)}")
                : new MeasureCap(true, SalesLowCap, () => $"{Yuan(SalesHigh.Bound.Value)} > {Yuan(sales)} ≥ {Yuan(SalesLow.Bound.Value)} → ≤ {Yuan(SalesLowCap)}");
        }

        bool upgrade = high && onlyLower;
        if (upgrade && Options.SalesTierUpgrade == SalesTierUpgrade.PayDifference && paid < SalesHighCap.Yuan)
        {
            Money rest = Money.FromYuan(SalesHighCap.Yuan - paid);
            return new MeasureCap(true, rest, () => $"{Yuan(sales)} ≥ {Yuan(SalesHigh.Bound.Value)} → ≤ {Yuan(SalesHighCap)} − {Yuan(paid)} (awarded {earlier.Year}) = {Yuan(rest)}");
        }

        MeasureCap refused = Refused("年销售额一次性奖励", "one-off annual-sales reward", earlier);
        if (!upgrade)
        {
            return refused;
        }

        // A lower-tier awardee reaching the upper tier: say which option pays the difference, or that nothing is left.
        Func<LocalizedText> why = refused.Reason!;
        return new MeasureCap(MeasureStatus.NotEligible, Money.Zero, () => refused.Formula, () =>
        {
            LocalizedText r = why();
            return Options.SalesTierUpgrade == SalesTierUpgrade.PayDifference
                ? Text.Of($"{r.ZhCn};已获奖励 {Yuan(paid)} 不低于高档上限 {Yuan(SalesHighCap)},无差额可补", $"{r.En}; the {Yuan(paid)} already awarded is not below the upper cap {Yuan(SalesHighCap)}: no difference is left")
                : Text.Of($"{r.ZhCn}(晋档补差须选用 SupportOptions.SalesTierUpgrade = PayDifference)", $"{r.En} (a top-up to the upper tier needs SupportOptions.SalesTierUpgrade = PayDifference)");
        });
    }

    public MeasureCap? Traffic(SupportClaim claim, DateOnly asOf)
    {
        if (claim.OnlineRetailOfGoods is not { } retail)
        {
            return null;
        }

        if (!YearEnded(claim.Year, asOf))
        {
            return NotYetDue("当年商品网络零售额", "that year's online retail of goods", claim.Year, asOf);
        }

        decimal earlierYears = 0m;
        foreach (PriorAward award in claim.PriorAwards)
        {
            if (award.Measure != SupportMeasure.TrafficSubsidy)
            {
                continue;
            }

            if (award.Year == claim.Year)
            {
                return Refused($"{claim.Year} 年度流量补贴", $"traffic subsidy for {claim.Year}", award);
            }

            earlierYears += award.Amount?.Yuan ?? 0m;
        }

        Money figure = retail;
        bool excluded = claim.CrossBorder;
        if (Options.CrossBorderReading == CrossBorderReading.ExcludeRetail)
        {
            excluded = false;
            if (claim.CrossBorderOnlineRetail is { } crossBorder)
            {
                figure = retail - crossBorder;
            }
            else if (claim.CrossBorder)
            {
                return new MeasureCap(MeasureStatus.Pending, Money.Zero, static () => "crossBorderOnlineRetail?", static () => Text.Of(
                    $"未检查:按“不含跨境电商零售额”口径须填报跨境电商零售额 crossBorderOnlineRetail",
                    $"Not checked: the reading that leaves cross-border retail out of the figure needs crossBorderOnlineRetail"));
            }
        }

        MeasureCap cap = Traffic(figure, claim.AboveDesignatedSizeInStatistics, excluded);
        if (!cap.Eligible || Options.TrafficSubsidyCapScope == TrafficSubsidyCapScope.PerYear)
        {
            return figure == retail ? cap : new MeasureCap(cap.Status, cap.Cap, () => $"{Yuan(retail)} − {Yuan(retail - figure)} (cross-border) = {Yuan(figure)}; {cap.Formula}", null, figure);
        }

        // 每家企业最高补贴不超过100万元 read across years: what earlier years received counts against the cap.
        decimal remaining = TrafficCap.Yuan - earlierYears;
        Money? shown = figure == retail ? null : figure;
        if (remaining <= 0m)
        {
            return new MeasureCap(MeasureStatus.NotEligible, Money.Zero, () => $"{Yuan(TrafficCap)} − {Yuan(earlierYears)} (earlier years) ≤ ¥0 → ¥0", () => Text.Of(
                $"不予补贴:此前年度已获流量补贴 {Yuan(earlierYears)},已达每家企业不超过 {Yuan(TrafficCap)} 的上限",
                $"Refused: earlier years' traffic subsidies of {Yuan(earlierYears)} have reached the {Yuan(TrafficCap)} cap per enterprise"), shown);
        }

        if (cap.Cap.Yuan <= remaining)
        {
            return new MeasureCap(MeasureStatus.Eligible, cap.Cap, () => $"{cap.Formula}; ≤ {Yuan(TrafficCap)} − {Yuan(earlierYears)} (earlier years) = {Yuan(remaining)}", null, shown);
        }

        Money rest = Money.FromYuan(remaining);
        return new MeasureCap(MeasureStatus.Eligible, rest, () => $"{cap.Formula}; {Yuan(TrafficCap)} − {Yuan(earlierYears)} (earlier years) = {Yuan(rest)} → {Yuan(rest)}", null, shown);
    }

    /// <summary>The traffic subsidy cap of one year: zero unless retail ≥ ¥100,000,000, 上规入统 and not excluded as cross-border.</summary>
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

    private static MeasureCap NotYetDue(string figureZh, string figureEn, int year, DateOnly asOf) =>
        new(MeasureStatus.Pending, Money.Zero, () => string.Create(CultureInfo.InvariantCulture, $"{year} not over as of {asOf:yyyy-MM-dd}"), () => Text.Of(
            $"尚未到期:{year} 年度尚未结束(评估日 {asOf:yyyy-MM-dd}),{figureZh}须按全年数据核定,{year + 1} 年1月1日起方可评估",
            $"Not yet due: the year {year} has not ended as of {asOf:yyyy-MM-dd}; {figureEn} is a whole-year figure, to be evaluated from 1 January {year + 1}"));

    private static MeasureCap Refused(string measureZh, string measureEn, PriorAward award) =>
        new(MeasureStatus.NotEligible, Money.Zero, () => $"awarded {award.Year} → ¥0", () =>
        {
            string what = award.Category is { } c ? $"({DemonstrationCategories.Name(c).ZhCn})" : award.Tier is { } t ? (t == ShiBaiQianWan.SalesTier.High ? "(50亿元档)" : "(10亿元档)") : "";
            string whatEn = award.Category is { } c2 ? $" ({DemonstrationCategories.Name(c2).En})" : award.Tier is { } t2 ? (t2 == ShiBaiQianWan.SalesTier.High ? " (¥5,000,000,000 tier)" : " (¥1,000,000,000 tier)") : "";
            string amount = award.Amount is { } a ? " " + Yuan(a) : "";
            return Text.Of(
                $"不予重复给予:已于 {award.Year} 年获得{measureZh}{what}{amount},该项奖励(补贴)只给予一次",
                $"Refused as a repeat: the {measureEn}{whatEn}{amount} was already awarded for {award.Year}, and it is given only once");
        });

    /// <summary>
    /// Under <see cref="StackingPolicy.LargestOnly"/>, the rule id of the measure that keeps its cap (the largest; ties go to
    /// the earlier clause), or <see langword="null"/> when stacking is allowed or no measure has a positive cap.
    /// </summary>
    public string? StackingWinner(SupportClaim claim, DateOnly asOf)
    {
        if (Options.Stacking != StackingPolicy.LargestOnly)
        {
            return null;
        }

        string? winner = null;
        Money best = Money.Zero;
        Consider(ShiBaiQianWanClauses.OneOffReward.Id, OneOff(claim), ref winner, ref best);
        Consider(ShiBaiQianWanClauses.SalesTier.Id, SalesTier(claim, asOf), ref winner, ref best);
        Consider(ShiBaiQianWanClauses.TrafficSubsidy.Id, Traffic(claim, asOf), ref winner, ref best);
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

    private static Money CapOf(ResolvedParameters parameters, ParameterDefinition cap) => Money.FromYuan(parameters.ThresholdOf(cap).Bound.Value);

    /// <summary>Formats an amount as the catalog writes it: <c>¥61,725</c> when whole, <c>¥61,728.39</c> otherwise.</summary>
    public static string Yuan(Money money) => Yuan(money.Yuan);

    /// <summary>Formats an amount in yuan: no decimals when whole.</summary>
    public static string Yuan(decimal yuan) =>
        "¥" + yuan.ToString(yuan == decimal.Truncate(yuan) ? "N0" : "N2", CultureInfo.InvariantCulture);
}
