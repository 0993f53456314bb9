using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.NRules;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the NRules rule set of LiveCommerce.Rules.</summary>
public static class NRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NRulesEvaluators"/>: the NRules rules of every rule set of the registered
    /// <see cref="RuleCatalog"/>, so with the parameter overrides and steps of every <c>AddLiveCommerceRules</c> call,
    /// each compiled once, on first use, and kept. Registers <c>AddLiveCommerceRules()</c> too when it is missing, so the
    /// order of the calls does not matter; calling it twice registers it once.
    /// </summary>
    /// <returns>The services, so calls chain.</returns>
    public static IServiceCollection AddNRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLiveCommerceRules();
        services.TryAddSingleton(sp => new NRulesEvaluators(sp.GetRequiredService<RuleCatalog>()));
        return services;
    }
}
