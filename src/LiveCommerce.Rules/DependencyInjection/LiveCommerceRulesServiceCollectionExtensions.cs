using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LiveCommerce.Rules in a service collection.</summary>
public static class LiveCommerceRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="RuleCatalog"/> (and its <see cref="LiveCommerceRulesOptions"/>). Each call may add a
    /// configuration step; steps run in order. Registering twice is harmless.
    /// </summary>
    /// <remarks>The options are validated when the catalog is first resolved; an invalid configuration throws
    /// <see cref="LiveCommerce.Rules.Engine.RuleConfigurationException"/> listing every problem. Resolve the catalog at
    /// start-up to fail fast.</remarks>
    /// <returns>The same collection, so calls chain.</returns>
    public static IServiceCollection AddLiveCommerceRules(this IServiceCollection services, Action<LiveCommerceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.AddSingleton(new ConfigureLiveCommerceRules(configure));
        }

        services.TryAddSingleton(sp =>
        {
            var options = new LiveCommerceRulesOptions();
            foreach (ConfigureLiveCommerceRules step in sp.GetServices<ConfigureLiveCommerceRules>())
            {
                step.Configure(options);
            }

            return options;
        });
        services.TryAddSingleton(sp => sp.GetRequiredService<LiveCommerceRulesOptions>().BuildCatalog());
        return services;
    }

    private sealed record ConfigureLiveCommerceRules(Action<LiveCommerceRulesOptions> Configure);
}
