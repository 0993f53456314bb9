using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// The SHA-256 fingerprint of a decision: over a canonical JSON document
/// <c>{"asOf":…,"facts":…,"parameters":…,"ruleSet":…,"version":…}</c> with object keys sorted ordinally, no
/// insignificant white space, and numbers written as the shortest exact decimal (so <c>2000</c>, <c>2000.00</c> and
/// <c>2e3</c> fingerprint alike). Property order in the submitted JSON never matters.
/// </summary>
public static class Fingerprint
{
    /// <summary>The parts of the canonical document that do not depend on the as-of date or the facts, per rule set.</summary>
    private static readonly ConditionalWeakTable<RuleSet, DocumentParts> PartsByRuleSet = [];

    [ThreadStatic]
    private static Scratch? cachedScratch;

    /// <summary>Computes the fingerprint of facts (as UTF-8 JSON) under a rule set's id, version and parameters in force.</summary>
    public static string Compute(RuleSet ruleSet, DateOnly asOf, ReadOnlySpan<byte> factsUtf8Json)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        Scratch scratch = RentScratch();
        try
        {
            return Compute(PartsOf(ruleSet), asOf, factsUtf8Json, scratch);
        }
        finally
        {
            ReturnScratch(scratch);
        }
    }

    /// <summary>Computes the fingerprint from its parts.</summary>
    /// <exception cref="JsonException"><paramref name="factsUtf8Json"/> is not JSON.</exception>
    public static string Compute(string ruleSetId, string version, DateOnly asOf, IEnumerable<KeyValuePair<string, decimal>> parameters, ReadOnlySpan<byte> factsUtf8Json) =>
        Compute(ruleSetId, version, asOf, parameters, factsUtf8Json, null);

    /// <summary>
    /// Computes the fingerprint from its parts and a rule set's configuration beyond its parameters (written under
    /// <c>configuration</c> in canonical form; omitted when <see langword="null"/>, so fingerprints without it are unchanged).
    /// </summary>
    internal static string Compute(string ruleSetId, string version, DateOnly asOf, IEnumerable<KeyValuePair<string, decimal>> parameters, ReadOnlySpan<byte> factsUtf8Json, string? configurationJson)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Scratch scratch = RentScratch();
        try
        {
            return Compute(DocumentParts.Create(ruleSetId, version, parameters, configurationJson), asOf, factsUtf8Json, scratch);
        }
        finally
        {
            ReturnScratch(scratch);
        }
    }

    /// <summary>
    /// The fingerprint of <paramref name="facts"/> as <paramref name="typeInfo"/> serializes them: the same as
    /// <see cref="Compute(RuleSet, DateOnly, ReadOnlySpan{byte})"/> over <c>JsonSerializer.SerializeToUtf8Bytes(facts, typeInfo)</c>,
    /// serialized into a reused buffer instead of a new array.
    /// </summary>
    internal static string Compute<TFacts>(RuleSet ruleSet, DateOnly asOf, TFacts facts, JsonTypeInfo<TFacts> typeInfo)
    {
        Scratch scratch = RentScratch();
        try
        {
            Utf8JsonWriter factsWriter = scratch.FactsWriter();
            JsonSerializer.Serialize(factsWriter, facts, typeInfo);
            factsWriter.Flush();
            return Compute(PartsOf(ruleSet), asOf, scratch.Facts.WrittenSpan, scratch, writtenByCanonicalEncoder: true);
        }
        finally
        {
            ReturnScratch(scratch);
        }
    }

    /// <summary>Writes <paramref name="element"/> in canonical form: sorted keys, normalized numbers (compact, as one raw value).</summary>
    public static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CanonicalJson.WriteValue(writer, System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element));
    }

    /// <summary>The canonical document (what the fingerprint hashes), for tests.</summary>
    internal static byte[] CanonicalDocument(RuleSet ruleSet, DateOnly asOf, ReadOnlySpan<byte> factsUtf8Json)
    {
        Scratch scratch = RentScratch();
        try
        {
            WriteDocument(PartsOf(ruleSet), asOf, factsUtf8Json, scratch);
            return scratch.Output.WrittenSpan.ToArray();
        }
        finally
        {
            ReturnScratch(scratch);
        }
    }

    private static string Compute(DocumentParts parts, DateOnly asOf, ReadOnlySpan<byte> factsUtf8Json, Scratch scratch, bool writtenByCanonicalEncoder = false)
    {
        WriteDocument(parts, asOf, factsUtf8Json, scratch, writtenByCanonicalEncoder);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(scratch.Output.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static void WriteDocument(DocumentParts parts, DateOnly asOf, ReadOnlySpan<byte> factsUtf8Json, Scratch scratch, bool writtenByCanonicalEncoder = false)
    {
        ReusableBufferWriter output = scratch.Output;
        output.Clear();
        output.Write("{\"asOf\":\""u8);
        Span<byte> date = output.GetSpan(16);
        if (!asOf.TryFormat(date, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            throw new FormatException("The as-of date could not be formatted.");
        }

        output.Advance(written);
        output.Write("\""u8);
        output.Write(parts.BeforeFacts);
        try
        {
            CanonicalJson.Write(output, factsUtf8Json, scratch.Canonical, writtenByCanonicalEncoder);
        }
        catch (InvalidOperationException ex)
        {
            // An unpaired surrogate escape (\ud800) in a name or string cannot be read as text.
            throw new JsonException("The facts contain text that is not valid UTF-16: " + ex.Message, ex);
        }

        output.Write(parts.AfterFacts);
    }

    private static DocumentParts PartsOf(RuleSet ruleSet) =>
        PartsByRuleSet.TryGetValue(ruleSet, out DocumentParts? parts)
            ? parts
            : PartsByRuleSet.GetValue(ruleSet, static r => DocumentParts.Create(r.Id, r.Version, r.Parameters.InForce(), r.FingerprintConfiguration));

    private static Scratch RentScratch()
    {
        Scratch? scratch = cachedScratch;
        cachedScratch = null;
        return scratch ?? new Scratch();
    }

    private static void ReturnScratch(Scratch scratch)
    {
        if (scratch.Trim())
        {
            cachedScratch = scratch;
        }
    }

    /// <summary>
    /// The canonical bytes around the facts that only depend on the rule set: <c>,"configuration":…,"facts":</c> before,
    /// <c>,"parameters":{…},"ruleSet":…,"version":…}</c> after.
    /// </summary>
    private sealed class DocumentParts
    {
        private DocumentParts(byte[] beforeFacts, byte[] afterFacts)
        {
            BeforeFacts = beforeFacts;
            AfterFacts = afterFacts;
        }

        public byte[] BeforeFacts { get; }

        public byte[] AfterFacts { get; }

        public static DocumentParts Create(string ruleSetId, string version, IEnumerable<KeyValuePair<string, decimal>> parameters, string? configurationJson)
        {
            byte[] before = ",\"facts\":"u8.ToArray();
            if (configurationJson is not null)
            {
                byte[] configuration = WriteObject(writer =>
                {
                    writer.WritePropertyName("configuration");
                    CanonicalJson.WriteValue(writer, System.Text.Encoding.UTF8.GetBytes(configurationJson));
                });
                before = [.. configuration, .. before];
            }

            byte[] after = WriteObject(writer =>
            {
                writer.WriteStartObject("parameters");
                foreach ((string key, decimal value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    CanonicalJson.WriteNumber(writer, value);
                }

                writer.WriteEndObject();
                writer.WriteString("ruleSet", ruleSetId);
                writer.WriteString("version", version);
            });
            return new DocumentParts(before, [.. after, .. "}"u8]);
        }

        /// <summary>The properties <paramref name="write"/> writes, as they follow an earlier property: <c>,"a":…,"b":…</c>.</summary>
        private static byte[] WriteObject(Action<Utf8JsonWriter> write)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer, CanonicalOptions))
            {
                writer.WriteStartObject();
                write(writer);
                writer.WriteEndObject();
            }

            // "{…}" → ",…"
            ReadOnlySpan<byte> written = buffer.WrittenSpan;
            return [.. ","u8, .. written[1..^1]];
        }
    }

    /// <summary>The options of the writers around the canonical facts.</summary>
    private static readonly JsonWriterOptions CanonicalOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One thread's reusable buffers and writers.</summary>
    /// <remarks>The writers own no unmanaged resource (disposing one only flushes it), and a scratch lives as long as its thread.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Utf8JsonWriter holds no unmanaged resource; the scratch is thread-static.")]
    private sealed class Scratch
    {
        private const int KeepAtMost = 1 << 20;

        private readonly Utf8JsonWriter factsWriter;

        public Scratch()
        {
            factsWriter = new Utf8JsonWriter(Facts, new JsonWriterOptions { Encoder = CanonicalOptions.Encoder, SkipValidation = true });
        }

        public ReusableBufferWriter Output { get; } = new(4096);

        public ReusableBufferWriter Facts { get; } = new(4096);

        public CanonicalScratch Canonical { get; } = new();

        /// <summary>
        /// A writer over <see cref="Facts"/> (cleared). It escapes less than the serializer's own writer would (with the
        /// canonical encoder, not non-ASCII text) and skips validation: neither changes the canonical form, which unescapes
        /// every string (both encoders write an unpaired surrogate as U+FFFD) and ignores white space. Because it uses
        /// the canonical encoder (and the contract's property names are pre-encoded by the stricter default encoder),
        /// what it writes unescaped the canonical writer may copy as is.
        /// </summary>
        public Utf8JsonWriter FactsWriter()
        {
            Facts.Clear();
            factsWriter.Reset(Facts);
            return factsWriter;
        }

        public bool Trim() => Output.Capacity <= KeepAtMost && Facts.Capacity <= KeepAtMost && Canonical.Trim();
    }
}
