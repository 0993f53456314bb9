using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LiveCommerce.Rules in a service collection.</summary>
public static class LiveCommerceRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LiveCommerceRulesOptions"/> through the options pattern, validated when the host starts, and a
    /// singleton <see cref="RuleCatalog"/> built from <c>IOptions&lt;LiveCommerceRulesOptions&gt;.Value</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Overrides and configuration steps to add, or <see langword="null"/>.</param>
    /// <remarks>
    /// <para>Calls compose: each call adds its <paramref name="configure"/> delegate (they run in registration order, as
    /// <c>services.Configure&lt;LiveCommerceRulesOptions&gt;(…)</c> delegates do, and post-configure steps after them); the
    /// validator and the catalog are registered once.</para>
    /// <para>Invalid options (an unknown rule set or parameter, an override that loosens a standard, a failing step) stop
    /// a host's start (<c>ValidateOnStart</c>) with an <see cref="OptionsValidationException"/> listing every problem;
    /// without a host, resolving the options or the catalog throws it.</para>
    /// </remarks>
    /// <returns>The same collection, so calls chain.</returns>
    public static IServiceCollection AddLiveCommerceRules(this IServiceCollection services, Action<LiveCommerceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<LiveCommerceRulesOptions> options = services.AddOptions<LiveCommerceRulesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // Once per collection: a second call only adds its delegate above.
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<LiveCommerceRulesOptions>) && d.ImplementationType == typeof(LiveCommerceRulesOptionsValidator)))
        {
            services.AddSingleton<IValidateOptions<LiveCommerceRulesOptions>, LiveCommerceRulesOptionsValidator>();
            options.ValidateOnStart();
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<LiveCommerceRulesOptions>>().Value.BuildCatalog());
        }

        return services;
    }

    /// <summary>
    /// As <see cref="AddLiveCommerceRules(IServiceCollection, Action{LiveCommerceRulesOptions}?)"/>, with the parameter
    /// overrides of a configuration section (conventionally <see cref="LiveCommerceRulesOptions.SectionName"/>:
    /// <c>{ "ParameterOverrides": { "hlj-shared-base": { "HLJ-BASE-AREA": 2500 } } }</c>), read when the options are first
    /// created.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section, such as <c>configuration.GetSection(LiveCommerceRulesOptions.SectionName)</c>.</param>
    /// <param name="configure">Further overrides and steps, applied after the section's, or <see langword="null"/>.</param>
    /// <remarks>Not the configuration binder, which drops a value it cannot convert and so leaves the document's default
    /// silently in force: every value is parsed by its parameter's rules (plain digits with an optional <c>.</c>, a whole
    /// number where the unit has no fraction), and a value that does not parse, an empty value, a nested section or an
    /// unknown setting is a validation problem naming the key and the value.</remarks>
    /// <returns>The same collection, so calls chain.</returns>
    public static IServiceCollection AddLiveCommerceRules(this IServiceCollection services, IConfigurationSection section, Action<LiveCommerceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        return services
            .AddLiveCommerceRules(options => ConfigurationSectionReader.ReadInto(section, options))
            .AddLiveCommerceRules(configure);
    }
}
