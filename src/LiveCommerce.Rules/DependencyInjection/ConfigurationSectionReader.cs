using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using Microsoft.Extensions.Configuration;

namespace LiveCommerce.Rules.DependencyInjection;

/// <summary>
/// Reads a <c>LiveCommerceRules</c> configuration section into <see cref="LiveCommerceRulesOptions"/> strictly. The
/// configuration binder drops a value it cannot convert (<c>2,500</c>, <c>2500m2</c>, <c>２５００</c>) or an empty one
/// without a word, which would leave the provincial default in force; here every value is parsed by its parameter's own
/// rules (<see cref="ParameterDefinition.TryParseValue"/>) and every refusal is a problem naming the key and the value.
/// </summary>
internal static class ConfigurationSectionReader
{
    /// <summary>The one setting the section may hold.</summary>
    private const string OverridesKey = "ParameterOverrides";

    /// <summary>Adds the section's overrides to <paramref name="options"/>, and every value it cannot read as a problem.</summary>
    public static void ReadInto(IConfigurationSection section, LiveCommerceRulesOptions options)
    {
        foreach (IConfigurationSection setting in section.GetChildren())
        {
            if (setting.Key != OverridesKey)
            {
                options.AddConfigurationProblem($"{setting.Path} is not a setting of {section.Path} (did you mean {section.Path}:{OverridesKey}?).");
            }
        }

        foreach (IConfigurationSection ruleSetSection in section.GetSection(OverridesKey).GetChildren())
        {
            options.ParameterOverrides.TryAdd(ruleSetSection.Key, new Dictionary<string, decimal>(StringComparer.Ordinal));
            if (!RuleCatalog.Default.TryGet(ruleSetSection.Key, out RuleSet? ruleSet))
            {
                continue; // validation names the unknown rule set and lists the known ones
            }

            foreach (IConfigurationSection parameter in ruleSetSection.GetChildren())
            {
                ParameterDefinition? definition = ruleSet.Parameters.Definitions.FirstOrDefault(d => d.Key == parameter.Key);
                if (definition is null)
                {
                    options.Override(ruleSet.Id, parameter.Key, 0m); // validation names it, with the known parameters
                }
                else if (parameter.GetChildren().Any())
                {
                    options.AddConfigurationProblem($"{parameter.Path} must be a number, not a section.");
                }
                else if (!definition.TryParseValue(parameter.Value, out decimal value, out string? problem))
                {
                    options.AddConfigurationProblem($"{parameter.Path}: {problem}");
                }
                else
                {
                    options.Override(ruleSet.Id, parameter.Key, value);
                }
            }
        }
    }
}
