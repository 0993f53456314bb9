using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// Writes a <see cref="Finding"/> exactly as the source-generated contract does (camelCase names in declaration order,
/// enums as names, nulls omitted), but with pre-encoded property names and enum values and the citation (most of a
/// report's bytes, the same for every finding of a rule) copied from a cache of the encoded bytes.
/// </summary>
/// <remarks>
/// Registered only on the options <see cref="LiveCommerceJson"/> builds (not on <see cref="JsonContext.Default"/>), whose
/// settings it assumes: <see cref="JsonIgnoreCondition.WhenWritingNull"/>, camelCase, string enums. The test
/// <c>FastReportJsonTests</c> compares its output with the plain source-generated metadata on every shipped sample and
/// checks that it writes exactly the properties that metadata has, so a property added to <see cref="Finding"/> is caught.
/// </remarks>
internal sealed class FindingJsonConverter : JsonConverter<Finding>
{
    /// <summary>The property names, in the order the source generator writes them.</summary>
    internal static readonly ImmutableArray<string> PropertyNames =
        ["ruleId", "outcome", "severity", "measured", "required", "notes", "amount", "citation", "message"];

    private static readonly JsonEncodedText RuleIdName = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText OutcomeName = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText MeasuredName = JsonEncodedText.Encode("measured");
    private static readonly JsonEncodedText RequiredName = JsonEncodedText.Encode("required");
    private static readonly JsonEncodedText NotesName = JsonEncodedText.Encode("notes");
    private static readonly JsonEncodedText AmountName = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText CitationName = JsonEncodedText.Encode("citation");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText ComparisonName = JsonEncodedText.Encode("comparison");
    private static readonly JsonEncodedText BoundName = JsonEncodedText.Encode("bound");
    private static readonly JsonEncodedText WordingName = JsonEncodedText.Encode("wording");
    private static readonly JsonEncodedText ZhCnName = JsonEncodedText.Encode("zhCn");
    private static readonly JsonEncodedText EnName = JsonEncodedText.Encode("en");

    private static readonly JsonEncodedText[] Outcomes = EnumNames<Outcome>();
    private static readonly JsonEncodedText[] Severities = EnumNames<Severity>();
    private static readonly JsonEncodedText[] Units = EnumNames<Unit>();
    private static readonly JsonEncodedText[] Comparisons = EnumNames<Comparison>();

    private readonly ConditionalWeakTable<Citation, CitationBytes> citations = [];

    /// <inheritdoc/>
    public override Finding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A finding is written, not read: deserialization of " + typeof(Finding).FullName + " is not supported.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Finding value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WriteString(RuleIdName, value.RuleId);
        WriteEnum(writer, OutcomeName, value.Outcome, Outcomes, options);
        WriteEnum(writer, SeverityName, value.Severity, Severities, options);
        if (value.Measured is { } measured)
        {
            writer.WritePropertyName(MeasuredName);
            WriteQuantity(writer, measured, options);
        }

        if (value.Required is { } required)
        {
            writer.WritePropertyName(RequiredName);
            writer.WriteStartObject();
            WriteEnum(writer, ComparisonName, required.Comparison, Comparisons, options);
            writer.WritePropertyName(BoundName);
            WriteQuantity(writer, required.Bound, options);
            writer.WriteString(WordingName, required.Wording);
            writer.WriteEndObject();
        }

        writer.WritePropertyName(NotesName);
        ImmutableArray<LocalizedText> notes = value.Notes;
        if (notes.IsDefault)
        {
            JsonSerializer.Serialize(writer, notes, TypeInfo<ImmutableArray<LocalizedText>>(options));
        }
        else
        {
            writer.WriteStartArray();
            foreach (LocalizedText note in notes)
            {
                WriteText(writer, note);
            }

            writer.WriteEndArray();
        }

        if (value.Amount is { } amount)
        {
            writer.WritePropertyName(AmountName);
            JsonSerializer.Serialize(writer, amount, TypeInfo<ComputedAmount>(options));
        }

