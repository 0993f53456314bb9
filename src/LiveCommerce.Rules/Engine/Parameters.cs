using System.Collections.Immutable;
using System.Globalization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Engine;

/// <summary>A parameter a rule set declares: a threshold a city may tighten, or a value without default that a host must supply.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ParameterDefinition
{
    /// <summary>Declares a threshold parameter with the document's default; overrides may only make it stricter when <paramref name="tighteningOnly"/>.</summary>
    public ParameterDefinition(string key, string ruleId, LocalizedText label, Threshold defaultThreshold, bool tighteningOnly = true)
    {
        ArgumentNullException.ThrowIfNull(defaultThreshold);
        Key = key;
        RuleId = ruleId;
        Label = label;
        Unit = defaultThreshold.Bound.Unit;
        Comparison = defaultThreshold.Comparison;
        Wording = defaultThreshold.Wording;
        DefaultValue = defaultThreshold.Bound.Value;
        TighteningOnly = tighteningOnly;
    }

    /// <summary>Declares a value parameter without default (for example a city's quota from an attachment not in the source).</summary>
    public ParameterDefinition(string key, string ruleId, LocalizedText label, Unit unit, decimal minimum)
    {
        Key = key;
        RuleId = ruleId;
        Label = label;
        Unit = unit;
        Minimum = minimum;
    }

    /// <summary>The key used in overrides and configuration, such as <c>HLJ-BASE-AREA</c>.</summary>
    public string Key { get; }

    /// <summary>The rule the parameter belongs to.</summary>
    public string RuleId { get; }

    /// <summary>What the parameter is.</summary>
    public LocalizedText Label { get; }

    /// <summary>The unit of the value.</summary>
    public Unit Unit { get; }

    /// <summary>The comparison, for a threshold parameter; <see langword="null"/> for a plain value.</summary>
    public Comparison? Comparison { get; }

    /// <summary>The Chinese wording of a threshold parameter.</summary>
    public string? Wording { get; }

    /// <summary>The source document's value, or <see langword="null"/> when the document gives none.</summary>
    public decimal? DefaultValue { get; }

    /// <summary>The smallest value accepted for a plain value parameter.</summary>
    public decimal Minimum { get; }

    /// <summary>Whether an override may only make the threshold stricter (catalog §0.4).</summary>
    public bool TighteningOnly { get; }

    /// <summary>Whether the threshold is "原则上" (in principle): a shortfall is a warning an authority may waive, not a
    /// failure. The rule's own severity says so for a whole rule; this marks one soft threshold of a rule with hard ones.</summary>
    public bool InPrinciple { get; init; }

    /// <summary>Whether the parameter is a threshold (has a comparison).</summary>
    public bool IsThreshold => Comparison.HasValue;

    /// <summary>Whether the parameter's unit counts whole things (a count, months, days, years): such a value has no fraction.</summary>
    public bool IsWholeNumber => Unit.IsWholeNumber();

    /// <summary>
    /// Parses an override written as text (configuration, a command line) strictly: ASCII digits with an optional minus
    /// sign and an optional decimal point, read with the invariant culture, and no fraction for a whole-number unit. No
    /// thousands separator (<c>2,500</c>), unit (<c>2500m2</c>), full-width digit (<c>２５００</c>), exponent, white space or
    /// empty value is accepted, so that a value is never dropped or misread silently.
    /// </summary>
    /// <param name="text">The text as written.</param>
    /// <param name="value">The value, when the text is accepted.</param>
    /// <param name="problem">Why the text is refused, naming the key and the text; <see langword="null"/> when accepted.</param>
    /// <returns>Whether the text is accepted. Range and loosening are checked when the override is applied.</returns>
    public bool TryParseValue(string? text, out decimal value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        value = 0m;
        string unit = IsWholeNumber ? $"a whole number of {Unit}" : $"a number in {Unit}";
        if (!ParameterText.IsPlainDecimal(text) || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            problem = $"Parameter {Key} = '{text}' is not {unit}: write plain digits with an optional '.', without thousands separators, units or spaces (for example {Example()}).";
            return false;
        }

        if (IsWholeNumber && decimal.Truncate(value) != value)
        {
            problem = $"Parameter {Key} = '{text}' is not {unit}: {Unit} have no fraction.";
            value = 0m;
            return false;
        }

        problem = null;
        return true;
    }

    private string Example() => (DefaultValue ?? Minimum).ToString(IsWholeNumber ? "0" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>The threshold with <paramref name="value"/> as its bound.</summary>
    /// <exception cref="InvalidOperationException">The parameter is not a threshold.</exception>
    public Threshold ToThreshold(decimal value) =>
        Comparison is { } comparison
            ? new Threshold(comparison, new Quantity(value, Unit), Wording!)
            : throw new InvalidOperationException($"Parameter {Key} is a value, not a threshold.");
}

/// <summary>The strict grammar of a parameter value written as text.</summary>
internal static class ParameterText
{
    /// <summary>The longest text accepted (decimal has 28–29 significant digits).</summary>
    private const int MaxLength = 40;

    /// <summary>Whether <paramref name="text"/> is <c>-?[0-9]+(\.[0-9]+)?</c> in ASCII.</summary>
    public static bool IsPlainDecimal(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        int i = text[0] == '-' ? 1 : 0;
        int digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] != '.')
        {
            return false;
        }

        int fraction = 0;
        for (i++; i < text.Length; i++, fraction++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return fraction > 0;
    }
}

