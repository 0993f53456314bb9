extern alias JsonSchemaNet;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonSchemaNet::Json.Schema;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Tests.Hardening;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Serialization;

/// <summary>
/// Issue 17, "schemas as strict as the reader": every document of a corpus is given to the exported JSON Schema of a rule
/// set (<see cref="RuleSet.GetFactsSchema"/>, validated by JsonSchema.Net with format validation on) and to the rule set's
/// reader, and both must accept or both reject it. The corpus: every shipped document (samples/data/**, each line of a
/// .jsonl batch, samples/invalid/**) read as every rule set's facts, and for each rule set the fuzzers' hostile mutations
/// of its samples (<see cref="JsonMutator"/>) and the systematic replacement of every value and name of each sample
/// (<see cref="FactsJsonReaderFastPathTests.Replacements"/>).
/// </summary>
/// <remarks>
/// <para>What is compared is the reader's <em>structural</em> verdict (types, required, unknown, duplicate and null
/// properties, enum names, scalar ranges and formats, array and string limits: whether the facts can be read at all), not
/// <see cref="RuleSet{TFacts}.Validate"/>: the semantic checks (a monthly series without gaps, names not blank, a cohort
/// without duplicates…) relate several values and are not what the schema claims to check, so a document that the schema
/// accepts may still be reported by <see cref="RuleSet.ValidateJson"/>.</para>
/// <para>A JSON Schema validates a JSON value. A document that is not one (malformed text, text after the value, bytes
/// that are not UTF-8, an escape of half a UTF-16 surrogate pair, a name twice in one object: RFC 8259 and RFC 7493 leave
/// those undefined or forbid them) has no instance to validate, and the reader rejects it too; such a document counts as
/// rejected by the schema, as does a validation that throws. A leading UTF-8 byte-order mark is an encoding mark, not
/// part of the value: it is removed before the schema sees the document (the reader skips it too).</para>
/// </remarks>
public sealed class SchemaReaderAgreementTests
{
    private const int MutationsPerRuleSet = 300;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private static readonly JsonDocumentOptions Instance = new() { AllowDuplicateProperties = false, MaxDepth = 256 };

