namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

/// <summary>How "每实现1万元最高给予5元流量补贴" turns online retail into a subsidy cap.</summary>
public enum TrafficSubsidyReading
{
    /// <summary>The default: ¥5 per <em>complete</em> ¥10,000 (the number of units is rounded down). ¥123,456,789 → 12,345 × ¥5 = ¥61,725.</summary>
    CompleteUnits,

    /// <summary>The named alternative: pro rata, retail × 0.0005 rounded to the fen, half away from zero. ¥123,456,789 → ¥61,728.39.</summary>
    ProRata,
}

/// <summary>Whether the one-off category reward, the sales-tier reward and the traffic subsidy may be combined.</summary>
/// <remarks>The document does not say; the catalog treats them as separate measures. The default reports each.</remarks>
public enum StackingPolicy
{
    /// <summary>The default: each measure is reported with its own cap; the library does not decide whether they stack.</summary>
    ReportEachSeparately,

    /// <summary>Stacking is forbidden: only the measure with the largest cap keeps it (ties: the earlier clause), the others report no amount.</summary>
    LargestOnly,
}

/// <summary>The interpretation options of the support rule set; part of every report's fingerprint.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SupportOptions
{
    /// <summary>The library's default readings: complete ¥10,000 units, each measure reported separately, no sales-tier
    /// top-up, the traffic subsidy cap per year, cross-border enterprises excluded.</summary>
    public static SupportOptions Default { get; } = new();

    /// <summary>How the traffic subsidy cap is computed.</summary>
    public TrafficSubsidyReading TrafficSubsidyReading { get; init; } = TrafficSubsidyReading.CompleteUnits;

    /// <summary>Whether the measures may be combined.</summary>
    public StackingPolicy Stacking { get; init; } = StackingPolicy.ReportEachSeparately;

    /// <summary>Whether a lower-tier awardee that later reaches the upper tier gets the difference.</summary>
    public SalesTierUpgrade SalesTierUpgrade { get; init; } = SalesTierUpgrade.Refuse;

    /// <summary>Whether the traffic subsidy cap binds per year or per enterprise across years.</summary>
    public TrafficSubsidyCapScope TrafficSubsidyCapScope { get; init; } = TrafficSubsidyCapScope.PerYear;

    /// <summary>Whether 不含跨境电商 excludes the enterprise or only its cross-border retail.</summary>
    public CrossBorderReading CrossBorderReading { get; init; } = CrossBorderReading.ExcludeEnterprise;
}

/// <summary>
/// Whether an enterprise that was awarded the lower annual-sales tier (10亿元, ≤ ¥1,000,000) and later reaches the upper
/// tier (50亿元, ≤ ¥3,000,000) may receive the difference. The document says only "一次性" (once).
/// </summary>
public enum SalesTierUpgrade
{
    /// <summary>The default: the sales-tier reward is paid once; a later upper tier is refused, citing the earlier award.</summary>
    Refuse,

    /// <summary>The named alternative (晋档补差): the later upper tier is capped at the upper cap less what was awarded before.</summary>
    PayDifference,
}

/// <summary>What "每家企业最高补贴不超过100万元" caps: one year's traffic subsidy, or all of an enterprise's years together.</summary>
public enum TrafficSubsidyCapScope
{
    /// <summary>The default: the ¥1,000,000 caps each year's subsidy (the clause is about 当年 retail).</summary>
    PerYear,

    /// <summary>The named alternative: ¥1,000,000 per enterprise across years, less the traffic subsidies of earlier years.</summary>
    AcrossYears,
}

/// <summary>What "(不含跨境电商)" leaves out of the traffic subsidy.</summary>
public enum CrossBorderReading
{
    /// <summary>The default (the entity reading): a cross-border e-commerce enterprise is not eligible at all.</summary>
    ExcludeEnterprise,

    /// <summary>The named alternative: any enterprise may be eligible, but its cross-border retail is left out of the figure.</summary>
    ExcludeRetail,
}
