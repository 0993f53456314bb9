using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// The fast path of <see cref="FactsJsonReader"/> for the common case, valid input: one forward, allocation-free pass of a
/// <see cref="Utf8JsonReader"/> over the bytes against a contract compiled once per <see cref="JsonTypeInfo"/>, then a
/// single <see cref="JsonSerializer.Deserialize{TValue}(ReadOnlySpan{byte}, JsonTypeInfo{TValue})"/>.
/// </summary>
/// <remarks>
/// <para>The pass only answers "certainly valid" or "not sure": it keeps no paths and builds no messages. Whenever it is not
/// sure (any problem, or anything it does not model), <see cref="FactsJsonReader"/> runs the complete walk, which reports
/// every problem exactly as before. So the one property that matters is: whatever this path accepts, the complete walk
/// accepts too, and deserializes to the same value (it deserializes the same bytes with the same contract).</para>
/// <para>Per JSON value it checks what the complete walk checks (see <c>FactsJsonReader.Walk</c>): the token kind of the
/// contract; property names matched exactly (ordinal, after unescaping) against the contract's settable properties, no
/// unknown, duplicate or missing required property; null only where the property is nullable and never as an array item;
/// arrays of at most <see cref="FactsJsonReader.MaxArrayLength"/> items; text that decodes to valid UTF-16 of at most
/// <see cref="FactsJsonReader.MaxStringLength"/> characters; <c>int</c>/<c>long</c> from 0 to their maximum; decimals in range;
/// enum names (the spellings of <see cref="EnumSpelling"/>, as the walk reads them); depth at most <see cref="FactsJsonReader.MaxDepth"/>; nothing after the value.</para>
/// <para>Four checks of the walk are left to the library's own converters, which perform exactly the same check and throw
/// (sending the input to the complete walk) when it fails: the range and scale of <see cref="Money"/> (the sign is checked
/// here: the converter accepts negative amounts, the walk does not), the ranges of <see cref="Area"/>, <see cref="Hours"/> and
/// <see cref="Percentage"/>, and the formats of <see cref="YearMonth"/> and <see cref="DateOnly"/>. That is only done when the
/// contract really uses those converters; a value object read by any other converter makes this path step aside.</para>
/// </remarks>
internal static class FactsJsonFastReader
{
    private static readonly ConcurrentDictionary<JsonTypeInfo, Node> Contracts = new();

    /// <summary>
    /// Reads <paramref name="utf8Json"/> when it is certainly valid facts; <see langword="false"/> (and no value) when the
    /// complete walk must decide.
    /// </summary>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, out T? value)
        where T : class
    {
        value = null;
        utf8Json = FactsJsonReader.WithoutByteOrderMark(utf8Json);
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
            // A converter's own check failed (a month, a date, an amount out of range…): the complete walk reports it.
            value = null;
            return false;
        }

