using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Serialization;

/// <summary>A problem with one scalar value: its code and message in both languages.</summary>
internal sealed record ScalarProblem(string Code, string ZhCn, string En);

/// <summary>
/// What one scalar of the facts is in JSON, declared once: its JSON kind, what messages call it, which values it takes,
/// and its JSON Schema. The reader's two modes, the schema exporter and the library's converters all read it, so they
/// cannot drift apart (see <see cref="ScalarContracts"/> for the contracts of the primitives).
/// </summary>
/// <param name="kind">The JSON kind: <see cref="JsonValueKind.Number"/>, <see cref="JsonValueKind.String"/>,
/// <see cref="JsonValueKind.True"/> for a boolean, or <see cref="JsonValueKind.Undefined"/> for a type the reader does not take.</param>
/// <param name="zhCn">What the value is, in zh-CN (<c>金额(元,精确到分)</c>): "应为…".</param>
/// <param name="en">What the value is, in English (<c>an amount in yuan</c>): "Expected …".</param>
internal abstract class ScalarContract(JsonValueKind kind, string zhCn, string en)
{
    /// <summary>The JSON kind.</summary>
    public JsonValueKind Kind => kind;

    /// <summary>What the value is, in zh-CN.</summary>
    public string ZhCn => zhCn;

    /// <summary>What the value is, in English.</summary>
    public string En => en;

    /// <summary>Whether a JSON value of <paramref name="kind"/> can be one of these.</summary>
    public bool Accepts(JsonValueKind kind) =>
        Kind == JsonValueKind.True ? kind is JsonValueKind.True or JsonValueKind.False : kind == Kind && kind != JsonValueKind.Undefined;

    /// <summary>Why a number is not one of these values, or <see langword="null"/>.</summary>
    /// <param name="isDecimal">Whether the number is within the range of <see cref="decimal"/> (<paramref name="value"/> holds it).</param>
    /// <param name="value">The number as a decimal (digits past the 28th rounded).</param>
    /// <param name="text">The number as written: its exact value.</param>
    public virtual ScalarProblem? CheckNumber(bool isDecimal, decimal value, ReadOnlySpan<byte> text) => null;

    /// <summary>Why a (valid, not too long) text is not one of these values, or <see langword="null"/>.</summary>
    public virtual ScalarProblem? CheckString(string text) => null;

    /// <summary>The JSON Schema of the value (a new node: the caller may change it).</summary>
    public abstract JsonObject Schema();
}

/// <summary>A scalar contract that also reads and writes its CLR type (the library's converters are built on it).</summary>
/// <typeparam name="T">The CLR type.</typeparam>
internal abstract class ScalarContract<T>(JsonValueKind kind, string zhCn, string en) : ScalarContract(kind, zhCn, en)
{
    /// <summary>Reads the current token; throws <see cref="JsonException"/> with the problem's message for anything <see cref="ScalarContract.CheckNumber"/> or <see cref="ScalarContract.CheckString"/> refuses.</summary>
    public abstract T Read(ref Utf8JsonReader reader);

    /// <summary>Writes <paramref name="value"/>.</summary>
    public abstract void Write(Utf8JsonWriter writer, T value);
}

/// <summary>
/// A number held as a <see cref="decimal"/>: its range, the decimal places it may have (whole fen for money), and how it
/// becomes its CLR type. One piece for money, areas, hours, percentages and plain decimals.
/// </summary>
internal sealed class DecimalScalar<T>(
    string zhCn,
    string en,
    decimal min,
    decimal max,
    Func<decimal, T> create,
    Func<T, decimal> valueOf,
    string rangeZh,
    Func<decimal, string> rangeEn,
    string? description = null,
    int? places = null)
    : ScalarContract<T>(JsonValueKind.Number, zhCn, en)
{
    /// <summary>The smallest value; a minimum of 0 refuses a negative number with the code <c>negative</c>.</summary>
    public decimal Min => min;

    /// <summary>The largest value.</summary>
    public decimal Max => max;

    /// <summary>The most decimal places the exact value may need (2: whole fen), or <see langword="null"/> for any.</summary>
    public int? Places => places;

    public override ScalarProblem? CheckNumber(bool isDecimal, decimal value, ReadOnlySpan<byte> text)
    {
        if (!isDecimal)
        {
            return new ScalarProblem("range", "数值超出范围", "The number is out of range.");
        }

        if (Min >= 0m && value < 0m)
        {
            return new ScalarProblem("negative", "不能为负数", "The value must not be negative.");
        }

        return value < Min || value > Max || (Places is { } places && !JsonNumberText.HasAtMostDecimalPlaces(text, places))
            ? new ScalarProblem("range", rangeZh, rangeEn(value))
            : null;
    }

    public override T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out decimal value))
        {
            throw new JsonException("Expected a number within the range of decimal.");
        }

        return CheckNumber(true, value, reader.ValueSpan) is { } problem ? throw new JsonException(problem.En) : create(value);
    }

    public override void Write(Utf8JsonWriter writer, T value) => writer.WriteNumberValue(valueOf(value));

    public override JsonObject Schema()
    {
        var schema = new JsonObject { ["type"] = "number", ["minimum"] = Min, ["maximum"] = Max };
        if (Places is { } places)
        {
            decimal step = 1m;
            for (int i = 0; i < places; i++)
            {
                step /= 10m;
            }

            schema["multipleOf"] = step;
        }

        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }
}

