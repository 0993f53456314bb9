using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.DependencyInjection;

/// <summary>
/// Options for <c>AddLiveCommerceRules</c>: parameter overrides per rule set, such as a city's stricter acceptance standard
/// or its quota, and configuration steps beyond parameters. Registered through the options pattern: every
/// <c>AddLiveCommerceRules</c> call adds its delegate, and the options are validated when the host starts.
/// </summary>
/// <remarks>
/// From configuration, pass the section to <c>AddLiveCommerceRules(IConfigurationSection)</c>
/// (<c>"LiveCommerceRules": { "ParameterOverrides": { "hlj-shared-base": { "HLJ-BASE-AREA": 2500 } } }</c>): every value is
/// parsed by its parameter's own rules, and one that does not parse (<c>2,500</c>, <c>2500m2</c>, an empty value) is a
/// validation problem naming the key and the value, where the configuration binder would drop it silently.
/// </remarks>
public sealed class LiveCommerceRulesOptions
{
    /// <summary>The conventional configuration section, <c>LiveCommerceRules</c>.</summary>
    public const string SectionName = "LiveCommerceRules";

    private readonly List<(string RuleSetId, Func<RuleSet, RuleSet> Configure)> ruleSetSteps = [];

    // Values of a configuration section that could not be read: reported first, since they are left out of the overrides.
    private readonly List<string> configurationProblems = [];

    /// <summary>Overrides keyed by rule set id, then by parameter key.</summary>
    public Dictionary<string, Dictionary<string, decimal>> ParameterOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Configures one rule set beyond its parameters, after the overrides are applied; returns this instance so calls
    /// chain. For example Guizhou's recognition criteria, which the source leaves to an attachment:
    /// <c>o.Configure("gz-demonstration", r => ((DemonstrationRuleSet)r).WithCriteria(criteria))</c>; from JSON,
    /// <see cref="ConfigureFromJson"/> does the same without naming the programme's type.
    /// </summary>
    /// <remarks>The step must return a rule set with the same id; a step that throws is reported as a configuration problem.</remarks>
    public LiveCommerceRulesOptions Configure(string ruleSetId, Func<RuleSet, RuleSet> configure)
    {
        ArgumentNullException.ThrowIfNull(ruleSetId);
        ArgumentNullException.ThrowIfNull(configure);
        ruleSetSteps.Add((ruleSetId, configure));
        return this;
    }

    /// <summary>
    /// Configures one rule set with the host configuration its programme takes, as JSON (see
    /// <see cref="ProgrammeRegistration.Configuration"/>), after the overrides are applied; returns this instance so calls
    /// chain. For example Guizhou's recognition criteria:
    /// <c>o.ConfigureFromJson("gz-demonstration", File.ReadAllBytes("criteria.json"))</c>.
    /// </summary>
    /// <remarks>Invalid JSON, a configuration with problems (each with its JSON path) or a programme that takes no host
    /// configuration is reported as a configuration problem. The bytes are copied.</remarks>
    public LiveCommerceRulesOptions ConfigureFromJson(string ruleSetId, ReadOnlyMemory<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(ruleSetId);
        byte[] json = utf8Json.ToArray();
        return Configure(ruleSetId, ruleSet =>
        {
            if (RuleCatalog.Default.RegistrationOf(ruleSet.Id).Configuration is not { } binder)
            {
                throw new RuleConfigurationException($"rule set '{ruleSet.Id}' takes no host configuration (these do: {string.Join(", ", RuleCatalog.Default.Registrations.Where(p => p.Configuration is not null).Select(p => p.RuleSetId))}).");
            }

            return binder.Bind(ruleSet, json, out ValidationResult problems)
                ?? throw new RuleConfigurationException([.. problems.Problems.Select(p => $"{p.Path} [{p.Code}] {p.Message.En}")]);
        });
    }

    /// <summary>Sets one override; returns this instance so calls chain.</summary>
    public LiveCommerceRulesOptions Override(string ruleSetId, string parameterKey, decimal value)
    {
        if (!ParameterOverrides.TryGetValue(ruleSetId, out Dictionary<string, decimal>? set))
        {
            set = new Dictionary<string, decimal>(StringComparer.Ordinal);
            ParameterOverrides[ruleSetId] = set;
        }

        set[parameterKey] = value;
        return this;
    }

    /// <summary>
    /// Every problem with these options (a configured value that does not parse, an unknown rule set or parameter, a
    /// loosening override, a failing configuration step); empty when valid.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        try
        {
            _ = BuildCatalog();
            return [];
        }
        catch (RuleConfigurationException ex)
        {
            return ex.Problems;
        }
    }

    /// <summary>Records a configured value that could not be read; <see cref="Validate"/> and <see cref="BuildCatalog"/> report it.</summary>
    internal void AddConfigurationProblem(string problem) => configurationProblems.Add(problem);

    /// <summary>Builds the catalog these options describe.</summary>
    /// <exception cref="RuleConfigurationException">The options are invalid; every problem is listed.</exception>
    public RuleCatalog BuildCatalog()
    {
        var problems = new List<string>(configurationProblems);
        RuleCatalog catalog;
        try
        {
            catalog = RuleCatalog.Create(ParameterOverrides.ToDictionary(p => p.Key, p => ParameterSet.From(p.Value), StringComparer.Ordinal));
        }
        catch (RuleConfigurationException ex)
        {
            throw new RuleConfigurationException([.. problems, .. ex.Problems]);
        }

        foreach ((string id, Func<RuleSet, RuleSet> configure) in ruleSetSteps)
        {
            if (!catalog.TryGet(id, out RuleSet? ruleSet))
            {
                problems.Add($"There is no rule set '{id}' to configure. Known rule sets: {string.Join(", ", catalog.RuleSets.Select(r => r.Id))}.");
                continue;
            }

            RuleSet configured;
            try
            {
                configured = configure(ruleSet);
            }
            catch (Exception ex) when (ex is RuleConfigurationException or ArgumentException or InvalidCastException or InvalidOperationException)
            {
                problems.Add($"Configuring rule set '{id}' failed: {ex.Message}");
                continue;
            }

            if (configured?.Id != id)
            {
                problems.Add($"Configuring rule set '{id}' must return a rule set with the same id.");
                continue;
            }

            catalog = catalog.With(configured);
        }

        return problems.Count > 0 ? throw new RuleConfigurationException(problems) : catalog;
    }
}