/// <summary>Parameter values that override a rule set's defaults, keyed by <see cref="ParameterDefinition.Key"/>.</summary>
/// <remarks>Immutable and thread-safe. Keys are compared ordinally; order does not matter.</remarks>
public sealed class ParameterSet : IEquatable<ParameterSet>
{
    private ParameterSet(ImmutableSortedDictionary<string, decimal> values) => Values = values;

    /// <summary>No overrides: every default applies.</summary>
    public static ParameterSet Empty { get; } = new(ImmutableSortedDictionary.Create<string, decimal>(StringComparer.Ordinal));

    /// <summary>The overriding values.</summary>
    public ImmutableSortedDictionary<string, decimal> Values { get; }

    /// <summary>Creates a set from key/value pairs.</summary>
    /// <exception cref="ArgumentException">A key appears twice.</exception>
    public static ParameterSet From(IEnumerable<KeyValuePair<string, decimal>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, decimal> pair in values)
        {
            if (!builder.TryAdd(pair.Key, pair.Value))
            {
                throw new ArgumentException($"Parameter '{pair.Key}' is given twice.", nameof(values));
            }
        }

        return new ParameterSet(builder.ToImmutable());
    }

    /// <summary>This set with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public ParameterSet With(string key, decimal value) => new(Values.SetItem(key, value));

    /// <inheritdoc/>
    public bool Equals(ParameterSet? other) =>
        other is not null && Values.Count == other.Values.Count && Values.All(p => other.Values.TryGetValue(p.Key, out decimal v) && v == p.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ParameterSet);

    /// <inheritdoc/>
    public override int GetHashCode() => Values.Count;

    /// <summary>Formats as <c>KEY=value; …</c>.</summary>
    public override string ToString() => string.Join("; ", Values.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}")));
}

/// <summary>A rule set's parameters after overrides: every definition with the value in force.</summary>
public sealed class ResolvedParameters
{
    private readonly ImmutableDictionary<string, decimal> values;

