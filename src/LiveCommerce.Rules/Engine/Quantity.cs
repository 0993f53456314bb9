using System.Globalization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Engine;

/// <summary>The unit a measured value or a threshold is expressed in.</summary>
public enum Unit
{
    /// <summary>A whole number of things (enterprises, rooms, videos, orders).</summary>
    Count,

    /// <summary>Chinese yuan (CNY), to the fen.</summary>
    Yuan,

    /// <summary>Square metres.</summary>
    SquareMetres,

    /// <summary>Hours.</summary>
    Hours,

    /// <summary>Percent.</summary>
    Percent,

    /// <summary>Whole calendar months.</summary>
    Months,

    /// <summary>Days.</summary>
    Days,

    /// <summary>Whole years.</summary>
    Years,

    /// <summary>Expert score points.</summary>
    Points,
}

/// <summary>What a <see cref="Unit"/> implies of its values, said once for parameters, criteria and goal figures.</summary>
internal static class Units
{
    /// <summary>Whether the unit counts whole things (a count, months, days, years): its values have no fraction.</summary>
    public static bool IsWholeNumber(this Unit unit) => unit is Unit.Count or Unit.Months or Unit.Days or Unit.Years;
}

/// <summary>A number with its <see cref="Unit"/>, as findings and thresholds report it.</summary>
/// <param name="Value">The exact value.</param>
/// <param name="Unit">The unit.</param>
public readonly record struct Quantity(decimal Value, Unit Unit)
{
    /// <summary>An amount of money as a quantity in yuan.</summary>
    public static Quantity Of(Money money) => new(money.Yuan, Unit.Yuan);

    /// <summary>An area as a quantity in square metres.</summary>
    public static Quantity Of(Area area) => new(area.SquareMetres, Unit.SquareMetres);

    /// <summary>A duration as a quantity in hours.</summary>
    public static Quantity Of(Hours hours) => new(hours.Value, Unit.Hours);

    /// <summary>A count as a quantity.</summary>
    public static Quantity OfCount(long count) => new(count, Unit.Count);

    /// <summary>Formats for a person: <c>¥30,000,000.00</c>, <c>1,850 m²</c>, <c>60 小时</c> / <c>60 hours</c>.</summary>
    public string Format(ReportLanguage language)
    {
        CultureInfo culture = language == ReportLanguage.English ? CultureInfo.InvariantCulture : ZhCulture;
        bool zh = language == ReportLanguage.ChineseSimplified;
        return Unit switch
        {
            Unit.Yuan => Money.FromYuan(decimal.Round(Value, 2)).ToString(null, culture),
            Unit.SquareMetres => Value.ToString("#,0.##", culture) + " m²",
            Unit.Hours => Value.ToString("#,0.##", culture) + (zh ? " 小时" : " hours"),
            Unit.Percent => Value.ToString("#,0.##", culture) + "%",
            Unit.Months => Value.ToString("#,0", culture) + (zh ? " 个月" : " months"),
            Unit.Days => Value.ToString("#,0", culture) + (zh ? " 天" : " days"),
            Unit.Years => Value.ToString("#,0", culture) + (zh ? " 年" : " years"),
            Unit.Points => Value.ToString("#,0.##", culture) + (zh ? " 分" : " points"),
            _ => Value.ToString("#,0.##", culture),
        };
    }

    /// <summary>Formats in zh-CN.</summary>
    public override string ToString() => Format(ReportLanguage.ChineseSimplified);

    private static readonly CultureInfo ZhCulture = CreateZhCulture();

    private static CultureInfo CreateZhCulture()
    {
        // Grouping and decimal marks of zh-CN equal the invariant ones; pin them so output never depends on ICU data.
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.CurrencySymbol = "¥";
        return CultureInfo.ReadOnly(culture);
    }
}
