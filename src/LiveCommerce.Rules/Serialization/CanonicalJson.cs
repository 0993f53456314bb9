using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// The one canonical JSON writer (of the fingerprint, its configuration and <see cref="Fingerprint.WriteCanonical"/>):
/// keys sorted ordinally by their UTF-16 text, ties in document order; numbers as the shortest exact decimal (or as written
/// when they are not a decimal); strings unescaped and re-escaped by <see cref="Encoder"/>. It works straight from the
/// UTF-8 text: one forward pass of a <see cref="Utf8JsonReader"/> into a flat token table on pooled buffers, then a pass
/// that writes every object's properties in sorted order. Its definition, a <see cref="JsonDocument"/> written in sorted
/// order, is kept in the tests as the oracle it must match byte for byte and exception for exception.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>The encoder of the canonical form.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Longer strings go through the writer, which also enforces its limits on token size.</summary>
    private const int MaxVerbatim = 1 << 20;

    /// <summary>
    /// Appends the canonical form of the first JSON value of <paramref name="utf8Json"/> to <paramref name="output"/>
    /// as a compact <see cref="Utf8JsonWriter"/> with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> would
    /// write it. Malformed JSON throws the reader's <see cref="JsonException"/> (the whole value is read first); then,
    /// in the order the value is written (an object's names in document order, then its values in sorted order), a
    /// name or string that does not decode throws <see cref="InvalidOperationException"/> (an unpaired surrogate
    /// escape, or invalid UTF-8 in a name) or <see cref="ArgumentException"/> (invalid UTF-8 in a string).
    /// </summary>
    /// <param name="output">Where to append.</param>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="scratch">Reusable buffers.</param>
    /// <param name="writtenByCanonicalEncoder">
    /// Whether <paramref name="utf8Json"/> was written by a <see cref="Utf8JsonWriter"/> whose encoder escapes at least
    /// what <see cref="Encoder"/> escapes (the facts serialized for a fingerprint): then a string or name written without
    /// escapes is exactly what the canonical writer would write, and is copied without testing it again.
    /// </param>
    public static void Write(ReusableBufferWriter output, ReadOnlySpan<byte> utf8Json, CanonicalScratch scratch, bool writtenByCanonicalEncoder = false)
    {
        scratch.TrustUnescaped = writtenByCanonicalEncoder;
        int count = Tokenize(utf8Json, scratch);
        int next = WriteValue(output, utf8Json, scratch, 0, 0);
        if (next != count)
        {
            throw new JsonException("Internal error: the canonical writer did not consume every token.");
        }
    }

    internal static int Tokenize(ReadOnlySpan<byte> utf8Json, CanonicalScratch scratch)
    {
        // The reference reads with the default reader options (depth 64, no comments, no trailing commas) and only the
        // first value: so does this.
        var reader = new Utf8JsonReader(utf8Json);
        Span<int> open = stackalloc int[65];
        int depth = 0;
        int count = 0;
        scratch.TextLength = 0;
        if (!reader.Read())
        {
            throw new JsonException("The facts are empty.");
        }

        do
        {
            if (count == scratch.Tokens.Length)
            {
                Array.Resize(ref scratch.Tokens, scratch.Tokens.Length * 2);
            }

            ref Token token = ref scratch.Tokens[count];
            token = default;
            token.Type = reader.TokenType;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    open[depth++] = count++;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    scratch.Tokens[open[--depth]].End = count;
                    break;
                case JsonTokenType.PropertyName:
                    // Names always go to the text buffer (unescaped), so sorting can compare them from one array.
                    token.InText = true;
                    token.Verbatim = !reader.ValueIsEscaped;
                    token.Start = scratch.TextLength;
                    token.Length = reader.ValueIsEscaped ? Unescape(ref reader, scratch, ref token) : Copy(reader.ValueSpan, scratch);
                    if (token.Error is null && !System.Text.Unicode.Utf8.IsValid(scratch.Text.AsSpan(token.Start, token.Length)))
                    {
                        // Names are read as text (to sort them), which fails on invalid UTF-8: kept for when it is reached.
                        token.Error = DecodingError(ref reader);
                    }

                    scratch.TextLength += token.Length;
                    count++;
                    break;
                case JsonTokenType.String:
                    if (reader.ValueIsEscaped)
                    {
                        token.InText = true;
                        token.Start = scratch.TextLength;
                        token.Length = Unescape(ref reader, scratch, ref token);
                        scratch.TextLength += token.Length;
                    }
                    else
                    {
                        token.Verbatim = true;
                        token.Start = checked((int)reader.TokenStartIndex) + 1;
                        token.Length = reader.ValueSpan.Length;
                    }

                    count++;
                    break;
                case JsonTokenType.Number:
                    Span<byte> text = scratch.TextSpan(64);
                    if (TryCanonicalFixedPoint(reader.ValueSpan, text, out int written) || TryCanonicalDecimal(ref reader, text, out written))
                    {
                        token.InText = true;
                        token.Start = scratch.TextLength;
                        token.Length = written;
                        scratch.TextLength += written;
                    }
                    else
                    {
                        // Not a decimal (too large, too precise): the reference writes the number as it was written.
                        token.Start = checked((int)reader.TokenStartIndex);
                        token.Length = reader.ValueSpan.Length;
                    }

                    count++;
                    break;
                default:
                    // true, false, null
                    count++;
                    break;
            }
        }
        while (depth > 0 && reader.Read());

        return depth == 0 ? count : throw new JsonException("The facts end inside an object or array.");
    }

    /// <summary>
    /// The current escaped name or string, unescaped into the text buffer; an escape that does not decode (an unpaired
    /// surrogate) is kept on the token and thrown when the writer reaches it, so that malformed JSON after it is still
    /// reported first, as a reader of the whole value reports it.
    /// </summary>
    private static int Unescape(ref Utf8JsonReader reader, CanonicalScratch scratch, ref Token token)
    {
        try
        {
            return reader.CopyString(scratch.TextSpan(reader.ValueSpan.Length));
        }
        catch (InvalidOperationException ex)
        {
            token.Error = ex;
            return 0;
        }
    }

    /// <summary>The exception of reading the current value as text (the reader's own message for undecodable UTF-8).</summary>
    private static InvalidOperationException DecodingError(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }

        return new InvalidOperationException("Cannot transcode invalid UTF-8 JSON text to UTF-16 string.");
    }

    private static int Copy(ReadOnlySpan<byte> value, CanonicalScratch scratch)
    {
        value.CopyTo(scratch.TextSpan(value.Length));
        return value.Length;
    }

    /// <summary>Writes the value at token <paramref name="i"/>; returns the index of the token after it.</summary>
    private static int WriteValue(ReusableBufferWriter output, ReadOnlySpan<byte> json, CanonicalScratch scratch, int i, int propsStart)
    {
        Token token = scratch.Tokens[i];
        switch (token.Type)
        {
            case JsonTokenType.StartObject:
                output.Write((byte)'{');
                WriteProperties(output, json, scratch, i, propsStart);
                output.Write((byte)'}');
                return token.End;
            case JsonTokenType.StartArray:
                output.Write((byte)'[');
                int j = i + 1;
                while (j < token.End)
                {
                    if (j > i + 1)
                    {
                        output.Write((byte)',');
                    }

                    j = WriteValue(output, json, scratch, j, propsStart);
                }

                output.Write((byte)']');
                return token.End;
            case JsonTokenType.String:
                if (token.Error is not null)
                {
                    throw token.Error;
                }

                WriteString(output, token.InText ? scratch.Text.AsSpan(token.Start, token.Length) : json.Slice(token.Start, token.Length), scratch, token.Verbatim);
                return i + 1;
            case JsonTokenType.Number:
                // As the reference: the canonical decimal, or the number as written when it is not a decimal.
                output.Write(token.InText ? scratch.Text.AsSpan(token.Start, token.Length) : json.Slice(token.Start, token.Length));
                return i + 1;
            case JsonTokenType.True:
                output.Write("true"u8);
                return i + 1;
            case JsonTokenType.False:
                output.Write("false"u8);
                return i + 1;
            case JsonTokenType.Null:
                output.Write("null"u8);
                return i + 1;
            default:
                throw new JsonException("Internal error: unexpected token " + token.Type.ToString() + ".");
        }
    }

    /// <summary>
    /// A string (or name) as the writer writes it: verbatim in quotes when the encoder escapes nothing in it (the
    /// writer's own test), otherwise through a <see cref="Utf8JsonWriter"/> with the same encoder.
    /// </summary>
    private static void WriteString(ReusableBufferWriter output, ReadOnlySpan<byte> utf8, CanonicalScratch scratch, bool writtenVerbatim)
    {
        if (utf8.Length <= MaxVerbatim && ((writtenVerbatim && scratch.TrustUnescaped) || Encoder.FindFirstCharacterToEncodeUtf8(utf8) < 0))
        {
            output.Write((byte)'"');
            output.Write(utf8);
            output.Write((byte)'"');
            return;
        }

        ReusableBufferWriter escaped = scratch.Escaped;
        escaped.Clear();
        Utf8JsonWriter writer = scratch.EscapingWriter;
        writer.Reset(escaped);
        writer.WriteStringValue(utf8);
        writer.Flush();
        output.Write(escaped.WrittenSpan);
    }

    private static void WriteProperties(ReusableBufferWriter output, ReadOnlySpan<byte> json, CanonicalScratch scratch, int objectIndex, int propsStart)
    {
        Token[] tokens = scratch.Tokens;
        int end = tokens[objectIndex].End;

        // The property-name token indices of this object, in a slice of the shared index buffer (nested objects use
        // the part after it, so the buffer never needs more entries than there are tokens).
        int n = 0;
        for (int j = objectIndex + 1; j < end; n++)
        {
            if (propsStart + n == scratch.Props.Length)
            {
                Array.Resize(ref scratch.Props, scratch.Props.Length * 2);
            }

            scratch.Props[propsStart + n] = j;
            int value = j + 1;
            j = tokens[value].Type is JsonTokenType.StartObject or JsonTokenType.StartArray ? tokens[value].End : value + 1;
        }

        Span<int> props = scratch.Props.AsSpan(propsStart, n);
        foreach (int name in props)
        {
            if (tokens[name].Error is { } error)
            {
                throw error; // every name is read, in document order, before any value is written
            }
        }

        byte[] text = scratch.Text;
        if (n <= 16)
        {
            // A stable insertion sort: every facts record is this small.
            for (int a = 1; a < n; a++)
            {
                int current = props[a];
                ReadOnlySpan<byte> name = Name(tokens, text, current);
                int b = a;
                while (b > 0 && CompareAsUtf16(Name(tokens, text, props[b - 1]), name) > 0)
                {
                    props[b] = props[b - 1];
                    b--;
                }

                props[b] = current;
            }
        }
        else
        {
            // Ties broken by position, which makes the unstable sort stable (duplicate names keep document order).
            props.Sort(new NameComparer(tokens, text));
        }

        for (int k = 0; k < n; k++)
        {
            if (k > 0)
            {
                output.Write((byte)',');
            }

            // Read the index again: nested objects never write below propsStart + n.
            int p = scratch.Props[propsStart + k];
            WriteString(output, Name(tokens, scratch.Text, p), scratch, tokens[p].Verbatim);
            output.Write((byte)':');
            WriteValue(output, json, scratch, p + 1, propsStart + n);
        }
    }

    private static ReadOnlySpan<byte> Name(Token[] tokens, byte[] text, int index) => text.AsSpan(tokens[index].Start, tokens[index].Length);

    /// <summary>
    /// Compares two UTF-8 strings as <see cref="string.CompareOrdinal(string, string)"/> compares their UTF-16 forms:
    /// UTF-8 byte order is code-point order, which is UTF-16 order except that supplementary characters (surrogate
    /// pairs, U+D800–U+DFFF code units) sort before U+E000–U+FFFF in UTF-16.
    /// </summary>
    internal static int CompareAsUtf16(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        byte x = a[common], y = b[common];

        // With an equal prefix both differing bytes start a character or both continue one with the same lead byte.
        bool xSupplementary = x >= 0xF0, ySupplementary = y >= 0xF0;
        bool xHighBmp = x is 0xEE or 0xEF, yHighBmp = y is 0xEE or 0xEF;
        if (xSupplementary && yHighBmp)
        {
            return -1;
        }

        if (xHighBmp && ySupplementary)
        {
            return 1;
        }

        return x.CompareTo(y);
    }

    /// <summary>
    /// Canonicalises a plain number without exponent whose digits fit a decimal exactly (at most 28): the shortest
    /// exact form is the text with the fraction's trailing zeros (and a bare point) removed. Declines negative zero
    /// and anything else, which <see cref="TryCanonicalDecimal"/> handles as the reference does.
    /// </summary>
    internal static bool TryCanonicalFixedPoint(ReadOnlySpan<byte> number, Span<byte> destination, out int written)
    {
        written = 0;
        int i = number.Length > 0 && number[0] == (byte)'-' ? 1 : 0;
        int digits = 0;
        bool nonZero = false;
        int point = -1;
        for (int k = i; k < number.Length; k++)
        {
            byte c = number[k];
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
                nonZero |= c != (byte)'0';
            }
            else if (c == (byte)'.' && point < 0)
            {
                point = k;
            }
            else
            {
                return false; // an exponent
            }
        }

        if (digits == 0 || digits > 28 || (i == 1 && !nonZero) || number.Length > destination.Length)
        {
            return false;
        }

        int length = number.Length;
        if (point >= 0)
        {
            while (number[length - 1] == (byte)'0')
            {
                length--;
            }

            if (length - 1 == point)
            {
                length--;
            }
        }

        number[..length].CopyTo(destination);
        written = length;
        return true;
    }

    private static bool TryCanonicalDecimal(ref Utf8JsonReader reader, Span<byte> destination, out int written)
    {
        written = 0;
        if (!reader.TryGetDecimal(out decimal value))
        {
            return false;
        }

        return TryFormatNumber(value, destination, out written);
    }

    /// <summary>The canonical text of a decimal: the shortest exact form (<c>2000.00</c> → <c>2000</c>), as
    /// decimal.ToString(InvariantCulture) writes the value without trailing zeros.</summary>
    internal static bool TryFormatNumber(decimal value, Span<byte> destination, out int written)
    {
        decimal normalised = value / 1.000000000000000000000000000000000m;
        return normalised.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a decimal in canonical form (<see cref="TryFormatNumber"/>) with <paramref name="writer"/>.</summary>
    internal static void WriteNumber(Utf8JsonWriter writer, decimal value)
    {
        Span<byte> utf8 = stackalloc byte[64];
        _ = TryFormatNumber(value, utf8, out int written); // a decimal never needs more than 31 bytes
        writer.WriteRawValue(utf8[..written], skipInputValidation: true);
    }

    /// <summary>
    /// Writes the canonical form of <paramref name="utf8Json"/> (one JSON value) with <paramref name="writer"/>, as a raw
    /// value: for the parts of a document written by a <see cref="Utf8JsonWriter"/> (the fingerprint's configuration,
    /// <see cref="Fingerprint.WriteCanonical"/>).
    /// </summary>
    internal static void WriteValue(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Json)
    {
        var scratch = new CanonicalScratch();
        var output = new ReusableBufferWriter(Math.Max(256, utf8Json.Length));
        Write(output, utf8Json, scratch);
        writer.WriteRawValue(output.WrittenSpan, skipInputValidation: true);
    }

    private readonly struct NameComparer(Token[] tokens, byte[] text) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            int byName = CompareAsUtf16(Name(tokens, text, x), Name(tokens, text, y));
            return byName != 0 ? byName : x.CompareTo(y);
        }
    }
}

