using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Web.Hosting;

/// <summary>
/// Reads <c>LiveCommerceRules:ParameterOverrides</c> from configuration strictly. The configuration binder drops a value it
/// cannot convert (<c>2,500</c>, <c>2500m2</c>, <c>２５００</c>) or an empty one without a word, which would leave the
/// provincial default in force; here every value is parsed by its parameter's own rules
/// (<see cref="ParameterDefinition.TryParseValue"/>) and every refusal is a start-up problem naming the key and the value.
/// </summary>
internal static class ConfiguredOverrides
{
    /// <summary>The settings the <c>LiveCommerceRules</c> section may hold.</summary>
    private const string OverridesKey = "ParameterOverrides";

    /// <summary>The overrides that parse, and every problem with the section (empty when it is valid).</summary>
    public static (Dictionary<string, Dictionary<string, decimal>> Overrides, List<string> Problems) Read(IConfiguration configuration)
    {
        var overrides = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        var problems = new List<string>();
        IConfigurationSection section = configuration.GetSection(RulesConfiguration.Section);
        foreach (IConfigurationSection setting in section.GetChildren())
        {
            if (setting.Key != OverridesKey)
            {
                problems.Add($"{setting.Path} is not a setting of {RulesConfiguration.Section} (did you mean {RulesConfiguration.Section}:{OverridesKey}?).");
            }
        }

        foreach (IConfigurationSection ruleSetSection in section.GetSection(OverridesKey).GetChildren())
        {
            if (!RuleCatalog.Default.TryGet(ruleSetSection.Key, out RuleSet? ruleSet))
            {
                // The library names the unknown rule set and lists the known ones.
                overrides[ruleSetSection.Key] = new Dictionary<string, decimal>(StringComparer.Ordinal);
                continue;
            }

            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            overrides[ruleSet.Id] = values;
            foreach (IConfigurationSection parameter in ruleSetSection.GetChildren())
            {
                ParameterDefinition? definition = ruleSet.Parameters.Definitions.FirstOrDefault(d => d.Key == parameter.Key);
                if (definition is null)
                {
                    values[parameter.Key] = 0m; // reported by the library, with the known parameters
                }
                else if (parameter.GetChildren().Any())
                {
                    problems.Add($"{parameter.Path} must be a number, not a section.");
                }
                else if (!definition.TryParseValue(parameter.Value, out decimal value, out string? problem))
                {
                    problems.Add($"{parameter.Path}: {problem}");
                }
                else
                {
                    values[parameter.Key] = value;
                }
            }
        }

        return (overrides, problems);
    }
}
