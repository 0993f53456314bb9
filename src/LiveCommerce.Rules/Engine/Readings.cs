using System.Globalization;

namespace LiveCommerce.Rules.Engine;

/// <summary>
/// A rule set's interpretation options are named readings (an enum each, such as "first day counted" or "civil code"):
/// checked defined and written into the fingerprint here, so that no rule set lists an enum's names by hand.
/// </summary>
internal static class Readings
{
    /// <summary>Adds "<paramref name="owner"/>: the <paramref name="what"/> is not one of A, B." to
    /// <paramref name="problems"/> when <paramref name="reading"/> is not a defined value.</summary>
    public static void CheckDefined<TEnum>(TEnum reading, string owner, string what, List<string> problems)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(reading))
        {
            problems.Add($"{owner}: the {what} is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    /// <summary>Throws the problems of <see cref="CheckDefined"/>, if any; otherwise returns <paramref name="overrides"/>.</summary>
    /// <exception cref="RuleConfigurationException">Some reading is undefined.</exception>
    public static ParameterSet Checked(List<string> problems, ParameterSet overrides) =>
        problems.Count > 0 ? throw new RuleConfigurationException(problems) : overrides;

    /// <summary>The readings as canonical JSON for a report's fingerprint: <c>{"name":"Value",…}</c>, names in ordinal order.</summary>
    public static string FingerprintJson(params (string Name, Enum Reading)[] readings) =>
        "{" + string.Join(",", readings.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => string.Create(CultureInfo.InvariantCulture, $"\"{r.Name}\":\"{r.Reading}\""))) + "}";
}