/// <summary>
/// A count: a JSON number whose exact value is a whole number from 0 to <see cref="Max"/>, in any spelling (<c>12</c>,
/// <c>12.0</c>, <c>1.2e1</c>), as JSON Schema's <c>integer</c>.
/// </summary>
internal sealed class CountScalar(long max) : ScalarContract(JsonValueKind.Number, "非负整数", "a non-negative whole number")
{
    /// <summary>The largest count (the CLR type's maximum).</summary>
    public long Max { get; } = max;

    public override ScalarProblem? CheckNumber(bool isDecimal, decimal value, ReadOnlySpan<byte> text) =>
        JsonNumberText.TryGetWholeNumber(text, out long count) && count >= 0 && count <= Max
            ? null
            : new ScalarProblem("range", string.Create(CultureInfo.InvariantCulture, $"应为 0 至 {Max:N0} 之间的整数"), string.Create(CultureInfo.InvariantCulture, $"Expected a whole number from 0 to {Max:N0}."));

    /// <summary>
    /// A count; <c>multipleOf: 1</c> says again what <c>integer</c> says, for validators that test wholeness in binary
    /// floating point (to which 999999999999999.99 is whole).
    /// </summary>
    public override JsonObject Schema() => new() { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = Max, ["multipleOf"] = 1 };
}

/// <summary>A text with a format that a parser decides (a month, a date).</summary>
internal sealed class FormattedScalar<T>(string zhCn, string en, TryParse<T> tryParse, Func<T, string> format, ScalarProblem problem, Func<JsonObject> schema)
    : ScalarContract<T>(JsonValueKind.String, zhCn, en)
{
    public override ScalarProblem? CheckString(string text) => tryParse(text, out _) ? null : problem;

    public override T Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && tryParse(reader.GetString(), out T value) ? value : throw new JsonException(problem.En);

    public override void Write(Utf8JsonWriter writer, T value) => writer.WriteStringValue(format(value));

    public override JsonObject Schema() => schema();
}

/// <summary>A parser in the shape of <c>TryParse</c>.</summary>
internal delegate bool TryParse<T>(string? text, out T value);

/// <summary>A scalar whose only check is its JSON kind (a text, whose validity and length the reader checks; a boolean).</summary>
internal sealed class PlainScalar(JsonValueKind kind, string zhCn, string en, Func<JsonObject> schema) : ScalarContract(kind, zhCn, en)
{
    public override JsonObject Schema() => schema();
}

/// <summary>An enum, as <see cref="EnumSpelling"/> spells it.</summary>
internal sealed class EnumScalar(Type enumType) : ScalarContract(JsonValueKind.String, "枚举值(字符串)", "one of the documented names (a string)")
{
    private readonly string documented = string.Join(", ", EnumSpelling.Documented(enumType));

    /// <summary>The accepted spellings.</summary>
    public string[] Names { get; } = EnumSpelling.Accepted(enumType);

    public override ScalarProblem? CheckString(string text) =>
        EnumSpelling.IsAccepted(text, Names) ? null : new ScalarProblem("unknown-value", $"未知取值,应为:{documented}", $"Unknown value; expected one of: {documented}.");

    public override JsonObject Schema() => new() { ["type"] = "string", ["enum"] = new JsonArray([.. Names.Select(n => (JsonNode)n)]) };
}

/// <summary>The contract of every scalar type the facts use, and <see cref="For"/> to find one.</summary>
internal static class ScalarContracts
{
    /// <summary>The longest text, in characters (code points, see <see cref="TextLength"/>).</summary>
    public const int MaxStringLength = 10_000;

