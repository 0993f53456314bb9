using System.Globalization;

namespace LiveCommerce.Rules.Primitives;

/// <summary>An exact percentage such as 30% (held as the decimal 30, not 0.3 and never a binary float).</summary>
/// <remarks>Equality and ordering compare the number of percent. Immutable and thread-safe.</remarks>
[OrderedValue(nameof(Percentage.Percent))]
public readonly partial struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IFormattable
{
    /// <summary>The largest magnitude accepted: 1,000,000%.</summary>
    public const decimal MaxPercent = 1_000_000m;

    private Percentage(decimal percent) => Percent = percent;

    /// <summary>The number of percent: 30 for 30%.</summary>
    public decimal Percent { get; }

    /// <summary>Creates a percentage from a number of percent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The magnitude exceeds <see cref="MaxPercent"/>.</exception>
    public static Percentage FromPercent(decimal percent)
    {
        Preconditions.CheckArgumentRange(nameof(percent), percent, -MaxPercent, MaxPercent);
        return new Percentage(percent);
    }

    /// <summary>Describes why <paramref name="percent"/> cannot be a percentage, or returns <see langword="null"/>.</summary>
    public static string? Check(decimal percent) =>
        Math.Abs(percent) > MaxPercent ? "A percentage must not exceed 1,000,000% in magnitude." : null;

    /// <summary>Formats as <c>30%</c>.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats with the culture's digits, followed by <c>%</c>.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Percent.ToString(format ?? "#,0.##", formatProvider) + "%";
}
