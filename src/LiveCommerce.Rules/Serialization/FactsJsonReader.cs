using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// Reads facts from JSON so that every problem is reported at once with its JSON path. Valid input, the common case, takes
/// the fast path (<see cref="FactsJsonFastReader"/>: one forward pass over the bytes, then one deserialization). Anything
/// else takes the complete path, <see cref="ReadComplete"/>, in two passes: first a walk of the document against the
/// source-generated contract (types, required and unknown properties, nulls, ranges), then deserialization, which can no
/// longer fail. The fast path only ever accepts what the complete path accepts, so the result is the same either way.
/// </summary>
internal static class FactsJsonReader
{
    /// <summary>The deepest nesting accepted; the facts contracts need fewer than 8 levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most items accepted in one array.</summary>
    public const int MaxArrayLength = 100_000;

    /// <summary>The longest string accepted.</summary>
    public const int MaxStringLength = 10_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ScalarContract> Contracts = new();

    /// <summary>Reads facts; a leading UTF-8 byte-order mark, which editors on Windows write, is skipped.</summary>
    public static ValidationResult Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, out T? value)
        where T : class
    {
        utf8Json = WithoutByteOrderMark(utf8Json);
        return FactsJsonFastReader.TryRead(utf8Json, typeInfo, out value) ? ValidationResult.Valid : ReadComplete(utf8Json, typeInfo, out value);
    }

    /// <summary><paramref name="utf8Json"/> without a leading UTF-8 byte-order mark (EF BB BF).</summary>
    internal static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;

    /// <summary>The complete path: every problem with its JSON path, or the facts.</summary>
    internal static ValidationResult ReadComplete<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, out T? value)
        where T : class
    {
        value = null;
        utf8Json = WithoutByteOrderMark(utf8Json);
        var problems = new ValidationCollector();
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
            document = JsonDocument.ParseValue(ref reader);
            try
            {
                // ParseValue stops after the first value: anything but white space after it is malformed input.
                if (reader.Read())
                {
                    throw new JsonException("Unexpected content after the JSON value.", "$", null, reader.BytesConsumed);
                }
            }
            catch (JsonException)
            {
                document.Dispose();
                throw;
            }
        }
        catch (JsonException ex)
        {
            string where = string.Create(CultureInfo.InvariantCulture, $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}");
            problems.Add(ex.Path ?? "$", "json-syntax", $"JSON 格式错误({where})", $"The JSON is malformed ({where}): {FirstSentence(ex.Message)}");
            return problems.ToResult();
        }

        using (document)
        {
            Walk(document.RootElement, typeInfo, new PendingPath("$"), problems);
            if (problems.HasProblems)
            {
                return problems.ToResult();
            }

            try
            {
                value = document.RootElement.Deserialize(typeInfo);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or OverflowException or InvalidOperationException)
            {
                // The walk should have caught everything; never let a reading failure escape as anything but a problem.
                problems.Add("$", "invalid", "数据无效", FirstSentence(ex.Message));
                return problems.ToResult();
            }

            if (value is null)
            {
                problems.Add("$", "null", "缺少事实数据", "The facts are missing (null).");
            }
        }

        return problems.ToResult();
    }

    private static void Walk(JsonElement element, JsonTypeInfo info, PendingPath path, ValidationCollector problems)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                WalkObject(element, info, path.ToString(), problems);
                break;
            case JsonTypeInfoKind.Enumerable:
                WalkArray(element, info, path.ToString(), problems);
                break;
            default:
                CheckScalar(element, info, path, problems);
                break;
        }
    }

    /// <summary>A JSON path built only when it is needed: most values are valid, and most values are scalars.</summary>
    private readonly struct PendingPath(string parent, string? name = null, int index = -1)
    {
        public override string ToString() =>
            name is not null ? ChildPath(parent, name)
            : index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]")
            : parent;
    }

    private static void WalkObject(JsonElement element, JsonTypeInfo info, string path, ValidationCollector problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, "type", $"应为对象,实际为{Describe(element.ValueKind, true)}", $"Expected an object but found {Describe(element.ValueKind, false)}.", Attempted(element));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                (string zh, string en) = UnreadableText(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property), "属性名", "A property name");
                problems.Add(path, "invalid", zh, en);
                continue;
            }

            var childPath = new PendingPath(path, name);
            if (!seen.Add(name))
            {
                problems.Add(childPath.ToString(), "duplicate-property", "属性重复出现", $"The property '{name}' appears more than once.");
                continue;
            }

            JsonPropertyInfo? declared = Find(info, name);
            if (declared is null)
            {
                problems.Add(childPath.ToString(), "unknown-property", $"未知属性“{name}”", $"Unknown property '{name}'. Expected one of: {string.Join(", ", info.Properties.Select(p => p.Name))}.");
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                if (!declared.IsSetNullable)
                {
                    problems.Add(childPath.ToString(), "null", "不能为 null", $"'{name}' must not be null.");
                }

                continue;
            }

            Walk(property.Value, info.Options.GetTypeInfo(declared.PropertyType), childPath, problems);
        }

        foreach (JsonPropertyInfo declared in info.Properties)
        {
            if (declared.IsRequired && !seen.Contains(declared.Name))
            {
                problems.Add(ChildPath(path, declared.Name), "required", "缺少必填属性", $"The required property '{declared.Name}' is missing.");
            }
        }
    }

    private static void WalkArray(JsonElement element, JsonTypeInfo info, string path, ValidationCollector problems)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, "type", $"应为数组,实际为{Describe(element.ValueKind, true)}", $"Expected an array but found {Describe(element.ValueKind, false)}.", Attempted(element));
            return;
        }

        int length = element.GetArrayLength();
        if (length > MaxArrayLength)
        {
            problems.Add(path, "too-many-items", FormattableString.Invariant($"数组最多 {MaxArrayLength:N0} 项,实际 {length:N0} 项"), FormattableString.Invariant($"An array may hold at most {MaxArrayLength:N0} items; this one has {length:N0}."));
            return;
        }

        JsonTypeInfo elementInfo = info.Options.GetTypeInfo(info.ElementType!);
        int i = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            var itemPath = new PendingPath(path, index: i++);
            if (item.ValueKind == JsonValueKind.Null)
            {
                problems.Add(itemPath.ToString(), "null", "数组项不能为 null", "An array item must not be null.");
                continue;
            }

            Walk(item, elementInfo, itemPath, problems);
        }
    }

    private static void CheckScalar(JsonElement element, JsonTypeInfo info, PendingPath path, ValidationCollector problems)
    {
        Type type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        ScalarContract contract = Contracts.GetOrAdd(type, ScalarContract.For);
        if (element.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False)
            || !contract.Accepts(element.ValueKind))
        {
            problems.Add(path.ToString(), "type", $"应为{contract.ZhCn},实际为{Describe(element.ValueKind, true)}", $"Expected {contract.En} but found {Describe(element.ValueKind, false)}.", Attempted(element));
            return;
        }

        if (element.ValueKind == JsonValueKind.String && !IsValidText(element))
        {
            (string zh, string en) = UnreadableText(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element), "文本", "The text");
            problems.Add(path.ToString(), "invalid", zh, en, Attempted(element));
            return;
        }

        if (element.ValueKind == JsonValueKind.String && TextLength.OfUtf16(element.GetString()) > MaxStringLength)
        {
            problems.Add(path.ToString(), "too-long", FormattableString.Invariant($"文本最长 {MaxStringLength:N0} 个字符"), FormattableString.Invariant($"A text may be at most {MaxStringLength:N0} characters long."));
            return;
        }

        if (contract.Check(element) is { } problem)
        {
            problems.Add(path.ToString(), problem.Code, problem.ZhCn, problem.En, Attempted(element));
            return;
        }

        if (contract.Complete)
        {
            return; // the contract's checks are exactly what the converter accepts: no need to convert twice
        }

        try
        {
            _ = element.Deserialize(info);
        }
        catch (JsonException ex)
        {
            problems.Add(path.ToString(), "invalid", $"应为{contract.ZhCn}", FirstSentence(ex.Message), Attempted(element));
        }
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo info, string name)
    {
        foreach (JsonPropertyInfo p in info.Properties)
        {
            if (p.Name == name && p.Set is not null)
            {
                return p;
            }
        }

        return null;
    }

    internal static string ChildPath(string path, string name) =>
        IsPlainName(name) ? path + "." + name : path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Describe(JsonValueKind kind, bool zh) => kind switch
    {
        JsonValueKind.Object => zh ? "对象" : "an object",
        JsonValueKind.Array => zh ? "数组" : "an array",
        JsonValueKind.String => zh ? "字符串" : "a string",
        JsonValueKind.Number => zh ? "数字" : "a number",
        JsonValueKind.True or JsonValueKind.False => zh ? "布尔值" : "a boolean",
        JsonValueKind.Null => zh ? "null" : "null",
        _ => zh ? "未知类型" : "an unknown kind",
    };

    /// <summary>Whether a string's escapes decode to valid UTF-16 (a lone <c>\ud800</c> does not, and GetString would throw).</summary>
    /// <summary>Why a text cannot be read: bytes that are not UTF-8, or an escape of half a UTF-16 surrogate pair.</summary>
    private static (string ZhCn, string En) UnreadableText(ReadOnlySpan<byte> raw, string whatZh, string whatEn) =>
        System.Text.Unicode.Utf8.IsValid(raw)
            ? ($"{whatZh}含有无效的 Unicode 代理项转义(\\uD800–\\uDFFF 未成对)", $"{whatEn} contains an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF).")
            : ($"{whatZh}含有无效的 UTF-8 字节(文件不是 UTF-8 编码?)", $"{whatEn} contains bytes that are not valid UTF-8 (is the file saved in another encoding, such as GBK?).");

    private static bool IsValidText(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string? Attempted(JsonElement element)
    {
        string text = element.ValueKind == JsonValueKind.String && IsValidText(element) ? element.GetString()! : RawText(element);
        return text.Length <= 100 ? text : string.Concat(text.AsSpan(0, 100), "…");
    }

    /// <summary>The value as written; bytes that are not UTF-8 (on which GetRawText throws) read as U+FFFD.</summary>
    private static string RawText(JsonElement element)
    {
        try
        {
            return element.GetRawText();
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(element));
        }
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    /// <summary>What a scalar of a given CLR type looks like in JSON, and its value checks.</summary>
    private sealed record ScalarContract(string ZhCn, string En, JsonValueKind Kind, Func<JsonElement, ScalarProblem?> Check, bool Complete = true)
    {
        public bool Accepts(JsonValueKind kind) =>
            Kind == JsonValueKind.True ? kind is JsonValueKind.True or JsonValueKind.False : kind == Kind;

        public static ScalarContract For(Type type)
        {
            if (type == typeof(string))
            {
                return new("字符串", "a string", JsonValueKind.String, _ => null);
            }

            if (type == typeof(bool))
            {
                return new("布尔值(true/false)", "a boolean (true or false)", JsonValueKind.True, _ => null);
            }

            if (type == typeof(int) || type == typeof(long))
            {
                long max = type == typeof(int) ? int.MaxValue : long.MaxValue;
                return new("非负整数", "a non-negative whole number", JsonValueKind.Number, e =>
                    JsonNumberText.TryGetWholeNumber(JsonMarshal.GetRawUtf8Value(e), out long v) && v >= 0 && v <= max
                        ? null
                        : new ScalarProblem("range", string.Create(CultureInfo.InvariantCulture, $"应为 0 至 {max:N0} 之间的整数"), string.Create(CultureInfo.InvariantCulture, $"Expected a whole number from 0 to {max:N0}.")));
            }

            if (type == typeof(decimal))
            {
                return new("数字", "a number", JsonValueKind.Number, e =>
                    e.TryGetDecimal(out _) ? null : new ScalarProblem("range", "数值超出范围", "The number is out of range."));
            }

            if (type == typeof(Money))
            {
                return new("金额(元,精确到分)", "an amount in yuan (at most two decimals)", JsonValueKind.Number, e => DecimalCheck(e, d => Money.Check(d) ?? (JsonNumberText.HasAtMostDecimalPlaces(JsonMarshal.GetRawUtf8Value(e), 2) ? null : Money.NotWholeFen), "金额必须非负、精确到分且不超过 999,999,999,999,999.99 元", negativeAllowed: false));
            }

            if (type == typeof(Area))
            {
                return new("面积(平方米)", "an area in square metres", JsonValueKind.Number, e => DecimalCheck(e, Area.Check, "面积必须在 0 至 1,000,000,000 平方米之间", negativeAllowed: false));
            }

            if (type == typeof(Hours))
            {
                return new("小时数", "a number of hours", JsonValueKind.Number, e => DecimalCheck(e, Hours.Check, "小时数必须在 0 至 1,000,000 之间", negativeAllowed: false));
            }

            if (type == typeof(Percentage))
            {
                return new("百分数", "a number of percent", JsonValueKind.Number, e => DecimalCheck(e, d => Math.Abs(d) > Percentage.MaxPercent ? "A percentage must not exceed 1,000,000% in magnitude." : null, "百分数超出范围", negativeAllowed: true));
            }

            if (type == typeof(YearMonth))
            {
                return new("年月(yyyy-MM)", "a month written yyyy-MM", JsonValueKind.String, e =>
                    YearMonth.TryParse(e.GetString(), out _) ? null : new ScalarProblem("format", "年月格式应为 yyyy-MM,例如 2022-03", "Expected a month written yyyy-MM, for example 2022-03."));
            }

            if (type == typeof(DateOnly))
            {
                return new("日期(yyyy-MM-dd)", "a date written yyyy-MM-dd", JsonValueKind.String, e =>
                    DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                        ? null
                        : new ScalarProblem("format", "日期格式应为 yyyy-MM-dd,例如 2022-12-31", "Expected a real date written yyyy-MM-dd, for example 2022-12-31."));
            }

            if (type.IsEnum)
            {
                string[] names = EnumSpelling.Accepted(type);
                string list = string.Join(", ", EnumSpelling.Documented(type));
                return new("枚举值(字符串)", "one of the documented names (a string)", JsonValueKind.String, e =>
                    EnumSpelling.IsAccepted(e.GetString(), names)
                        ? null
                        : new ScalarProblem("unknown-value", $"未知取值,应为:{list}", $"Unknown value; expected one of: {list}."));
            }

            return new("值", "a value", JsonValueKind.Undefined, _ => null, Complete: false);
        }

        private static ScalarProblem? DecimalCheck(JsonElement e, Func<decimal, string?> check, string zh, bool negativeAllowed)
        {
            if (!e.TryGetDecimal(out decimal d))
            {
                return new ScalarProblem("range", "数值超出范围", "The number is out of range.");
            }

            if (!negativeAllowed && d < 0m)
            {
                return new ScalarProblem("negative", "不能为负数", "The value must not be negative.");
            }

            return check(d) is { } en ? new ScalarProblem("range", zh, en) : null;
        }
    }

    private sealed record ScalarProblem(string Code, string ZhCn, string En);
}