        writer.WritePropertyName(CitationName);
        writer.WriteRawValue(CitationBytesFor(value.Citation, writer, options), skipInputValidation: true);
        writer.WritePropertyName(MessageName);
        WriteText(writer, value.Message);
        writer.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter writer, Quantity quantity, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(ValueName, quantity.Value);
        WriteEnum(writer, UnitName, quantity.Unit, Units, options);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, LocalizedText? text)
    {
        if (text is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(ZhCnName, text.ZhCn);
        writer.WriteString(EnName, text.En);
        writer.WriteEndObject();
    }

    private static void WriteEnum<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum value, JsonEncodedText[] names, JsonSerializerOptions options)
        where TEnum : struct, Enum
    {
        int index = Unsafe.As<TEnum, int>(ref value);
        if ((uint)index < (uint)names.Length)
        {
            writer.WriteString(name, names[index]);
        }
        else
        {
            // A value outside the declared names: whatever the string-enum converter writes for it.
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, TypeInfo<TEnum>(options));
        }
    }

    /// <summary>The names of 0, 1, 2, … as the string-enum converter writes them (stops at the first gap).</summary>
    private static JsonEncodedText[] EnumNames<TEnum>()
        where TEnum : struct, Enum
    {
        var names = new List<JsonEncodedText>();
        for (int i = 0; Enum.IsDefined(typeof(TEnum), i); i++)
        {
            names.Add(JsonEncodedText.Encode(Enum.GetName(typeof(TEnum), i)!));
        }

        return [.. names];
    }

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>The citation as the source-generated contract writes it with this writer's settings at this depth.</summary>
    private ReadOnlySpan<byte> CitationBytesFor(Citation citation, Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        CitationBytes cache = citations.GetValue(citation, static _ => new CitationBytes());
        JsonWriterOptions writerOptions = writer.Options;
        int depth = writer.CurrentDepth;
        foreach (CitationBytes.Entry entry in cache.Entries)
        {
            if (entry.Matches(writerOptions, depth))
            {
                return entry.Bytes;
            }
        }

        byte[] bytes = Encode(citation, writerOptions, depth, options);
        cache.Add(new CitationBytes.Entry(writerOptions, depth, bytes));
        return bytes;
    }

    /// <summary>
    /// Serializes the citation with the generated metadata, nested <paramref name="depth"/> levels deep so an indented
    /// writer indents it as it would inside the finding, and returns it from its opening brace.
    /// </summary>
    private static byte[] Encode(Citation citation, JsonWriterOptions writerOptions, int depth, JsonSerializerOptions options)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, writerOptions with { SkipValidation = true, MaxDepth = Math.Max(writerOptions.MaxDepth, depth + 64) });
        for (int i = 0; i < depth; i++)
        {
            writer.WriteStartArray();
        }

        writer.Flush();
        int start = buffer.WrittenCount;
        JsonSerializer.Serialize(writer, citation, TypeInfo<Citation>(options));
        writer.Flush();
        ReadOnlySpan<byte> written = buffer.WrittenSpan[start..];
        int brace = written.IndexOf((byte)'{');
        if (brace < 0 || written[..brace].ContainsAnyExcept(" \t\r\n"u8))
        {
            throw new InvalidOperationException("A citation did not serialize as a JSON object.");
        }

        return written[brace..].ToArray();
    }

    /// <summary>The encoded forms of one citation, per writer settings and depth (a handful at most).</summary>
    private sealed class CitationBytes
    {
        private const int MaxEntries = 16;
        private readonly Lock gate = new();
        private volatile Entry[] entries = [];

        public Entry[] Entries => entries;

        public void Add(Entry entry)
        {
            lock (gate)
            {
                if (entries.Length < MaxEntries)
                {
                    entries = [.. entries, entry];
                }
            }
        }

        internal sealed class Entry(JsonWriterOptions options, int depth, byte[] bytes)
        {
            private readonly JavaScriptEncoder? encoder = options.Encoder;
            private readonly bool indented = options.Indented;
            private readonly char indentCharacter = options.IndentCharacter;
            private readonly int indentSize = options.IndentSize;
            private readonly string newLine = options.NewLine;

            public byte[] Bytes { get; } = bytes;

            /// <summary>Whether bytes written with <paramref name="other"/> at <paramref name="otherDepth"/> are these bytes
            /// (compact output does not depend on the depth).</summary>
            public bool Matches(JsonWriterOptions other, int otherDepth) =>
                ReferenceEquals(encoder, other.Encoder)
                && indented == other.Indented
                && (!indented || (depth == otherDepth && indentCharacter == other.IndentCharacter && indentSize == other.IndentSize && string.Equals(newLine, other.NewLine, StringComparison.Ordinal)));
        }
    }
}
