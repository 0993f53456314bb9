using System.Globalization;

namespace LiveCommerce.Rules.Primitives;

/// <summary>
/// An exact share <c>part / whole</c>, such as 29 above-quota enterprises of 100 service targets.
/// Compared with a <see cref="Percentage"/> by cross-multiplication, so 30 of 100 meets 30% and 29 of 100 does not,
/// with no rounding anywhere.
/// </summary>
/// <remarks>Equality is structural (3/10 and 30/100 are different ratios of equal value; use <see cref="CompareTo(Ratio)"/> for value).
/// Immutable and thread-safe.</remarks>
[OrderedValue]
public readonly partial struct Ratio : IEquatable<Ratio>, IComparable<Ratio>, IFormattable
{
    private Ratio(long part, long whole)
    {
        Part = part;
        Whole = whole;
    }

    /// <summary>The counted part.</summary>
    public long Part { get; }

    /// <summary>The whole; always positive.</summary>
    public long Whole { get; }

    /// <summary>The value in percent, rounded to two decimal places for display only.</summary>
    /// <remarks>The same value and scale as <c>decimal.Round(Part * 100m / Whole, 2, MidpointRounding.AwayFromZero)</c>, worked
    /// out in integers (the part is at most the whole, so there are at most 10,000 hundredths): the decimal division cost
    /// a city-share rule more than the rest of its decision.</remarks>
    public decimal ApproximatePercent
    {
        get
        {
            ulong whole = (ulong)Whole;
            ulong hundredths, remainder;
            if (Part <= long.MaxValue / 10_000)
            {
                (hundredths, remainder) = Math.DivRem((ulong)Part * 10_000, whole);
            }
            else
            {
                (UInt128 q, UInt128 r) = UInt128.DivRem(Math.BigMul((ulong)Part, 10_000UL), whole);
                (hundredths, remainder) = ((ulong)q, (ulong)r);
            }

            if (remainder != 0)
            {
                // Rounded half away from zero; a rounded quotient keeps both places, as decimal.Round leaves it.
                return new decimal((int)(remainder >= whole - remainder ? hundredths + 1 : hundredths), 0, 0, false, 2);
            }

            // Exact: the scale decimal division gives, no trailing zero.
            return hundredths % 100 == 0 ? (int)(hundredths / 100)
                : hundredths % 10 == 0 ? new decimal((int)(hundredths / 10), 0, 0, false, 1)
                : new decimal((int)hundredths, 0, 0, false, 2);
        }
    }

    /// <summary>Creates the share <paramref name="part"/> of <paramref name="whole"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive, or <paramref name="part"/> is negative or larger than <paramref name="whole"/>.</exception>
    public static Ratio Of(long part, long whole)
    {
        Preconditions.CheckArgumentRange(nameof(whole), whole, 1, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(part), part, 0, whole);
        return new Ratio(part, whole);
    }

    /// <summary>Compares the exact value of this share with a percentage: negative, zero or positive.</summary>
    /// <remarks>A whole percent, as every clause states its shares (20%, 30%, 50%), cross-multiplies in integers; any other in decimal.</remarks>
    public int CompareTo(Percentage percentage)
    {
        decimal percent = percentage.Percent;
        return percent.Scale == 0
            ? Math.BigMul(Part, 100L).CompareTo(Math.BigMul((long)percent, Whole))
            : (Part * 100m).CompareTo(percent * Whole);
    }

    /// <summary>Compares the exact values of two shares.</summary>
    public int CompareTo(Ratio other) => Math.BigMul(Part, other.Whole).CompareTo(Math.BigMul(other.Part, Whole));

    /// <inheritdoc/>
    public bool Equals(Ratio other) => Part == other.Part && Whole == other.Whole;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Part, Whole);

    /// <summary>Formats as <c>29/100 (29%)</c>.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats as <c>29/100 (29%)</c> with the culture's digits.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.Create(formatProvider, $"{Part:#,0}/{Whole:#,0} ({ApproximatePercent:#,0.##}%)");
}
