using System.Globalization;

namespace LiveCommerce.Rules.Primitives;

/// <summary>A floor or building area in square metres (平方米, m²): non-negative, at most <see cref="MaxSquareMetres"/>.</summary>
/// <remarks>Equality and ordering compare the number of square metres. Immutable and thread-safe.</remarks>
[OrderedValue(nameof(Area.SquareMetres))]
public readonly partial struct Area : IEquatable<Area>, IComparable<Area>, IFormattable
{
    /// <summary>The largest area accepted: 10⁹ m², far above any building.</summary>
    public const decimal MaxSquareMetres = 1_000_000_000m;

    private Area(decimal squareMetres) => SquareMetres = squareMetres;

    /// <summary>The area in square metres.</summary>
    public decimal SquareMetres { get; }

    /// <summary>Creates an area.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="squareMetres"/> is negative or above <see cref="MaxSquareMetres"/>.</exception>
    public static Area FromSquareMetres(decimal squareMetres)
    {
        Preconditions.CheckArgumentRange(nameof(squareMetres), squareMetres, 0m, MaxSquareMetres);
        return new Area(squareMetres);
    }

    /// <summary>Describes why <paramref name="squareMetres"/> cannot be an area, or returns <see langword="null"/>.</summary>
    public static string? Check(decimal squareMetres) =>
        squareMetres < 0m ? "An area must not be negative."
        : squareMetres > MaxSquareMetres ? "An area must not exceed 1,000,000,000 m²."
        : null;

    /// <summary>Formats as <c>1,850 m²</c>.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats with the culture's digit grouping, followed by <c> m²</c>.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        SquareMetres.ToString(format ?? "#,0.##", formatProvider) + " m²";
}
