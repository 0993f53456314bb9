using System.Globalization;

namespace LiveCommerce.Rules.Primitives;

/// <summary>A duration in hours (小时), such as live-streaming time: non-negative, at most <see cref="MaxHours"/>.</summary>
/// <remarks>Equality and ordering compare the number of hours. Immutable and thread-safe.</remarks>
[OrderedValue(nameof(Hours.Value))]
public readonly partial struct Hours : IEquatable<Hours>, IComparable<Hours>, IFormattable
{
    /// <summary>The largest duration accepted: 1,000,000 hours (over a century).</summary>
    public const decimal MaxHours = 1_000_000m;

    private Hours(decimal value) => Value = value;

    /// <summary>The number of hours.</summary>
    public decimal Value { get; }

    /// <summary>Creates a duration.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative or above <see cref="MaxHours"/>.</exception>
    public static Hours FromHours(decimal hours)
    {
        Preconditions.CheckArgumentRange(nameof(hours), hours, 0m, MaxHours);
        return new Hours(hours);
    }

    /// <summary>Describes why <paramref name="hours"/> cannot be a duration, or returns <see langword="null"/>.</summary>
    public static string? Check(decimal hours) =>
        hours < 0m ? "A number of hours must not be negative."
        : hours > MaxHours ? "A number of hours must not exceed 1,000,000."
        : null;

    /// <summary>Adds two durations.</summary>
    /// <exception cref="OverflowException">The sum exceeds <see cref="MaxHours"/>.</exception>
    public static Hours operator +(Hours left, Hours right)
    {
        decimal sum = left.Value + right.Value;
        return sum > MaxHours ? throw new OverflowException("The sum exceeds the range of a number of hours.") : new Hours(sum);
    }

    /// <summary>Adds two durations.</summary>
    public static Hours Add(Hours left, Hours right) => left + right;

    /// <summary>Formats as <c>60 h</c>.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats with the culture's digit grouping, followed by <c> h</c>.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Value.ToString(format ?? "#,0.##", formatProvider) + " h";
}
