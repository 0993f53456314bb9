using System.Text.Json;
using System.Text.Json.Serialization;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// A converter that reads and writes a value as its scalar contract declares it: the same checks, with the same messages,
/// as the facts reader and the exported schema. Reading throws <see cref="JsonException"/> for any value the contract refuses.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class ScalarJsonConverter<T> : JsonConverter<T>, IScalarConverter
{
    private protected ScalarJsonConverter(ScalarContract<T> contract) => Contract = contract;

    internal ScalarContract<T> Contract { get; }

    ScalarContract IScalarConverter.Contract => Contract;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Contract.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Contract.Write(writer, value);
    }
}

/// <summary>A converter that checks exactly what its scalar contract checks (the facts reader's accepting mode relies on it).</summary>
internal interface IScalarConverter
{
    ScalarContract Contract { get; }
}

/// <summary><see cref="Money"/> as a JSON number of yuan with two decimals (<c>30000000.00</c>); read only when non-negative and whole fen.</summary>
public sealed class MoneyJsonConverter() : ScalarJsonConverter<Money>(ScalarContracts.Money);

/// <summary><see cref="Area"/> as a JSON number of square metres.</summary>
public sealed class AreaJsonConverter() : ScalarJsonConverter<Area>(ScalarContracts.Area);

/// <summary><see cref="Hours"/> as a JSON number of hours.</summary>
public sealed class HoursJsonConverter() : ScalarJsonConverter<Hours>(ScalarContracts.Hours);

/// <summary><see cref="Percentage"/> as a JSON number of percent (<c>30</c> for 30%).</summary>
public sealed class PercentageJsonConverter() : ScalarJsonConverter<Percentage>(ScalarContracts.Percentage);

/// <summary><see cref="YearMonth"/> as a JSON string <c>yyyy-MM</c>.</summary>
public sealed class YearMonthJsonConverter() : ScalarJsonConverter<YearMonth>(ScalarContracts.Month);

/// <summary><see cref="DateOnly"/> strictly as <c>yyyy-MM-dd</c>.</summary>
public sealed class StrictDateJsonConverter() : ScalarJsonConverter<DateOnly>(ScalarContracts.Date);

/// <summary>
/// Reads a whole number type from any JSON number whose value is whole (<c>12</c>, <c>12.0</c>, <c>1.2e1</c>), as JSON
/// Schema's <c>integer</c> does; writes it as digits.
/// </summary>
internal sealed class WholeNumberJsonConverter<T> : JsonConverter<T>
    where T : struct, System.Numerics.IBinaryInteger<T>, System.Numerics.IMinMaxValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
        && (reader.TryGetInt64(out long whole) || JsonNumberText.TryGetWholeNumber(reader.ValueSpan, out whole))
        && whole >= long.CreateTruncating(T.MinValue) && whole <= long.CreateTruncating(T.MaxValue)
            ? T.CreateTruncating(whole)
            : throw new JsonException($"Expected a whole number within the range of {typeof(T).Name}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteNumberValue(long.CreateTruncating(value));
}