/// <summary>One token of the flat table <see cref="CanonicalJson"/> reads a value into.</summary>
internal struct Token
{
    /// <summary>The token type (end tokens are not stored).</summary>
    public JsonTokenType Type;

    /// <summary>Whether the bytes are in <see cref="CanonicalScratch.Text"/> (names, escaped strings, canonical numbers) rather than the input.</summary>
    public bool InText;

    /// <summary>For a string or name: whether it was written without escapes.</summary>
    public bool Verbatim;

    /// <summary>Where the bytes start.</summary>
    public int Start;

    /// <summary>How many bytes.</summary>
    public int Length;

    /// <summary>For an object or array: the index of the token after its last one.</summary>
    public int End;

    /// <summary>For a name or string that does not decode: why, thrown when the writer reaches it.</summary>
    public InvalidOperationException? Error;
}

/// <summary>Reusable buffers for <see cref="CanonicalJson"/> (one per thread, see <see cref="Fingerprint"/>).</summary>
internal sealed class CanonicalScratch
{
    private const int KeepAtMost = 1 << 20;

    public Token[] Tokens = new Token[256];

    public int[] Props = new int[256];

    public byte[] Text = new byte[4096];

    public int TextLength;

    /// <summary>See the parameter of <see cref="CanonicalJson.Write"/>.</summary>
    public bool TrustUnescaped;

