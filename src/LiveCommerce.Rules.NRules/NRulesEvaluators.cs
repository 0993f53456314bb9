using System.Collections.Concurrent;
using LiveCommerce.Rules.Catalog;

namespace LiveCommerce.Rules.NRules;

/// <summary>
/// The compiled NRules rules of every rule set of one catalog (one parameter set), each compiled on first use and then
/// kept: compiling costs tens of milliseconds, a session per evaluation almost nothing.
/// </summary>
/// <remarks>Thread-safe; register it as a singleton (<c>AddNRules()</c> does).</remarks>
public sealed class NRulesEvaluators
{
    private readonly ConcurrentDictionary<string, Lazy<NRulesEvaluator>> compiled = new(StringComparer.Ordinal);

    /// <summary>Creates the cache over <paramref name="catalog"/>.</summary>
    public NRulesEvaluators(RuleCatalog catalog) => Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>The catalog whose rule sets (with their parameters) are compiled.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>The compiled rules of the rule set <paramref name="ruleSetId"/>.</summary>
    /// <exception cref="KeyNotFoundException">The catalog has no such rule set.</exception>
    public NRulesEvaluator this[string ruleSetId] =>
        compiled.GetOrAdd(ruleSetId, id => new Lazy<NRulesEvaluator>(() => NRulesEvaluator.Compile(Catalog[id]))).Value;
}
