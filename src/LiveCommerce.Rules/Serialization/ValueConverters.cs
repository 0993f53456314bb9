using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Serialization;

/// <summary>Writes <see cref="Money"/> as a JSON number of yuan with two decimals (<c>30000000.00</c>).</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal yuan = ReadDecimal(ref reader);

        // A decimal rounds past its 28th digit (0.000…0001 reads as 0): whole fen is a property of the number as written.
        string? problem = Money.Check(yuan) ?? (JsonNumberText.HasAtMostDecimalPlaces(reader.ValueSpan, 2) ? null : Money.NotWholeFen);
        return problem is not null ? throw new JsonException(problem) : Money.FromYuan(yuan);
    }

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

/// <summary>Reads an <see cref="int"/> from any JSON number whose value is whole (<c>12</c>, <c>12.0</c>, <c>1.2e1</c>), as JSON Schema's <c>integer</c> does.</summary>
internal sealed class WholeNumberInt32JsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && (reader.TryGetInt32(out int value) || (JsonNumberText.TryGetWholeNumber(reader.ValueSpan, out long whole) && whole is >= int.MinValue and <= int.MaxValue && (value = (int)whole) == whole))
            ? value
            : throw new JsonException("Expected a whole number within the range of int.");

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Reads a <see cref="long"/> from any JSON number whose value is whole, as <see cref="WholeNumberInt32JsonConverter"/>.</summary>
internal sealed class WholeNumberInt64JsonConverter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && (reader.TryGetInt64(out long value) || JsonNumberText.TryGetWholeNumber(reader.ValueSpan, out value))
            ? value
            : throw new JsonException("Expected a whole number within the range of long.");

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