    /// <summary>A writer with the canonical encoder for the strings that need escaping.</summary>
    public Utf8JsonWriter EscapingWriter { get; } = new(Stream.Null, new JsonWriterOptions { Encoder = CanonicalJson.Encoder });

    /// <summary>Where <see cref="EscapingWriter"/> writes.</summary>
    public ReusableBufferWriter Escaped { get; } = new(256);

    /// <summary>A span of at least <paramref name="size"/> free bytes at the end of the text buffer.</summary>
    public Span<byte> TextSpan(int size)
    {
        if (Text.Length - TextLength < size)
        {
            Array.Resize(ref Text, Math.Max(Text.Length * 2, TextLength + size));
        }

        return Text.AsSpan(TextLength);
    }

    /// <summary>Whether the buffers are small enough to keep for the next call (a huge input's are dropped).</summary>
    public bool Trim() => Text.Length <= KeepAtMost && Tokens.Length <= KeepAtMost / 16 && Props.Length <= KeepAtMost / 4 && Escaped.Capacity <= KeepAtMost;
}

/// <summary>A growable <see cref="IBufferWriter{T}"/> over one array, reset between uses.</summary>
internal sealed class ReusableBufferWriter : IBufferWriter<byte>
{
    private byte[] buffer;

    public ReusableBufferWriter(int capacity) => buffer = new byte[capacity];

    public int WrittenCount { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, WrittenCount);

    public int Capacity => buffer.Length;

    public void Clear() => WrittenCount = 0;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (WrittenCount + count > buffer.Length)
        {
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        }

        WrittenCount += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(WrittenCount);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(WrittenCount);
    }

    public void Write(byte value)
    {
        if (WrittenCount == buffer.Length)
        {
            Ensure(1);
        }

        buffer[WrittenCount++] = value;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        WrittenCount += bytes.Length;
    }

    private void Ensure(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (buffer.Length - WrittenCount < needed)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, WrittenCount + needed));
        }
    }
}
