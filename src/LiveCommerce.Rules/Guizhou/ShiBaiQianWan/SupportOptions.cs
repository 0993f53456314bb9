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
    /// <summary>The document's reading: complete ¥10,000 units, each measure reported separately.</summary>
    public static SupportOptions Default { get; } = new();

    /// <summary>How the traffic subsidy cap is computed.</summary>
    public TrafficSubsidyReading TrafficSubsidyReading { get; init; } = TrafficSubsidyReading.CompleteUnits;

    /// <summary>Whether the measures may be combined.</summary>
    public StackingPolicy Stacking { get; init; } = StackingPolicy.ReportEachSeparately;
}
