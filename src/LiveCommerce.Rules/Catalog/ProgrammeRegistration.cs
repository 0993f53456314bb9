using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;

namespace LiveCommerce.Rules.Catalog;

/// <summary>
/// One programme as the catalog registers it: its rule set's id, and what it offers a host beside evaluation — goal
/// progress, an acceptance sheet, configuration the host supplies. A host asks the catalog
/// (<see cref="RuleCatalog.RegistrationOf"/>) instead of testing a rule set's type, so a new programme needs no host change.
/// </summary>
/// <remarks>The same for every catalog (parameter overrides do not change what a programme offers). Each capability works
/// on the rule set with <see cref="RuleSetId"/> of any catalog, configured or not. Immutable and thread-safe.</remarks>
public sealed class ProgrammeRegistration
{
    internal ProgrammeRegistration(RuleSet defaultRuleSet)
    {
        DefaultRuleSet = defaultRuleSet;
    }

    /// <summary>The id of the programme's rule set.</summary>
    public string RuleSetId => DefaultRuleSet.Id;

    /// <summary>Goal progress, when the rule set is a province's goal set; <see langword="null"/> otherwise.</summary>
    public GoalTracking? Goals { get; internal init; }

    /// <summary>The printable acceptance sheet of a report, when the programme has one; <see langword="null"/> otherwise.</summary>
    public AcceptanceSheetRenderer? AcceptanceSheet { get; internal init; }

    /// <summary>Configuration beyond parameters that a host supplies as JSON, when the programme takes any (such as
    /// recognition criteria the source leaves to an attachment); <see langword="null"/> otherwise.</summary>
    public HostConfigurationBinder? Configuration { get; internal init; }

    /// <summary>The rule set with every document default, as <see cref="RuleCatalog.Default"/> lists it.</summary>
    internal RuleSet DefaultRuleSet { get; }

    /// <inheritdoc/>
    public override string ToString() => RuleSetId;
}

/// <summary>Goal progress of a goal set: per goal its value, percentage of target, status and missing figures.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GoalTracking
{
    private readonly string ruleSetId;

    internal GoalTracking(string ruleSetId, Province province)
    {
        this.ruleSetId = ruleSetId;
        Province = province;
    }

    /// <summary>The province whose goals these are.</summary>
    public Province Province { get; }

    /// <summary>Reads a province from its English or Chinese name (<c>Sichuan</c>, <c>四川</c>, <c>四川省</c>; any case);
    /// Xiangyuan county (<c>Xiangyuan</c>, <c>襄垣县</c>) is read as Shanxi.</summary>
    public static bool TryParseProvince(string? text, out Province province) => GoalCatalog.TryParseProvince(text, out province);

    /// <summary>Reads figures from UTF-8 JSON and reports the progress of every goal; never throws on bad input.</summary>
    /// <param name="goalSet">The programme's goal set, from any catalog (with its raised targets, if any).</param>
    /// <param name="utf8Json">The figures as UTF-8 JSON.</param>
    /// <param name="asOf">The date to report as of.</param>
    /// <exception cref="ArgumentException"><paramref name="goalSet"/> is not this programme's goal set.</exception>
    public GoalProgressResult ProgressJson(RuleSet goalSet, ReadOnlySpan<byte> utf8Json, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(goalSet);
        return goalSet is GoalSet goals && goals.Id == ruleSetId
            ? goals.ProgressJson(utf8Json, asOf)
            : throw new ArgumentException($"Rule set '{goalSet.Id}' is not the goal set '{ruleSetId}'.", nameof(goalSet));
    }
}

/// <summary>A programme's acceptance sheet: a report's findings grouped by the source's sections, with totals, as an
/// officer prints it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AcceptanceSheetRenderer
{
    private readonly Func<Report, ReportLanguage, bool, string> format;

    internal AcceptanceSheetRenderer(Func<Report, ReportLanguage, bool, string> format) => this.format = format;

    /// <summary>The sheet of <paramref name="report"/> as text.</summary>
    /// <param name="report">A report of the programme's rule set.</param>
    /// <param name="language">The language.</param>
    /// <param name="withNotes">Whether to print each finding's notes (the checks and the missing evidence).</param>
    public string Format(Report report, ReportLanguage language, bool withNotes = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        return format(report, language, withNotes);
    }
}

/// <summary>
/// Configuration beyond parameters that a host supplies as JSON (a file, a setting), read with every problem and its
/// JSON path, and applied to the programme's rule set. It becomes part of every report's fingerprint.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HostConfigurationBinder
{
    private readonly BindJson bind;

    private HostConfigurationBinder(BindJson bind) => this.bind = bind;

    private delegate RuleSet? BindJson(RuleSet ruleSet, ReadOnlySpan<byte> utf8Json, out ValidationResult problems);

    /// <summary>Reads the configuration from <paramref name="utf8Json"/> and applies it to <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">The programme's rule set, from any catalog (its parameters are kept).</param>
    /// <param name="utf8Json">The configuration as UTF-8 JSON.</param>
    /// <param name="problems">Every problem with the configuration, each with its JSON path; valid when the result is not null.</param>
    /// <returns>The configured rule set, or <see langword="null"/> when the configuration is invalid.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleSet"/> is not the programme's rule set.</exception>
    public RuleSet? Bind(RuleSet ruleSet, ReadOnlySpan<byte> utf8Json, out ValidationResult problems)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return bind(ruleSet, utf8Json, out problems);
    }

    /// <summary>A binder that reads <typeparamref name="TConfiguration"/> and applies it to a <typeparamref name="TRuleSet"/>.</summary>
    internal static HostConfigurationBinder Of<TRuleSet, TConfiguration>(ReadJson<TConfiguration> read, Func<TRuleSet, TConfiguration, RuleSet> apply)
        where TRuleSet : RuleSet
        where TConfiguration : class =>
        new((RuleSet ruleSet, ReadOnlySpan<byte> utf8Json, out ValidationResult problems) =>
        {
            if (ruleSet is not TRuleSet target)
            {
                throw new ArgumentException($"Rule set '{ruleSet.Id}' does not take this configuration.", nameof(ruleSet));
            }

            problems = read(utf8Json, out TConfiguration? configuration);
            return problems.IsValid && configuration is not null ? apply(target, configuration) : null;
        });

    /// <summary>Reads a configuration from UTF-8 JSON: every problem with its path, and the value when valid.</summary>
    internal delegate ValidationResult ReadJson<TConfiguration>(ReadOnlySpan<byte> utf8Json, out TConfiguration? configuration)
        where TConfiguration : class;
}