    internal ResolvedParameters(ImmutableArray<ParameterDefinition> definitions, ImmutableDictionary<string, decimal> values, ParameterSet overrides)
    {
        Definitions = definitions;
        this.values = values;
        Overrides = overrides;
        Sorted = values.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>The values in force sorted by key, built once (every report carries it).</summary>
    internal ImmutableSortedDictionary<string, decimal> Sorted { get; }

    /// <summary>Every parameter the rule set declares.</summary>
    public ImmutableArray<ParameterDefinition> Definitions { get; }

    /// <summary>The overrides that were applied.</summary>
    public ParameterSet Overrides { get; }

    /// <summary>The value in force for <paramref name="key"/>, or <see langword="null"/> when it has no default and was not supplied.</summary>
    public decimal? ValueOf(string key) => values.TryGetValue(key, out decimal v) ? v : null;

    /// <summary>The threshold in force for a threshold parameter.</summary>
    /// <exception cref="KeyNotFoundException">No such threshold parameter.</exception>
    public Threshold ThresholdOf(string key)
    {
        ParameterDefinition definition = Definitions.FirstOrDefault(d => d.Key == key) ?? throw new KeyNotFoundException($"No parameter '{key}'.");
        return definition.ToThreshold(values[key]);
    }

    /// <summary>The threshold in force for the one threshold parameter <paramref name="clause"/> declares.</summary>
    internal Threshold ThresholdOf(RuleDescriptor clause) => ThresholdOf(clause.ThresholdParameter);

    /// <summary>The threshold in force for <paramref name="parameter"/>.</summary>
    internal Threshold ThresholdOf(ParameterDefinition parameter) => parameter.ToThreshold(values[parameter.Key]);

    /// <summary>The value in force for <paramref name="parameter"/>, or <see langword="null"/> when it has no default and was not supplied.</summary>
    internal decimal? ValueOf(ParameterDefinition parameter) => ValueOf(parameter.Key);

    /// <summary>Every parameter with a value in force, sorted by key.</summary>
    public IEnumerable<KeyValuePair<string, decimal>> InForce() => Sorted;

    /// <summary>
    /// Applies <paramref name="overrides"/> to <paramref name="definitions"/>, reporting every unknown key, every value that
    /// loosens a tightening-only threshold and every out-of-range value.
    /// </summary>
    /// <exception cref="RuleConfigurationException">Any override is rejected; the exception lists every problem.</exception>
    internal static ResolvedParameters Resolve(string ruleSetId, ImmutableArray<ParameterDefinition> definitions, ParameterSet overrides)
    {
        var problems = new List<string>();
        var values = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (ParameterDefinition d in definitions)
        {
            if (d.DefaultValue is { } defaultValue)
            {
                values[d.Key] = defaultValue;
            }
        }

        foreach ((string key, decimal value) in overrides.Values)
        {
            ParameterDefinition? d = definitions.FirstOrDefault(x => x.Key == key);
            if (d is null)
            {
                problems.Add($"Rule set '{ruleSetId}' has no parameter '{key}'. Known parameters: {string.Join(", ", definitions.Select(x => x.Key))}.");
                continue;
            }

            // A fraction of a whole-number parameter (24.4 months) would be shown rounded and compared unrounded.
            string? problem = d.IsWholeNumber && decimal.Truncate(value) != value
                ? string.Create(CultureInfo.InvariantCulture, $"Rule {d.RuleId}: parameter {key} = {value} is not a whole number of {d.Unit}.")
                : d.IsThreshold ? CheckThresholdOverride(d, value) : CheckValue(d, value);
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            values[key] = value;
        }

        if (problems.Count > 0)
        {
            throw new RuleConfigurationException(problems);
        }

        return new ResolvedParameters(definitions, values.ToImmutable(), overrides);
    }

    private static string? CheckThresholdOverride(ParameterDefinition d, decimal value)
    {
        if (value < 0m)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Rule {d.RuleId}: parameter {d.Key} = {value} must not be negative.");
        }

        if (CheckRange(d, value) is { } outOfRange)
        {
            return outOfRange;
        }

        if (!d.TighteningOnly || d.DefaultValue is not { } baseline)
        {
            return null;
        }

        Threshold basic = d.ToThreshold(baseline);
        Threshold proposed = d.ToThreshold(value);
        return proposed.IsStricterThanOrEqualTo(basic)
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Rule {d.RuleId}: the override {d.Key} = {value} ({proposed.Format(ReportLanguage.English)}) loosens the basic standard {basic.Format(ReportLanguage.English)} ({basic.Wording} {baseline}); a local standard may only be stricter.");
    }

    private static string? CheckValue(ParameterDefinition d, decimal value) =>
        value < d.Minimum
            ? string.Create(CultureInfo.InvariantCulture, $"Rule {d.RuleId}: parameter {d.Key} = {value} is below the minimum {d.Minimum}.")
            : CheckRange(d, value);

    /// <summary>The value must be representable in the parameter's unit, so that building and evaluating the rule set cannot throw.</summary>
    private static string? CheckRange(ParameterDefinition d, decimal value)
    {
        string? problem = d.Unit switch
        {
            Unit.Yuan => Money.Check(value),
            Unit.SquareMetres => Area.Check(value),
            Unit.Hours => Hours.Check(value),
            Unit.Percent => Percentage.Check(value),
            _ when !d.IsThreshold && decimal.Truncate(value) != value => "A count must be a whole number.",

            _ => Math.Abs(value) > int.MaxValue ? "The value must not exceed 2,147,483,647." : null,
        };
        return problem is null ? null : string.Create(CultureInfo.InvariantCulture, $"Rule {d.RuleId}: parameter {d.Key} = {value} is out of range. {problem}");
    }
}

/// <summary>A rule set's configuration was rejected: an unknown parameter, or an override that loosens a standard.</summary>
/// <remarks>Carries every problem, not just the first.</remarks>
public sealed class RuleConfigurationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public RuleConfigurationException(IReadOnlyList<string> problems)
        : base("The rule configuration is invalid: " + string.Join(" ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    /// <summary>Creates the exception with a message.</summary>
    public RuleConfigurationException()
        : this(Array.Empty<string>())
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RuleConfigurationException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public RuleConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Every problem found, each naming the rule and the values involved.</summary>
    public IReadOnlyList<string> Problems { get; }
}
