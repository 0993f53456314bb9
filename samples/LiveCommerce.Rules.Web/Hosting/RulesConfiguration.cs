using LiveCommerce.Rules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.Web.Hosting;

/// <summary>Registers the rule catalog from configuration through the options pattern.</summary>
internal static class RulesConfiguration
{
    /// <summary>The configuration section holding <see cref="LiveCommerceRulesOptions"/>.</summary>
    public const string Section = "LiveCommerceRules";

    /// <summary>
    /// Binds <see cref="LiveCommerceRulesOptions"/> to the <c>LiveCommerceRules</c> section, validates it when the host
    /// starts (a looser local standard or an unknown rule set or parameter stops start-up with an
    /// <see cref="OptionsValidationException"/> listing every problem), and registers the library's catalog
    /// (<c>AddLiveCommerceRules</c>) built from the validated options.
    /// </summary>
    public static IServiceCollection AddLiveCommerceRulesFromConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        // Not the configuration binder: it drops a value it cannot convert, and the default would apply silently.
        services.AddOptions<LiveCommerceRulesOptions>()
            .Configure(options =>
            {
                foreach ((string ruleSet, Dictionary<string, decimal> values) in ConfiguredOverrides.Read(configuration).Overrides)
                {
                    options.ParameterOverrides.TryAdd(ruleSet, new Dictionary<string, decimal>(StringComparer.Ordinal));
                    foreach ((string key, decimal value) in values)
                    {
                        options.Override(ruleSet, key, value);
                    }
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveCommerceRulesOptions>>(new LiveCommerceRulesOptionsValidator(configuration)));

        // AddLiveCommerceRules only adds what is missing: its RuleCatalog singleton is built from the options registered
        // here, which are the bound and validated ones.
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<LiveCommerceRulesOptions>>().Value);
        return services.AddLiveCommerceRules().AddNRules();
    }
}

/// <summary>Every value of the section that does not parse, then every problem <see cref="LiveCommerceRulesOptions.Validate"/> finds, each naming the rule and both values.</summary>
internal sealed class LiveCommerceRulesOptionsValidator(IConfiguration configuration) : IValidateOptions<LiveCommerceRulesOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, LiveCommerceRulesOptions options)
    {
        // Values that do not parse first (they are left out of the options), then what the library rejects.
        List<string> problems = ConfiguredOverrides.Read(configuration).Problems;
        problems.AddRange(options.Validate().Select(p => $"{RulesConfiguration.Section}: {p}"));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
