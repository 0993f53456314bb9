using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.DependencyInjection;

/// <summary>
/// Options for <c>AddLiveCommerceRules</c>: parameter overrides per rule set, such as a city's stricter acceptance standard
/// or its quota. Bindable from configuration (<c>"ParameterOverrides": { "hlj-shared-base": { "HLJ-BASE-AREA": 2500 } }</c>).
/// </summary>
public sealed class LiveCommerceRulesOptions
{
    private readonly List<(string RuleSetId, Func<RuleSet, RuleSet> Configure)> ruleSetSteps = [];

    /// <summary>Overrides keyed by rule set id, then by parameter key.</summary>
    public Dictionary<string, Dictionary<string, decimal>> ParameterOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Configures one rule set beyond its parameters, after the overrides are applied; returns this instance so calls
    /// chain. For example Guizhou's recognition criteria, which the source leaves to an attachment:
    /// <c>o.Configure("gz-demonstration", r => ((DemonstrationRuleSet)r).WithCriteria(criteria))</c>.
    /// </summary>
    /// <remarks>The step must return a rule set with the same id; a step that throws is reported as a configuration problem.</remarks>
    public LiveCommerceRulesOptions Configure(string ruleSetId, Func<RuleSet, RuleSet> configure)
    {
        ArgumentNullException.ThrowIfNull(ruleSetId);
        ArgumentNullException.ThrowIfNull(configure);
        ruleSetSteps.Add((ruleSetId, configure));
        return this;
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

    /// <summary>Every problem with these options (unknown rule set or parameter, a loosening override); empty when valid.</summary>
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

    /// <summary>Builds the catalog these options describe.</summary>
    /// <exception cref="RuleConfigurationException">The options are invalid; every problem is listed.</exception>
    public RuleCatalog BuildCatalog()
    {
        var problems = new List<string>();
        RuleCatalog catalog;
        try
        {
            catalog = RuleCatalog.Create(ParameterOverrides.ToDictionary(p => p.Key, p => ParameterSet.From(p.Value), StringComparer.Ordinal));
        }
        catch (RuleConfigurationException ex)
        {
            throw new RuleConfigurationException([.. ex.Problems]);
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
