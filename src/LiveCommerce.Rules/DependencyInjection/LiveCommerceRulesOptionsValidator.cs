using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.DependencyInjection;

/// <summary>
/// Validates <see cref="LiveCommerceRulesOptions"/> with <see cref="LiveCommerceRulesOptions.Validate"/>: every problem at
/// once (a configured value that does not parse, an unknown rule set or parameter, a loosening override, a failing step),
/// each naming the rule and the values, so that one start-up lists everything to fix.
/// </summary>
internal sealed class LiveCommerceRulesOptionsValidator : IValidateOptions<LiveCommerceRulesOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, LiveCommerceRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