    public static TheoryData<string> RuleSetIds() => [.. RuleCatalog.Default.RuleSets.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void SchemaAndReader_EveryShippedDocument_SameVerdict(string ruleSetId)
    {
        RuleSet rules = RuleCatalog.Default[ruleSetId];
        JsonSchema schema = SchemaOf(rules);
        int accepted = 0;
        foreach ((string name, byte[] json) in ShippedDocuments())
        {
            accepted += AssertSameVerdict(rules, schema, json, name) ? 1 : 0;
        }

        Assert.True(accepted >= 1, $"{ruleSetId}: no shipped document is valid facts");
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void SchemaAndReader_HostileMutationsOfOwnSamples_SameVerdict(string ruleSetId)
    {
        RuleSet rules = RuleCatalog.Default[ruleSetId];
        JsonSchema schema = SchemaOf(rules);
        byte[][] samples = [.. CatalogFuzzTests.SampleFiles(ruleSetId).Select(File.ReadAllBytes)];
        int accepted = 0;
        for (int seed = 0; seed < MutationsPerRuleSet; seed++)
        {
            byte[] json = JsonMutator.Mutate(samples[seed % samples.Length], seed);
            accepted += AssertSameVerdict(rules, schema, json, $"{ruleSetId} mutation seed {seed}") ? 1 : 0;
        }

        Assert.InRange(accepted, 1, MutationsPerRuleSet - 1); // both verdicts exercised
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void SchemaAndReader_EveryValueAndNameOfOwnSamplesReplaced_SameVerdict(string ruleSetId)
    {
        RuleSet rules = RuleCatalog.Default[ruleSetId];
        JsonSchema schema = SchemaOf(rules);
        int documents = 0, accepted = 0;
        foreach (string file in CatalogFuzzTests.SampleFiles(ruleSetId))
        {
            foreach (string text in FactsJsonReaderFastPathTests.Replacements(JsonNode.Parse(File.ReadAllBytes(file))!))
            {
                accepted += AssertSameVerdict(rules, schema, Encoding.UTF8.GetBytes(text), $"{Path.GetFileName(file)} replacement {documents}") ? 1 : 0;
                documents++;
            }
        }

        Assert.True(documents > 100, $"{ruleSetId}: only {documents} documents");
        Assert.InRange(accepted, 1, documents - 1);
    }

    /// <summary>Whether both accept; fails the test, with both verdicts' reasons, when they differ.</summary>
    private static bool AssertSameVerdict(RuleSet rules, JsonSchema schema, byte[] json, string what)
    {
        bool reader = rules.NormalizeFacts(json) is not null; // the structural read alone (null: not readable as facts)
        bool bySchema = SchemaAccepts(schema, json, out string schemaReason);
        if (reader != bySchema)
        {
            string text = Encoding.UTF8.GetString(json);
            Assert.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"{rules.Id}, {what}: the reader {(reader ? "accepts" : "rejects")} ({rules.ValidateJson(json)}), the schema {(bySchema ? "accepts" : "rejects")} ({schemaReason})\n{(text.Length > 3000 ? text[..3000] + "…" : text)}"));
        }

        return reader;
    }

    private static bool SchemaAccepts(JsonSchema schema, byte[] json, out string reason)
    {
        ReadOnlyMemory<byte> value = json.AsSpan().StartsWith("\uFEFF"u8) ? json.AsMemory(3) : json;
        try
        {
            using JsonDocument document = JsonDocument.Parse(value, Instance);
            RejectUnpairedSurrogates(document.RootElement);
            EvaluationResults results = schema.Evaluate(document.RootElement, Strict);
            reason = results.IsValid ? "valid" : Explain(schema, document.RootElement);
            return results.IsValid;
        }
#pragma warning disable CA1031 // a document the validator cannot take is one it does not accept
        catch (Exception ex)
#pragma warning restore CA1031
        {
            reason = "not a JSON instance: " + ex.GetType().Name + ": " + ex.Message;
            return false;
        }
    }

    /// <summary>Throws on a name or string that does not decode to valid UTF-16 (not an I-JSON value, RFC 7493 §2.1).</summary>
    private static void RejectUnpairedSurrogates(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    _ = property.Name;
                    RejectUnpairedSurrogates(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    RejectUnpairedSurrogates(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }

    private static string Explain(JsonSchema schema, JsonElement instance)
    {
        EvaluationResults list = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        IEnumerable<string> errors = (list.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        return string.Join("; ", errors.Take(5));
    }

    /// <summary>One build per rule set: JsonSchema.Net registers a schema's <c>$id</c> globally, once.</summary>
    private static JsonSchema SchemaOf(RuleSet rules) =>
        Schemas.GetOrAdd(rules.Id, _ => new Lazy<JsonSchema>(() => JsonSchema.FromText(rules.GetFactsSchema().ToJsonString()))).Value;

    /// <summary>Every shipped document: samples/data/** (.json, and each line of a .jsonl) and samples/invalid/**.</summary>
    private static IEnumerable<(string Name, byte[] Json)> ShippedDocuments()
    {
        IEnumerable<string> files = Directory.GetFiles(Repo.Path("samples", "data"), "*.json*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Repo.Path("samples", "invalid"), "*.json*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string name = Path.GetRelativePath(Repo.Root, file);
            if (file.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                int line = 0;
                foreach (string text in File.ReadAllLines(file))
                {
                    line++;
                    if (text.Length > 0)
                    {
                        yield return ($"{name}:{line}", Encoding.UTF8.GetBytes(text));
                    }
                }
            }
            else
            {
                yield return (name, File.ReadAllBytes(file));
            }
        }
    }
}