        return value is not null;
    }

    /// <summary>Whether the forward pass finds nothing wrong with <paramref name="utf8Json"/> (exposed for the tests).</summary>
    internal static bool IsCertainlyValid(ReadOnlySpan<byte> utf8Json, JsonTypeInfo typeInfo)
    {
        Node root = Contracts.TryGetValue(typeInfo, out Node? cached) ? cached : Contracts.GetOrAdd(typeInfo, Compile);
        utf8Json = FactsJsonReader.WithoutByteOrderMark(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = FactsJsonReader.MaxDepth });
        try
        {
            return reader.Read() && Value(ref reader, root) && !reader.Read();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return false; // malformed, too deep, or text that does not decode: the complete walk reports it
        }
    }

    private static bool Value(ref Utf8JsonReader reader, Node node) => node.Kind switch
    {
        NodeKind.Object => Object(ref reader, node),
        NodeKind.Array => Array(ref reader, node.Element!),
        NodeKind.String => reader.TokenType == JsonTokenType.String && Text(ref reader, null),
        NodeKind.Enum => reader.TokenType == JsonTokenType.String && Text(ref reader, node.EnumNames),
        NodeKind.ConvertedString => reader.TokenType == JsonTokenType.String,
        NodeKind.Boolean => reader.TokenType is JsonTokenType.True or JsonTokenType.False,
        NodeKind.Int32 => reader.TokenType == JsonTokenType.Number && WholeNumber(ref reader, out long i) && i is >= 0 and <= int.MaxValue,
        NodeKind.Int64 => reader.TokenType == JsonTokenType.Number && WholeNumber(ref reader, out long l) && l >= 0,
        NodeKind.Decimal => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out _),
        NodeKind.ConvertedNumber => reader.TokenType == JsonTokenType.Number,
        NodeKind.NonNegativeConvertedNumber => reader.TokenType == JsonTokenType.Number
            && (reader.ValueSpan[0] != (byte)'-' || (reader.TryGetDecimal(out decimal d) && d >= 0m)),
        _ => false,
    };

    /// <summary>The current number's value when it is whole: plain digits first, then any spelling (<c>12.0</c>, <c>1.2e1</c>).</summary>
    private static bool WholeNumber(ref Utf8JsonReader reader, out long value) =>
        reader.TryGetInt64(out value) || JsonNumberText.TryGetWholeNumber(reader.ValueSpan, out value);

    private static bool Object(ref Utf8JsonReader reader, Node node)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        byte[][] names = node.Names!;
        Node[] children = node.Children!;
        ulong seen = 0;
        int next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int index = Find(ref reader, names, next);
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
                if ((node.Nullable & bit) == 0)
                {
                    return false;
                }

                continue;
            }

            if (!Value(ref reader, children[index]))
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && (seen & node.Required) == node.Required;
    }

    /// <summary>The index of the property named by the current token; the one after the previous match is tried first,
    /// since documents usually list properties in the contract's order.</summary>
    private static int Find(ref Utf8JsonReader reader, byte[][] names, int next)
    {
        if (next < names.Length && reader.ValueTextEquals(names[next]))
        {
            return next;
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (i != next && reader.ValueTextEquals(names[i]))
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
            if (++count > FactsJsonReader.MaxArrayLength || reader.TokenType == JsonTokenType.Null || !Value(ref reader, element))
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>
    /// Whether the current string decodes to valid UTF-16 of at most <see cref="FactsJsonReader.MaxStringLength"/> characters (code points, see <see cref="TextLength"/>)
    /// (and, for an enum, is one of <paramref name="enumNames"/>, as the walk compares).
    /// </summary>
    private static bool Text(ref Utf8JsonReader reader, string[]? enumNames)
    {
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && enumNames is null)
        {
            // A character takes at least one byte, so a short valid text is short enough.
            return Utf8.IsValid(raw) && (raw.Length <= FactsJsonReader.MaxStringLength || TextLength.OfUtf8(raw) <= FactsJsonReader.MaxStringLength);
        }

        if (raw.Length > 12 * FactsJsonReader.MaxStringLength)
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

            if (length > FactsJsonReader.MaxStringLength && TextLength.OfUtf16(buffer[..length]) > FactsJsonReader.MaxStringLength)
            {
                return false;
            }

            if (enumNames is null)
            {
                return true;
            }

            return EnumSpelling.IsAccepted(buffer[..length], enumNames);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static Node Compile(JsonTypeInfo root) => Compile(root, []);

    private static Node Compile(JsonTypeInfo info, Dictionary<Type, Node> compiled)
    {
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
            case JsonTypeInfoKind.Enumerable:
                node.Kind = NodeKind.Reject;
                break;
            default:
                CompileScalar(info, node);
                break;
        }

        return node;
    }

    private static void CompileObject(JsonTypeInfo info, Node node, Dictionary<Type, Node> compiled)
    {
        // As the walk: only settable properties can be matched, and every required property must be present.
        JsonPropertyInfo[] settable = [.. info.Properties.Where(p => p.Set is not null)];
        if (settable.Length > 64 || info.Properties.Any(p => p.IsRequired && p.Set is null))
        {
            node.Kind = NodeKind.Reject; // beyond this path (the walk reports a required property that cannot be set)
            return;
        }

        node.Kind = NodeKind.Object;
        node.Names = new byte[settable.Length][];
        node.Children = new Node[settable.Length];
        for (int i = 0; i < settable.Length; i++)
        {
            JsonPropertyInfo p = settable[i];
            node.Names[i] = Encoding.UTF8.GetBytes(p.Name);
            node.Children[i] = Compile(info.Options.GetTypeInfo(p.PropertyType), compiled);
            if (p.IsSetNullable)
            {
                node.Nullable |= 1UL << i;
            }

            if (p.IsRequired)
            {
                node.Required |= 1UL << i;
            }
        }
    }

    private static void CompileScalar(JsonTypeInfo info, Node node)
    {
        Type type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        JsonConverter? converter = type == info.Type ? info.Converter : info.Options.GetTypeInfo(type).Converter;
        node.Kind = type switch
        {
            _ when type == typeof(string) => NodeKind.String,
            _ when type == typeof(bool) => NodeKind.Boolean,
            _ when type == typeof(int) => NodeKind.Int32,
            _ when type == typeof(long) => NodeKind.Int64,
            _ when type == typeof(decimal) => NodeKind.Decimal,
            _ when type == typeof(Money) => converter is MoneyJsonConverter ? NodeKind.NonNegativeConvertedNumber : NodeKind.Reject,
            _ when type == typeof(Area) => converter is AreaJsonConverter ? NodeKind.ConvertedNumber : NodeKind.Reject,
            _ when type == typeof(Hours) => converter is HoursJsonConverter ? NodeKind.ConvertedNumber : NodeKind.Reject,
            _ when type == typeof(Percentage) => converter is PercentageJsonConverter ? NodeKind.ConvertedNumber : NodeKind.Reject,
            _ when type == typeof(YearMonth) => converter is YearMonthJsonConverter ? NodeKind.ConvertedString : NodeKind.Reject,
            _ when type == typeof(DateOnly) => converter is StrictDateJsonConverter ? NodeKind.ConvertedString : NodeKind.Reject,
            _ when type.IsEnum => NodeKind.Enum,
            _ => NodeKind.Reject, // the walk accepts no other scalar
        };

        if (node.Kind == NodeKind.Enum)
        {
            node.EnumNames = EnumSpelling.Accepted(type);
        }
    }

    private enum NodeKind
    {
        /// <summary>Never certainly valid: the complete walk decides.</summary>
        Reject,
        Object,
        Array,
        String,
        Enum,

        /// <summary>A string whose format the library's converter checks exactly as the walk does.</summary>
        ConvertedString,
        Boolean,
        Int32,
        Int64,
        Decimal,

        /// <summary>A number whose range the library's converter checks exactly as the walk does.</summary>
        ConvertedNumber,

        /// <summary>As <see cref="ConvertedNumber"/>, but the converter accepts negative numbers, the walk does not.</summary>
        NonNegativeConvertedNumber,
    }

    /// <summary>One JSON value of the contract; filled once, then only read.</summary>
    private sealed class Node
    {
        public NodeKind Kind { get; set; }

        public byte[][]? Names { get; set; }

        public Node[]? Children { get; set; }

        public ulong Nullable { get; set; }

        public ulong Required { get; set; }

        public Node? Element { get; set; }

        public string[]? EnumNames { get; set; }
    }
}
