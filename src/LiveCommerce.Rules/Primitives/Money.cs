using System.Globalization;

namespace LiveCommerce.Rules.Primitives;

/// <summary>
/// An amount of Chinese yuan (CNY) held as <see cref="decimal"/> to the fen (0.01). Never binary floating point.
/// </summary>
/// <remarks>
/// <para>Equality and ordering compare the amount only; <c>¥2,000</c> equals <c>¥2,000.00</c>.
/// Source figures in 万元 (10⁴) and 亿元 (10⁸) are exact: use <see cref="FromWan"/> and <see cref="FromYi"/>.</para>
/// <para>The magnitude is limited to <see cref="MaxYuan"/> so that sums of many amounts stay far from
/// <see cref="decimal.MaxValue"/>; arithmetic that leaves the range throws <see cref="OverflowException"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[OrderedValue(nameof(Money.yuan))]
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    /// <summary>The largest magnitude in yuan: ¥999,999,999,999,999.99 (just under 10¹⁵).</summary>
    public const decimal MaxYuan = 999_999_999_999_999.99m;

    /// <summary>Why an amount with a fraction of a fen is refused.</summary>
    internal const string NotWholeFen = "An amount of money must be whole fen (at most two decimal places).";

    private readonly decimal yuan;

    private Money(decimal yuan) => this.yuan = decimal.Round(yuan, 2) + 0.00m;

    /// <summary>Zero yuan.</summary>
    public static Money Zero => default;

    /// <summary>The amount in yuan, with exactly two decimal places.</summary>
    public decimal Yuan => yuan + 0.00m;

    /// <summary>The amount in fen (1 yuan = 100 fen).</summary>
    public long Fen => (long)(yuan * 100m);

    /// <summary>Creates an amount from yuan.</summary>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has a fraction of a fen.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The magnitude exceeds <see cref="MaxYuan"/>.</exception>
    public static Money FromYuan(decimal yuan)
    {
        string? problem = Check(yuan);
        if (problem is not null)
        {
            if (Math.Abs(yuan) > MaxYuan)
            {
                throw new ArgumentOutOfRangeException(nameof(yuan), yuan, problem);
            }

            throw new ArgumentException(problem, nameof(yuan));
        }

        return new Money(yuan);
    }

    /// <summary>Creates an amount from fen.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The magnitude exceeds <see cref="MaxYuan"/>.</exception>
    public static Money FromFen(long fen) => FromYuan(fen / 100m);

    /// <summary>Creates an amount from 万元 (ten thousand yuan): <c>FromWan(500)</c> is ¥5,000,000.</summary>
    /// <exception cref="ArgumentException">The result has a fraction of a fen.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The magnitude exceeds <see cref="MaxYuan"/>.</exception>
    public static Money FromWan(decimal wan) => FromYuan(Scale(wan, 10_000m, nameof(wan)));

    /// <summary>Creates an amount from 亿元 (one hundred million yuan): <c>FromYi(10)</c> is ¥1,000,000,000.</summary>
    /// <exception cref="ArgumentException">The result has a fraction of a fen.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The magnitude exceeds <see cref="MaxYuan"/>.</exception>
    public static Money FromYi(decimal yi) => FromYuan(Scale(yi, 100_000_000m, nameof(yi)));

    /// <summary>Describes why <paramref name="yuan"/> cannot be an amount, or returns <see langword="null"/> when it can.</summary>
    /// <param name="yuan">A candidate amount in yuan.</param>
    /// <returns>A problem description in English, or <see langword="null"/>.</returns>
    public static string? Check(decimal yuan)
    {
        if (Math.Abs(yuan) > MaxYuan)
        {
            return string.Create(CultureInfo.InvariantCulture, $"An amount of money must not exceed {MaxYuan:N2} yuan in magnitude.");
        }

        if (Preconditions.SignificantScale(yuan) > 2)
        {
            return NotWholeFen;
        }

        return null;
    }

    /// <summary>Adds two amounts.</summary>
    /// <exception cref="OverflowException">The sum exceeds <see cref="MaxYuan"/>.</exception>
    public static Money operator +(Money left, Money right) => Checked(left.yuan + right.yuan);

    /// <summary>Subtracts one amount from another.</summary>
    /// <exception cref="OverflowException">The difference exceeds <see cref="MaxYuan"/>.</exception>
    public static Money operator -(Money left, Money right) => Checked(left.yuan - right.yuan);

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => new(-value.yuan);

    /// <summary>Multiplies by a whole number: exact.</summary>
    /// <exception cref="OverflowException">The product exceeds <see cref="MaxYuan"/>.</exception>
    public static Money operator *(Money left, long right) => Checked(left.yuan * right);

    /// <summary>Adds two amounts.</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts one amount from another.</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies by a whole number: exact.</summary>
    public static Money Multiply(Money left, long right) => left * right;

    /// <summary>Negates an amount.</summary>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies by a factor and rounds the product to the fen.</summary>
    /// <param name="factor">The factor, for example 1.30m for a 30% uplift.</param>
    /// <param name="rounding">How a product that falls between two fen is rounded.</param>
    /// <exception cref="OverflowException">The product exceeds <see cref="MaxYuan"/>.</exception>
    public Money MultiplyAndRound(decimal factor, MidpointRounding rounding)
    {
        decimal product;
        try
        {
            product = yuan * factor;
        }
        catch (OverflowException)
        {
            throw new OverflowException("The product exceeds the range of an amount of money.");
        }

        return Checked(decimal.Round(product, 2, rounding));
    }

    /// <summary>Divides into <paramref name="parts"/> and rounds the quotient down to the fen (never more than a fair share).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is not positive.</exception>
    public Money DivideRoundingDown(long parts)
    {
        Preconditions.CheckArgumentRange(nameof(parts), parts, 1, long.MaxValue);
        return new Money(decimal.Round(yuan / parts, 2, MidpointRounding.ToZero));
    }

    /// <summary>Sums amounts.</summary>
    /// <exception cref="OverflowException">The sum exceeds <see cref="MaxYuan"/>.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        decimal total = 0m;
        foreach (Money amount in amounts)
        {
            total += amount.yuan;
            if (Math.Abs(total) > MaxYuan)
            {
                throw new OverflowException("The sum exceeds the range of an amount of money.");
            }
        }

        return new Money(total);
    }

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>The smaller of two amounts.</summary>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
    };

    /// <summary>Formats as <c>¥1,234.50</c> with invariant digit grouping.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats with the culture's digit grouping and currency pattern and the symbol ¥:
    /// <c>¥1,234.50</c> in zh-CN and en, <c>1.234,50 ¥</c> in de-DE. Format <c>"N"</c> omits the symbol.
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberFormatInfo culture = NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.CurrentCulture);
        if (format is "N" or "n")
        {
            return yuan.ToString("N2", culture);
        }

        var yuanFormat = (NumberFormatInfo)culture.Clone();
        yuanFormat.CurrencySymbol = "¥";
        yuanFormat.CurrencyDecimalDigits = 2;
        return yuan.ToString("C", yuanFormat);
    }

    private static Money Checked(decimal yuan)
    {
        if (Math.Abs(yuan) > MaxYuan)
        {
            throw new OverflowException("The result exceeds the range of an amount of money.");
        }

        return new Money(yuan);
    }

    private static decimal Scale(decimal value, decimal factor, string paramName)
    {
        Preconditions.CheckArgumentRange(paramName, value, -MaxYuan / factor, MaxYuan / factor);
        return value * factor;
    }
}
