namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;

/// <summary>How "服务周期为6个月" turns a period's first day into its last.</summary>
public enum ServicePeriodReading
{
    /// <summary>The default: the first day of service counts, so six months end the day before the same day six months
    /// later (<c>end = start + 6 months − 1 day</c>): 2023-05-01..2023-10-31.</summary>
    FirstDayCounted,

    /// <summary>The named alternative, Civil Code arts. 201–202: the period runs from the day after the day it is reckoned
    /// from (the day before <c>start</c>) to the corresponding day six months later, or that month's last day when it has
    /// none (<c>end = (start − 1 day) + 6 months</c>): 2023-05-01..2023-10-30.</summary>
    CivilCode,
}

/// <summary>The interpretation options of the enterprise-assistance rule sets; part of every report's fingerprint when not
/// the default.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EnterpriseAssistanceOptions
{
    /// <summary>The default reading: the first day of service counts.</summary>
    public static EnterpriseAssistanceOptions Default { get; } = new();

    /// <summary>How a six-month service period ends.</summary>
    public ServicePeriodReading ServicePeriodReading { get; init; } = ServicePeriodReading.FirstDayCounted;

    /// <summary>The options as canonical JSON for the fingerprint, or null for the default (fingerprints unchanged).</summary>
    internal string? FingerprintJson => this == Default ? null : Engine.Readings.FingerprintJson(("servicePeriodReading", ServicePeriodReading));

    /// <summary><paramref name="overrides"/>, once <paramref name="options"/> are known to be defined: what both rule sets'
    /// constructors pass on to their base.</summary>
    /// <exception cref="Engine.RuleConfigurationException">An option is undefined.</exception>
    internal static Engine.ParameterSet Checked(EnterpriseAssistanceOptions options, string ruleSetId, Engine.ParameterSet overrides)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        Engine.Readings.CheckDefined(options.ServicePeriodReading, $"Rule set {ruleSetId}", "service period reading", problems);
        return Engine.Readings.Checked(problems, overrides);
    }
}