    public static readonly DecimalScalar<Money> Money = new(
        "金额(元,精确到分)",
        "an amount in yuan (at most two decimals)",
        0m,
        Primitives.Money.MaxYuan,
        Primitives.Money.FromYuan,
        m => m.Yuan,
        "金额必须非负、精确到分且不超过 999,999,999,999,999.99 元",
        d => Primitives.Money.Check(d) ?? Primitives.Money.NotWholeFen,
        "Amount in yuan (CNY), to the fen.",
        places: 2);

    public static readonly DecimalScalar<Area> Area = new(
        "面积(平方米)", "an area in square metres", 0m, Primitives.Area.MaxSquareMetres, Primitives.Area.FromSquareMetres, a => a.SquareMetres, "面积必须在 0 至 1,000,000,000 平方米之间", d => Primitives.Area.Check(d)!, "Area in square metres.");

    public static readonly DecimalScalar<Hours> Hours = new(
        "小时数", "a number of hours", 0m, Primitives.Hours.MaxHours, Primitives.Hours.FromHours, h => h.Value, "小时数必须在 0 至 1,000,000 之间", d => Primitives.Hours.Check(d)!, "Duration in hours.");

    public static readonly DecimalScalar<Percentage> Percentage = new(
        "百分数", "a number of percent", -Primitives.Percentage.MaxPercent, Primitives.Percentage.MaxPercent, Primitives.Percentage.FromPercent, p => p.Percent, "百分数超出范围", d => Primitives.Percentage.Check(d)!, "Percent: 30 means 30%.");

    public static readonly DecimalScalar<decimal> Decimal = new("数字", "a number", decimal.MinValue, decimal.MaxValue, d => d, d => d, "数值超出范围", _ => "The number is out of range.");

    public static readonly FormattedScalar<YearMonth> Month = new(
        "年月(yyyy-MM)",
        "a month written yyyy-MM",
        YearMonth.TryParse,
        m => m.ToString(),
        new ScalarProblem("format", "年月格式应为 yyyy-MM,例如 2022-03", "Expected a month written yyyy-MM, for example 2022-03."),
        () => new JsonObject { ["type"] = "string", ["pattern"] = "^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])$", ["maxLength"] = 7, ["description"] = "Month, yyyy-MM." });

    public static readonly FormattedScalar<DateOnly> Date = new(
        "日期(yyyy-MM-dd)",
        "a date written yyyy-MM-dd",
        (string? text, out DateOnly date) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date),
        d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        new ScalarProblem("format", "日期格式应为 yyyy-MM-dd,例如 2022-12-31", "Expected a real date written yyyy-MM-dd, for example 2022-12-31."),
        () => new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "Date, yyyy-MM-dd." });

    public static readonly CountScalar Int32 = new(int.MaxValue);

    public static readonly CountScalar Int64 = new(long.MaxValue);

    public static readonly PlainScalar Text = new(JsonValueKind.String, "字符串", "a string", () => new JsonObject { ["type"] = "string", ["maxLength"] = MaxStringLength });

    public static readonly PlainScalar Boolean = new(JsonValueKind.True, "布尔值(true/false)", "a boolean (true or false)", () => new JsonObject { ["type"] = "boolean" });

    /// <summary>Any other scalar type: the reader takes none.</summary>
    public static readonly PlainScalar Unknown = new(JsonValueKind.Undefined, "值", "a value", () => new JsonObject());

    private static readonly ConcurrentDictionary<Type, EnumScalar> Enums = new();

    /// <summary>The contract of a scalar CLR type (<see cref="Nullable{T}"/> unwrapped), or <see langword="null"/> for an object or array.</summary>
    public static ScalarContract? For(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => Text,
            _ when type == typeof(bool) => Boolean,
            _ when type == typeof(int) => Int32,
            _ when type == typeof(long) => Int64,
            _ when type == typeof(decimal) => Decimal,
            _ when type == typeof(Primitives.Money) => Money,
            _ when type == typeof(Primitives.Area) => Area,
            _ when type == typeof(Primitives.Hours) => Hours,
            _ when type == typeof(Primitives.Percentage) => Percentage,
            _ when type == typeof(YearMonth) => Month,
            _ when type == typeof(DateOnly) => Date,
            _ when type.IsEnum => Enums.GetOrAdd(type, static t => new EnumScalar(t)),
            _ => null,
        };
    }
}
