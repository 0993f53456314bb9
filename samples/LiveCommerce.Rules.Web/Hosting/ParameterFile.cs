using System.Text.Json;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.DependencyInjection;
using LiveCommerce.Rules.Engine;
using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.Web.Hosting;

/// <summary>
/// Reads <c>LiveCommerceWeb:ParameterFile</c>: parameter overrides by rule set id, then parameter key. Every problem
/// names the file, the key and the rule; duplicate keys, which System.Text.Json and the configuration binders accept
/// silently (the last one wins), are problems too.
/// </summary>
internal static class ParameterFile
{
    /// <summary>The overrides in <paramref name="path"/> and every problem with them (empty when the file is valid).</summary>
    public static (Dictionary<string, Dictionary<string, decimal>> Overrides, List<string> Problems) Load(string path)
    {
        var overrides = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        var problems = new List<string>();
        string name = $"{LiveCommerceWebOptions.Section}:ParameterFile '{path}'";
        if (!File.Exists(path))
        {
            problems.Add($"{name}: the file does not exist.");
            return (overrides, problems);
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 8 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{name}: the file must hold a JSON object of rule set ids.");
                return (overrides, problems);
            }

            foreach (JsonProperty ruleSet in document.RootElement.EnumerateObject())
            {
                if (overrides.ContainsKey(ruleSet.Name))
                {
                    problems.Add($"{name}: duplicate key '{ruleSet.Name}' (rule set '{ruleSet.Name}' appears twice).");
                    continue;
                }

                var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
                overrides[ruleSet.Name] = values;
                if (ruleSet.Value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{name}: key '{ruleSet.Name}' must hold an object of parameter keys and numbers.");
                    continue;
                }

                foreach (JsonProperty parameter in ruleSet.Value.EnumerateObject())
                {
                    if (values.ContainsKey(parameter.Name))
                    {
                        problems.Add($"{name}: duplicate key '{ruleSet.Name}:{parameter.Name}' (rule '{parameter.Name}' of rule set '{ruleSet.Name}' is set twice).");
                    }
                    else if (parameter.Value.ValueKind != JsonValueKind.Number || !parameter.Value.TryGetDecimal(out decimal value))
                    {
                        problems.Add($"{name}: key '{ruleSet.Name}:{parameter.Name}' must be a decimal number, not {parameter.Value.GetRawText()}.");
                    }
                    else
                    {
                        values[parameter.Name] = value;
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add($"{name}: not valid JSON ({ex.Message}).");
        }
        catch (IOException ex)
        {
            problems.Add($"{name}: cannot be read ({ex.Message}).");
        }
        catch (UnauthorizedAccessException ex)
        {
            problems.Add($"{name}: cannot be read ({ex.Message}).");
        }

        if (problems.Count == 0)
        {
            // Unknown rule sets and parameters, loosening values: the library's messages name the rule and both values.
            try
            {
                _ = RuleCatalog.Create(overrides.ToDictionary(p => p.Key, p => ParameterSet.From(p.Value), StringComparer.Ordinal));
            }
            catch (RuleConfigurationException ex)
            {
                problems.AddRange(ex.Problems.Select(p => $"{name}: {p}"));
            }
        }

        return (overrides, problems);
    }

    /// <summary>The configured file's absolute path, or null when none is configured.</summary>
    public static string? ResolvePath(LiveCommerceWebOptions web, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(web.ParameterFile) ? null
        : Path.IsPathRooted(web.ParameterFile) ? web.ParameterFile
        : Path.Combine(environment.ContentRootPath, web.ParameterFile);
}

/// <summary>Applies a valid parameter file over the configured overrides (an invalid one stops start-up through
/// <see cref="LiveCommerceWebOptionsValidator"/>, naming the file).</summary>
internal sealed class ApplyParameterFile(IOptions<LiveCommerceWebOptions> web, IHostEnvironment environment) : IPostConfigureOptions<LiveCommerceRulesOptions>
{
    /// <inheritdoc/>
    public void PostConfigure(string? name, LiveCommerceRulesOptions options)
    {
        if (ParameterFile.ResolvePath(web.Value, environment) is not { } path)
        {
            return;
        }

        (Dictionary<string, Dictionary<string, decimal>> overrides, List<string> problems) = ParameterFile.Load(path);
        if (problems.Count > 0)
        {
            return;
        }

        foreach ((string ruleSet, Dictionary<string, decimal> values) in overrides)
        {
            foreach ((string key, decimal value) in values)
            {
                options.Override(ruleSet, key, value);
            }
        }
    }
}

/// <summary>Validates the web host's options: the body limit, the rate limit and the parameter file.</summary>
internal sealed class LiveCommerceWebOptionsValidator(IHostEnvironment environment) : IValidateOptions<LiveCommerceWebOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, LiveCommerceWebOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBodyBytes is < LiveCommerceWebOptions.MinMaxRequestBodyBytes or > LiveCommerceWebOptions.MaxMaxRequestBodyBytes)
        {
            failures.Add($"{LiveCommerceWebOptions.Section}:MaxRequestBodyBytes must be between {LiveCommerceWebOptions.MinMaxRequestBodyBytes} and {LiveCommerceWebOptions.MaxMaxRequestBodyBytes}.");
        }

        if (options.RateLimit.PermitsPerMinute is < 0 or > RateLimitSettings.MaxPermitsPerMinute)
        {
            failures.Add($"{LiveCommerceWebOptions.Section}:RateLimit:PermitsPerMinute must be between 0 (off) and {RateLimitSettings.MaxPermitsPerMinute}.");
        }

        foreach (string proxy in options.ForwardedHeaders.KnownProxies)
        {
            // IPAddress.TryParse also takes legacy forms ("10.0.0" is 10.0.0.0): an IPv4 address must be written in full.
            if (!System.Net.IPAddress.TryParse(proxy, out System.Net.IPAddress? address)
                || (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && address.ToString() != proxy))
            {
                failures.Add($"{LiveCommerceWebOptions.Section}:ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.");
            }
        }

        foreach (string network in options.ForwardedHeaders.KnownNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                failures.Add($"{LiveCommerceWebOptions.Section}:ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (such as 10.0.0.0/8).");
            }
        }

        if (ParameterFile.ResolvePath(options, environment) is { } path)
        {
            failures.AddRange(ParameterFile.Load(path).Problems);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
