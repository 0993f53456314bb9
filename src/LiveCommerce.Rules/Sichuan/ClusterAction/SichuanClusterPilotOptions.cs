namespace LiveCommerce.Rules.Sichuan.ClusterAction;

/// <summary>How "可连续给予三年支持" (SC-CLUSTER-SUPPORT-YEARS) bounds the years of support.</summary>
public enum SupportYearsReading
{
    /// <summary>
    /// The default: the years of support form one consecutive run (连续: a gap is refused) of at most three years, starting
    /// no earlier than the selection year (a later start is accepted).
    /// </summary>
    ConsecutiveRun,

    /// <summary>
    /// The named alternative: every year of support lies within the three years from selection (selected 2023: 2023–2025);
    /// a year without support in between is accepted, a year after the window is refused.
    /// </summary>
    WithinYearsOfSelection,
}

/// <summary>The interpretation options of the cluster pilot rule set; part of every report's fingerprint.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SichuanClusterPilotOptions
{
    /// <summary>The library's default readings.</summary>
    public static SichuanClusterPilotOptions Default { get; } = new();

    /// <summary>How the years of support are bounded.</summary>
    public SupportYearsReading SupportYears { get; init; } = SupportYearsReading.ConsecutiveRun;
}
