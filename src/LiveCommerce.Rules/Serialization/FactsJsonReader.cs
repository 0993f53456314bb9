using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// The one reader of facts. Each facts type's contract is compiled once from its source-generated
/// <see cref="JsonTypeInfo"/> into a tree of <see cref="Node"/>s (properties, required and nullable ones, element types,
/// and for each scalar its <see cref="ScalarContract"/>), which both modes read:
/// <list type="bullet">
/// <item>the <b>accepting</b> mode (<see cref="TryAccept"/>), for the common case, valid input: one forward,
/// allocation-free pass of a <see cref="Utf8JsonReader"/> that only answers "certainly valid" or "not sure", then one
/// deserialization;</item>
/// <item>the <b>reporting</b> mode (<see cref="ReadReporting"/>), for everything else: a walk of a
/// <see cref="JsonDocument"/> that lists every problem with its JSON path, then deserialization, which can no longer fail.</item>
/// </list>
/// <see cref="Read"/> tries the first and falls back to the second, so the one property that matters is that the accepting
/// mode only accepts what the reporting mode accepts (and then deserializes the same bytes with the same contract).
/// </summary>
/// <remarks>
/// Per JSON value both modes check: the token kind of the contract; property names matched exactly (ordinal, after
/// unescaping) against the contract's settable properties, no unknown, duplicate or missing required property; null only
/// where the property is nullable and never as an array item; arrays of at most <see cref="MaxArrayLength"/> items; text
/// that decodes to valid UTF-16 of at most <see cref="MaxStringLength"/> characters; the scalar's own contract (counts,
/// amounts, ranges, formats, enum spellings); depth at most <see cref="MaxDepth"/>; nothing after the value. The accepting
/// mode leaves a value object's check to its converter when the contract uses the library's converter
/// (<see cref="ScalarJsonConverter{T}"/>), which performs exactly the contract's check and throws (sending the input to
/// the reporting mode) when it fails; with any other converter it steps aside.
/// </remarks>
internal static class FactsJsonReader
{
    /// <summary>The deepest nesting accepted; the facts contracts need fewer than 8 levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most items accepted in one array.</summary>
    public const int MaxArrayLength = 100_000;

    /// <summary>The longest string accepted, in characters (code points).</summary>
    public const int MaxStringLength = ScalarContracts.MaxStringLength;

    private static readonly ConcurrentDictionary<JsonTypeInfo, Node> Contracts = new();

