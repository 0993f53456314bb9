using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Serialization;

namespace LiveCommerce.Rules.Tests.Serialization;

/// <summary>
/// The definition of <see cref="Fingerprint"/>, as a test oracle: the canonical document written through a
/// <see cref="JsonDocument"/> in sorted order. The library's one canonical writer (<c>CanonicalJson</c>) must match it
/// byte for byte, and throw the same exception (type and message) for input it cannot read; the tests compare the two
/// on every sample and on generated, mutated and edge-case inputs.
/// </summary>
internal static class FingerprintReference
{
    private const int SmallObject = 64;

    /// <summary>The fingerprint of facts (as UTF-8 JSON) under a rule set's id, version and parameters in force.</summary>
    public static string Compute(RuleSet ruleSet, DateOnly asOf, ReadOnlySpan<byte> factsUtf8Json)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Compute(ruleSet.Id, ruleSet.Version, asOf, ruleSet.Parameters.InForce(), factsUtf8Json, ruleSet.FingerprintConfiguration);
    }

    /// <summary>The fingerprint from its parts (see <see cref="Fingerprint"/>).</summary>
    public static string Compute(string ruleSetId, string version, DateOnly asOf, IEnumerable<KeyValuePair<string, decimal>> parameters, ReadOnlySpan<byte> factsUtf8Json, string? configurationJson) =>
        Convert.ToHexStringLower(SHA256.HashData(CanonicalDocument(ruleSetId, version, asOf, parameters, factsUtf8Json, configurationJson)));

    /// <summary>The canonical document the fingerprint hashes.</summary>
    public static byte[] CanonicalDocument(string ruleSetId, string version, DateOnly asOf, IEnumerable<KeyValuePair<string, decimal>> parameters, ReadOnlySpan<byte> factsUtf8Json, string? configurationJson)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (configurationJson is not null)
            {
                writer.WritePropertyName("configuration");
                using JsonDocument configuration = JsonDocument.Parse(configurationJson);
                WriteCanonical(writer, configuration.RootElement);
            }

            writer.WritePropertyName("facts");
            var reader = new Utf8JsonReader(factsUtf8Json);
            using (JsonDocument facts = JsonDocument.ParseValue(ref reader))
            {
                try
                {
                    WriteCanonical(writer, facts.RootElement);
                }
                catch (InvalidOperationException ex)
                {
                    // An unpaired surrogate escape (\ud800) in a name or string cannot be read as text.
                    throw new JsonException("The facts contain text that is not valid UTF-16: " + ex.Message, ex);
                }
            }

            writer.WriteStartObject("parameters");
            foreach ((string key, decimal value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(key);
                WriteNumber(writer, value);
            }

            writer.WriteEndObject();
            writer.WriteString("ruleSet", ruleSetId);
            writer.WriteString("version", version);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="element"/> in canonical form: sorted keys, normalized numbers.</summary>
    public static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                WriteSortedProperties(writer, element);
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number when element.TryGetDecimal(out decimal d):
                WriteNumber(writer, d);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>The object's properties by ordinal name, ties in document order (what a stable ordinal sort gives).</summary>
    private static void WriteSortedProperties(Utf8JsonWriter writer, JsonElement element)
    {
        int count = element.GetPropertyCount();
        if (count > SmallObject)
        {
            foreach (JsonProperty property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                writer.WritePropertyName(property.Name);
                WriteCanonical(writer, property.Value);
            }

            return;
        }

        // Small objects (every facts record): a stable insertion sort on the stack instead of LINQ's buffers.
        Span<int> order = stackalloc int[count];
        string[] names = ArrayPool<string>.Shared.Rent(Math.Max(count, 1));
        JsonElement[] values = ArrayPool<JsonElement>.Shared.Rent(Math.Max(count, 1));
        try
        {
            int n = 0;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                names[n] = property.Name;
                values[n] = property.Value;
                int j = n;
                while (j > 0 && string.CompareOrdinal(names[order[j - 1]], names[n]) > 0)
                {
                    order[j] = order[j - 1];
                    j--;
                }

                order[j] = n++;
            }

            for (int i = 0; i < n; i++)
            {
                writer.WritePropertyName(names[order[i]]);
                WriteCanonical(writer, values[order[i]]);
            }
        }
        finally
        {
            Array.Clear(names, 0, count);
            Array.Clear(values, 0, count);
            ArrayPool<string>.Shared.Return(names);
            ArrayPool<JsonElement>.Shared.Return(values);
        }
    }

    internal static void WriteNumber(Utf8JsonWriter writer, decimal value)
    {
        // The same text as decimal.ToString(InvariantCulture) of the normalised value, formatted straight to UTF-8.
        decimal normalised = value / 1.000000000000000000000000000000000m;
        Span<byte> utf8 = stackalloc byte[64];
        if (normalised.TryFormat(utf8, out int written, default, CultureInfo.InvariantCulture))
        {
            writer.WriteRawValue(utf8[..written], skipInputValidation: true);
        }
        else
        {
            writer.WriteRawValue(normalised.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        }
    }
}
