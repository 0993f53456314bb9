using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Engine;

/// <summary>
/// A required bound with the comparison its Chinese wording implies, such as "不少于 2000 平方米" (≥ 2,000 m²) or
/// "超过 2亿" (&gt; 200,000,000).
/// </summary>
/// <remarks>
/// <para>A threshold knows whether a value meets it, and whether another threshold of the same direction is
/// stricter or equal (for local tightening: an override may only make a standard stricter).</para>
/// <para>Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Threshold
{
    /// <summary>Creates a threshold.</summary>
    /// <param name="comparison">The comparison the wording implies.</param>
    /// <param name="bound">The bound and its unit.</param>
    /// <param name="wording">The Chinese wording that implies the comparison, such as <c>不少于</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="wording"/> is empty.</exception>
    public Threshold(Comparison comparison, Quantity bound, string wording)
    {
        Primitives.Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(wording), nameof(wording), "A threshold needs the wording it comes from.");
        Comparison = comparison;
        Bound = bound;
        Wording = wording;
    }

    /// <summary>The comparison.</summary>
    public Comparison Comparison { get; }

    /// <summary>The bound and its unit.</summary>
    public Quantity Bound { get; }

    /// <summary>The Chinese wording, such as <c>不少于</c>, <c>超过</c>, <c>以下</c>.</summary>
    public string Wording { get; }

    /// <summary>≥ <paramref name="value"/>.</summary>
    public static Threshold AtLeast(decimal value, Unit unit, string wording) => new(Comparison.AtLeast, new Quantity(value, unit), wording);

    /// <summary>&gt; <paramref name="value"/>.</summary>
    public static Threshold MoreThan(decimal value, Unit unit, string wording) => new(Comparison.MoreThan, new Quantity(value, unit), wording);

    /// <summary>≤ <paramref name="value"/>.</summary>
    public static Threshold AtMost(decimal value, Unit unit, string wording) => new(Comparison.AtMost, new Quantity(value, unit), wording);

    /// <summary>&lt; <paramref name="value"/>.</summary>
    public static Threshold LessThan(decimal value, Unit unit, string wording) => new(Comparison.LessThan, new Quantity(value, unit), wording);

    /// <summary>Whether <paramref name="value"/> meets the threshold.</summary>
    /// <exception cref="ArgumentException">The value's unit differs from the bound's.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsMetBy(Quantity value)
    {
        if (value.Unit != Bound.Unit)
        {
            ThrowUnitMismatch(value.Unit, Bound.Unit);
        }

        return Comparison.Accepts(value.Value.CompareTo(Bound.Value));
    }

    // Out of line, so that the comparison above inlines into every threshold rule's decision.
    [DoesNotReturn]
    private static void ThrowUnitMismatch(Unit value, Unit bound) =>
        throw new ArgumentException($"A value in {value} cannot be compared with a threshold in {bound}.", nameof(value));

    /// <summary>Whether <paramref name="value"/>, in the bound's unit, meets the threshold.</summary>
    public bool IsMetBy(decimal value) => Comparison.Accepts(value.CompareTo(Bound.Value));

    /// <summary>Whether an exact share meets a threshold in percent, with no rounding.</summary>
    /// <exception cref="ArgumentException">The threshold is not in percent.</exception>
    public bool IsMetBy(Ratio ratio)
    {
        Primitives.Preconditions.CheckArgument(Bound.Unit == Unit.Percent, nameof(ratio), "A share can only be compared with a threshold in percent.");
        return Comparison.Accepts(ratio.CompareTo(Percentage.FromPercent(Bound.Value)));
    }

    /// <summary>
    /// Whether this threshold accepts nothing that <paramref name="other"/> rejects: same unit and direction, and a bound
    /// at least as demanding (for a floor: higher, or equal and not less strict).
    /// </summary>
    /// <remarks>Returns <see langword="false"/> for thresholds of different units or directions: they cannot be compared.</remarks>
    public bool IsStricterThanOrEqualTo(Threshold other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Bound.Unit != other.Bound.Unit || Comparison.IsLowerBound() != other.Comparison.IsLowerBound())
        {
            return false;
        }

        int sign = Bound.Value.CompareTo(other.Bound.Value);
        if (!Comparison.IsLowerBound())
        {
            sign = -sign; // a lower ceiling is stricter
        }

        return sign > 0 || (sign == 0 && (Comparison.IsStrict() || !other.Comparison.IsStrict()));
    }

    /// <summary>The same comparison and wording with another bound value (this threshold when the value is its own, to the scale).</summary>
    public Threshold WithBound(decimal value) =>
        value == Bound.Value && value.Scale == Bound.Value.Scale ? this : new(Comparison, Bound with { Value = value }, Wording);

    /// <summary>Formats for a person: <c>≥ 2,000 m²</c>.</summary>
    public string Format(ReportLanguage language) => Comparison.Symbol() + " " + Bound.Format(language);

    /// <summary>Formats in zh-CN with the wording: <c>不少于 2,000 m² (≥)</c>.</summary>
    public override string ToString() => $"{Wording} {Bound} ({Comparison.Symbol()})";
}