    /// <summary>Reads facts; a leading UTF-8 byte-order mark, which editors on Windows write, is skipped.</summary>
    public static ValidationResult Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, out T? value)
        where T : class
    {
        utf8Json = WithoutByteOrderMark(utf8Json);
        return TryAccept(utf8Json, typeInfo, out value) ? ValidationResult.Valid : ReadReporting(utf8Json, typeInfo, out value);
    }

    /// <summary>
    /// The accepting mode: the facts when <paramref name="utf8Json"/> is certainly valid; <see langword="false"/> (and
    /// no value) when the reporting mode must decide.
    /// </summary>
    internal static bool TryAccept<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, out T? value)
        where T : class
    {
        value = null;
        utf8Json = WithoutByteOrderMark(utf8Json);
        if (!IsCertainlyValid(utf8Json, typeInfo))
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(utf8Json, typeInfo);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            // A converter's own check failed (a month, a date, an amount out of range…): the reporting mode reports it.
            value = null;
            return false;
        }

        return value is not null;
    }

    /// <summary>Whether the accepting mode's forward pass finds nothing wrong with <paramref name="utf8Json"/>.</summary>
    internal static bool IsCertainlyValid(ReadOnlySpan<byte> utf8Json, JsonTypeInfo typeInfo)
    {
        Node root = ContractOf(typeInfo);
        utf8Json = WithoutByteOrderMark(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            return reader.Read() && Accepting.Value(ref reader, root) && !reader.Read();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return false; // malformed, too deep, or text that does not decode: the reporting mode reports it
        }
    }

    /// <summary>The reporting mode: every problem with its JSON path, or the facts.</summary>
    internal static ValidationResult ReadReporting<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, out T? value)
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
            Reporting.Walk(document.RootElement, ContractOf(typeInfo), new PendingPath("$"), problems);
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

    /// <summary><paramref name="utf8Json"/> without a leading UTF-8 byte-order mark (EF BB BF).</summary>
    internal static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;

    internal static string ChildPath(string path, string name) =>
        IsPlainName(name) ? path + "." + name : path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static Node ContractOf(JsonTypeInfo typeInfo) =>
        Contracts.TryGetValue(typeInfo, out Node? cached) ? cached : Contracts.GetOrAdd(typeInfo, static info => Compile(info, []));

    /// <summary>The accepting mode: one forward pass that keeps no paths and builds no messages.</summary>
    private static class Accepting
    {
        public static bool Value(ref Utf8JsonReader reader, Node node) => node.Kind switch
        {
            NodeKind.Object => Object(ref reader, node),
            NodeKind.Array => Array(ref reader, node.Element!),
            NodeKind.String => reader.TokenType == JsonTokenType.String && Text(ref reader, null),
            NodeKind.Enum => reader.TokenType == JsonTokenType.String && Text(ref reader, node.EnumNames),
            NodeKind.ConvertedString => reader.TokenType == JsonTokenType.String,
            NodeKind.Boolean => reader.TokenType is JsonTokenType.True or JsonTokenType.False,
            NodeKind.Count => reader.TokenType == JsonTokenType.Number && WholeNumber(ref reader, out long count) && count >= 0 && count <= node.MaxCount,
            NodeKind.Decimal => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out _),
            NodeKind.ConvertedNumber => reader.TokenType == JsonTokenType.Number,
            _ => false,
        };

        /// <summary>The current number's value when it is whole: plain digits first, then any spelling (<c>12.0</c>, <c>1.2e1</c>).</summary>
        private static bool WholeNumber(ref Utf8JsonReader reader, out long value) =>
            reader.TryGetInt64(out value) || JsonNumberText.TryGetWholeNumber(reader.ValueSpan, out value);

        private static bool Object(ref Utf8JsonReader reader, Node node)
        {
            if (reader.TokenType != JsonTokenType.StartObject || !node.Acceptable)
            {
                return false;
            }

            Property[] properties = node.Properties!;
            ulong seen = 0;
            int next = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                int index = Find(ref reader, properties, next);
                if (index < 0)
                {
                    return false; // unknown (or undecodable) name
                }

                ulong bit = 1UL << index;
                if ((seen & bit) != 0)
                {
                    return false; // duplicate
                }

                seen |= bit;
                next = index + 1;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    if ((node.NullableMask & bit) == 0)
                    {
                        return false;
                    }

                    continue;
                }

                if (!Value(ref reader, properties[index].Value))
                {
                    return false;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && (seen & node.RequiredMask) == node.RequiredMask;
        }

        /// <summary>The index of the property named by the current token; the one after the previous match is tried first,
        /// since documents usually list properties in the contract's order.</summary>
        private static int Find(ref Utf8JsonReader reader, Property[] properties, int next)
        {
            if (next < properties.Length && reader.ValueTextEquals(properties[next].Utf8Name))
            {
                return next;
            }

            for (int i = 0; i < properties.Length; i++)
            {
                if (i != next && reader.ValueTextEquals(properties[i].Utf8Name))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool Array(ref Utf8JsonReader reader, Node element)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }

            int count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (++count > MaxArrayLength || reader.TokenType == JsonTokenType.Null || !Value(ref reader, element))
                {
                    return false;
                }
            }

            return reader.TokenType == JsonTokenType.EndArray;
        }

        /// <summary>
        /// Whether the current string decodes to valid UTF-16 of at most <see cref="MaxStringLength"/> characters (code
        /// points, see <see cref="TextLength"/>), and, for an enum, is one of <paramref name="enumNames"/>.
        /// </summary>
        private static bool Text(ref Utf8JsonReader reader, string[]? enumNames)
        {
            ReadOnlySpan<byte> raw = reader.ValueSpan;
            if (!reader.ValueIsEscaped && enumNames is null)
            {
                // A character takes at least one byte, so a short valid text is short enough.
                return Utf8.IsValid(raw) && (raw.Length <= MaxStringLength || TextLength.OfUtf8(raw) <= MaxStringLength);
            }

            if (raw.Length > 12 * MaxStringLength)
            {
                return false; // a character takes at most 12 bytes (an escaped surrogate pair): certainly too long
            }

            // Decoded, the text has at most as many chars as the raw (escaped) value has bytes.
            char[]? rented = null;
            Span<char> buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
            try
            {
                int length;
                if (reader.ValueIsEscaped)
                {
                    length = reader.CopyString(buffer); // throws InvalidOperationException on what GetString rejects
                }
                else if (Utf8.IsValid(raw))
                {
                    length = Encoding.UTF8.GetChars(raw, buffer);
                }
                else
                {
                    return false;
                }

                if (length > MaxStringLength && TextLength.OfUtf16(buffer[..length]) > MaxStringLength)
                {
                    return false;
                }

                return enumNames is null || EnumSpelling.IsAccepted(buffer[..length], enumNames);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }
    }

    /// <summary>The reporting mode: a walk of the parsed document that adds every problem with its path.</summary>
    private static class Reporting
    {
        public static void Walk(JsonElement element, Node node, PendingPath path, ValidationCollector problems)
        {
            switch (node.Kind)
            {
                case NodeKind.Object:
                    WalkObject(element, node, path.ToString(), problems);
                    break;
                case NodeKind.Array:
                    WalkArray(element, node, path.ToString(), problems);
                    break;
                default:
                    CheckScalar(element, node.Contract!, path, problems);
                    break;
            }
        }

        private static void WalkObject(JsonElement element, Node node, string path, ValidationCollector problems)
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
                    (string zh, string en) = UnreadableText(JsonMarshal.GetRawUtf8PropertyName(property), "属性名", "A property name");
                    problems.Add(path, "invalid", zh, en);
                    continue;
                }

                var childPath = new PendingPath(path, name);
                if (!seen.Add(name))
                {
                    problems.Add(childPath.ToString(), "duplicate-property", "属性重复出现", $"The property '{name}' appears more than once.");
                    continue;
                }

                Property? declared = Find(node, name);
                if (declared is null)
                {
                    problems.Add(childPath.ToString(), "unknown-property", $"未知属性“{name}”", $"Unknown property '{name}'. Expected one of: {node.ExpectedNames}.");
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    if (!declared.Nullable)
                    {
                        problems.Add(childPath.ToString(), "null", "不能为 null", $"'{name}' must not be null.");
                    }

                    continue;
                }

                Walk(property.Value, declared.Value, childPath, problems);
            }

            foreach (string required in node.RequiredNames!)
            {
                if (!seen.Contains(required))
                {
                    problems.Add(ChildPath(path, required), "required", "缺少必填属性", $"The required property '{required}' is missing.");
                }
            }
        }

        private static Property? Find(Node node, string name)
        {
            foreach (Property p in node.Properties!)
            {
                if (p.Name == name)
                {
                    return p;
                }
            }

            return null;
        }

        private static void WalkArray(JsonElement element, Node node, string path, ValidationCollector problems)
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

            int i = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                var itemPath = new PendingPath(path, index: i++);
                if (item.ValueKind == JsonValueKind.Null)
                {
                    problems.Add(itemPath.ToString(), "null", "数组项不能为 null", "An array item must not be null.");
                    continue;
                }

                Walk(item, node.Element!, itemPath, problems);
            }
        }

        private static void CheckScalar(JsonElement element, ScalarContract contract, PendingPath path, ValidationCollector problems)
        {
            if (element.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False)
                || !contract.Accepts(element.ValueKind))
            {
                problems.Add(path.ToString(), "type", $"应为{contract.ZhCn},实际为{Describe(element.ValueKind, true)}", $"Expected {contract.En} but found {Describe(element.ValueKind, false)}.", Attempted(element));
                return;
            }

            ScalarProblem? problem = null;
            if (element.ValueKind == JsonValueKind.String)
            {
                if (!IsValidText(element))
                {
                    (string zh, string en) = UnreadableText(JsonMarshal.GetRawUtf8Value(element), "文本", "The text");
                    problems.Add(path.ToString(), "invalid", zh, en, Attempted(element));
                    return;
                }

                string text = element.GetString()!;
                if (TextLength.OfUtf16(text) > MaxStringLength)
                {
                    problems.Add(path.ToString(), "too-long", FormattableString.Invariant($"文本最长 {MaxStringLength:N0} 个字符"), FormattableString.Invariant($"A text may be at most {MaxStringLength:N0} characters long."));
                    return;
                }

                problem = contract.CheckString(text);
            }
            else if (element.ValueKind == JsonValueKind.Number)
            {
                bool isDecimal = element.TryGetDecimal(out decimal value);
                problem = contract.CheckNumber(isDecimal, value, JsonMarshal.GetRawUtf8Value(element));
            }

            if (problem is not null)
            {
                problems.Add(path.ToString(), problem.Code, problem.ZhCn, problem.En, Attempted(element));
            }
        }

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

        /// <summary>Why a text cannot be read: bytes that are not UTF-8, or an escape of half a UTF-16 surrogate pair.</summary>
        private static (string ZhCn, string En) UnreadableText(ReadOnlySpan<byte> raw, string whatZh, string whatEn) =>
            Utf8.IsValid(raw)
                ? ($"{whatZh}含有无效的 Unicode 代理项转义(\\uD800–\\uDFFF 未成对)", $"{whatEn} contains an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF).")
                : ($"{whatZh}含有无效的 UTF-8 字节(文件不是 UTF-8 编码?)", $"{whatEn} contains bytes that are not valid UTF-8 (is the file saved in another encoding, such as GBK?).");

        /// <summary>Whether a string's escapes decode to valid UTF-16 (a lone <c>\ud800</c> does not, and GetString would throw).</summary>
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
    }

    /// <summary>A JSON path built only when it is needed: most values are valid, and most values are scalars.</summary>
    private readonly struct PendingPath(string parent, string? name = null, int index = -1)
    {
        public override string ToString() =>
            name is not null ? ChildPath(parent, name)
            : index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]")
            : parent;
    }

    private static Node Compile(JsonTypeInfo info, Dictionary<Type, Node> compiled)
    {
        // A nullable struct collection or object (ImmutableArray<T>?) reads as the struct; its null is the property's.
        if (Nullable.GetUnderlyingType(info.Type) is { } underlying && info.Options.GetTypeInfo(underlying) is { Kind: JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable } structInfo)
        {
            info = structInfo;
        }

        if (compiled.TryGetValue(info.Type, out Node? existing))
        {
            return existing; // a recursive contract: the node is being filled further up
        }

        var node = new Node();
        compiled.Add(info.Type, node);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CompileObject(info, node, compiled);
                break;
            case JsonTypeInfoKind.Enumerable when info.ElementType is not null:
                node.Kind = NodeKind.Array;
                node.Element = Compile(info.Options.GetTypeInfo(info.ElementType), compiled);
                break;
            default:
                CompileScalar(info, node);
                break;
        }

        return node;
    }

    private static void CompileObject(JsonTypeInfo info, Node node, Dictionary<Type, Node> compiled)
    {
        // Only settable properties can be matched, and every required property must be present.
        JsonPropertyInfo[] settable = [.. info.Properties.Where(p => p.Set is not null)];
        node.Kind = NodeKind.Object;
        node.ExpectedNames = string.Join(", ", info.Properties.Select(p => p.Name));
        node.RequiredNames = [.. info.Properties.Where(p => p.IsRequired).Select(p => p.Name)];

        // Beyond the accepting mode: more properties than bits, or a required property that cannot be set (reported).
        node.Acceptable = settable.Length <= 64 && !info.Properties.Any(p => p.IsRequired && p.Set is null);
        node.Properties = new Property[settable.Length];
        for (int i = 0; i < settable.Length; i++)
        {
            JsonPropertyInfo p = settable[i];
            node.Properties[i] = new Property(p.Name, Encoding.UTF8.GetBytes(p.Name), Compile(info.Options.GetTypeInfo(p.PropertyType), compiled), p.IsSetNullable);
            if (i < 64)
            {
                node.NullableMask |= p.IsSetNullable ? 1UL << i : 0;
                node.RequiredMask |= p.IsRequired ? 1UL << i : 0;
            }
        }
    }

    private static void CompileScalar(JsonTypeInfo info, Node node)
    {
        Type type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        ScalarContract contract = info.Kind == JsonTypeInfoKind.None ? ScalarContracts.For(type) ?? ScalarContracts.Unknown : ScalarContracts.Unknown;
        node.Contract = contract;
        JsonConverter? converter = type == info.Type ? info.Converter : info.Options.GetTypeInfo(type).Converter;
        node.Kind = contract switch
        {
            _ when contract == ScalarContracts.Text => NodeKind.String,
            _ when contract == ScalarContracts.Boolean => NodeKind.Boolean,
            _ when contract == ScalarContracts.Decimal => NodeKind.Decimal,
            CountScalar => NodeKind.Count,
            EnumScalar => NodeKind.Enum,

            // The library's converter checks exactly what the contract checks: the accepting mode leaves it to it.
            _ when ChecksExactly(converter, contract) => contract.Kind == JsonValueKind.String ? NodeKind.ConvertedString : NodeKind.ConvertedNumber,
            _ => NodeKind.Reject, // the reporting mode decides (and refuses any other scalar)
        };

        node.MaxCount = contract is CountScalar c ? c.Max : 0;
        node.EnumNames = (contract as EnumScalar)?.Names;
    }

    private static bool ChecksExactly(JsonConverter? converter, ScalarContract contract) =>
        converter is IScalarConverter library && ReferenceEquals(library.Contract, contract);

    private enum NodeKind
    {
        /// <summary>Never certainly valid: the reporting mode decides.</summary>
        Reject,
        Object,
        Array,
        String,
        Enum,

        /// <summary>A string whose format the library's converter checks exactly as the contract does.</summary>
        ConvertedString,
        Boolean,

        /// <summary>A whole number from 0 to <see cref="Node.MaxCount"/>.</summary>
        Count,
        Decimal,

        /// <summary>A number whose range the library's converter checks exactly as the contract does.</summary>
        ConvertedNumber,
    }

    /// <summary>One property of an object's contract.</summary>
    private sealed record Property(string Name, byte[] Utf8Name, Node Value, bool Nullable);

    /// <summary>One JSON value of a facts contract; filled once, then only read.</summary>
    private sealed class Node
    {
        public NodeKind Kind { get; set; }

        /// <summary>An object's settable properties, in the contract's order.</summary>
        public Property[]? Properties { get; set; }

        /// <summary>Every property name of an object's contract, for the message of an unknown one.</summary>
        public string? ExpectedNames { get; set; }

        public string[]? RequiredNames { get; set; }

        /// <summary>Whether the accepting mode can take the object (see <see cref="CompileObject"/>).</summary>
        public bool Acceptable { get; set; }

        public ulong NullableMask { get; set; }

        public ulong RequiredMask { get; set; }

        public Node? Element { get; set; }

        /// <summary>A scalar's contract (for an object or array: <see langword="null"/>).</summary>
        public ScalarContract? Contract { get; set; }

        public long MaxCount { get; set; }

        public string[]? EnumNames { get; set; }
    }
}
