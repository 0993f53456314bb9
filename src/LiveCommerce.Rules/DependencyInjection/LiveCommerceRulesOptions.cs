using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.DependencyInjection;

/// <summary>
/// Options for <c>AddLiveCommerceRules</c>: parameter overrides per rule set, such as a city's stricter acceptance standard
/// or its quota. Bindable from configuration (<c>"ParameterOverrides": { "hlj-shared-base": { "HLJ-BASE-AREA": 2500 } }</c>).
/// </summary>
public sealed class LiveCommerceRulesOptions
{
    /// <summary>Overrides keyed by rule set id, then by parameter key.</summary>
    public Dictionary<string, Dictionary<string, decimal>> ParameterOverrides { get; } = new(StringComparer.Ordinal);

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
    public RuleCatalog BuildCatalog() =>
        RuleCatalog.Create(ParameterOverrides.ToDictionary(p => p.Key, p => ParameterSet.From(p.Value), StringComparer.Ordinal));
}
