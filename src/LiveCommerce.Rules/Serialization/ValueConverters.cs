using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Serialization;

/// <summary>Writes <see cref="Money"/> as a JSON number of yuan with two decimals (<c>30000000.00</c>).</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Money.Check(ReadDecimal(ref reader)) is { } problem ? throw new JsonException(problem) : Money.FromYuan(reader.GetDecimal());

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Yuan);
    }

    internal static decimal ReadDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal d)
            ? d
            : throw new JsonException("Expected a number within the range of decimal.");
}

/// <summary>Writes <see cref="Area"/> as a JSON number of square metres.</summary>
public sealed class AreaJsonConverter : JsonConverter<Area>
{
    /// <inheritdoc/>
    public override Area Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal d = MoneyJsonConverter.ReadDecimal(ref reader);
        return Area.Check(d) is { } problem ? throw new JsonException(problem) : Area.FromSquareMetres(d);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Area value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.SquareMetres);
    }
}

/// <summary>Writes <see cref="Hours"/> as a JSON number of hours.</summary>
public sealed class HoursJsonConverter : JsonConverter<Hours>
{
    /// <inheritdoc/>
    public override Hours Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal d = MoneyJsonConverter.ReadDecimal(ref reader);
        return Hours.Check(d) is { } problem ? throw new JsonException(problem) : Hours.FromHours(d);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Hours value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}

/// <summary>Writes <see cref="Percentage"/> as a JSON number of percent (<c>30</c> for 30%).</summary>
public sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    /// <inheritdoc/>
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal d = MoneyJsonConverter.ReadDecimal(ref reader);
        return Math.Abs(d) > Percentage.MaxPercent
            ? throw new JsonException("A percentage must not exceed 1,000,000% in magnitude.")
            : Percentage.FromPercent(d);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Percent);
    }
}

/// <summary>Writes <see cref="YearMonth"/> as a JSON string <c>yyyy-MM</c>.</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc/>
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && YearMonth.TryParse(reader.GetString(), out YearMonth value)
            ? value
            : throw new JsonException("Expected a month written yyyy-MM, for example \"2022-03\".");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Reads and writes <see cref="DateOnly"/> strictly as <c>yyyy-MM-dd</c>.</summary>
public sealed class StrictDateJsonConverter : JsonConverter<DateOnly>
{
    /// <inheritdoc/>
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new JsonException("Expected a date written yyyy-MM-dd, for example \"2022-12-31\".");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
