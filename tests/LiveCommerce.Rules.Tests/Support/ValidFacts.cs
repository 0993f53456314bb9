using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Tests.Support;

/// <summary>Valid facts of one programme, as the JSON a host would send, with the sample they were derived from.</summary>
/// <param name="RuleSetId">The rule set the facts are for.</param>
/// <param name="Sample">The shipped sample the facts were derived from (for the failure message).</param>
/// <param name="Json">The facts, UTF-8 JSON that the rule set's reader accepts.</param>
public sealed record ProgrammeFacts(string RuleSetId, string Sample, byte[] Json)
{
    /// <inheritdoc/>
    public override string ToString() => $"{RuleSetId} from {Sample}: {System.Text.Encoding.UTF8.GetString(Json)}";
}

/// <summary>
/// A generator of valid facts for every programme of the catalog: a shipped sample of the programme with its numbers,
/// flags and dates moved a little (so values cross the clauses' thresholds), kept only when the programme's reader
/// accepts the result (otherwise the sample itself). Shared by the hardening and consistency properties, and the same
/// for every rule set, so a new programme with a sample is covered without a generator of its own.
/// </summary>
internal static class ValidFacts
{
    private static readonly Lazy<Dictionary<string, (string File, byte[] Bytes)[]>> SamplesById = new(LoadSamples);

    /// <summary>The rule sets that have a shipped sample (every one, a catalog test makes sure).</summary>
    public static IReadOnlyCollection<string> RuleSetIds => SamplesById.Value.Keys.ToArray();

    /// <summary>Valid facts of any programme.</summary>
    public static Gen<ProgrammeFacts> AnyProgramme() => Gen.Elements<string>(RuleSetIds).SelectMany<string, ProgrammeFacts>(Of);

    /// <summary>Valid facts of the rule set <paramref name="ruleSetId"/>.</summary>
    public static Gen<ProgrammeFacts> Of(string ruleSetId)
    {
        RuleSet ruleSet = RuleCatalog.Default[ruleSetId];
        // Up to eight tries, since a moved value can break a rule of validation (a year outside the programme, say).
        // Each draw parses its own copy: a parsed JsonNode materialises lazily and is not safe to share across threads.
        return from sample in Gen.Elements(SamplesById.Value[ruleSetId])
               let node = JsonNode.Parse(sample.Bytes)!
               from tries in Perturb(node, Math.Max(1, 3000 / Leaves(node))).ArrayOf(8)
               select Accept(ruleSet, ruleSetId, sample.File, node, tries);
    }

    /// <summary>The sample <paramref name="facts"/> were derived from, as the generator writes it unchanged.</summary>
    public static byte[] Original(ProgrammeFacts facts) =>
        System.Text.Encoding.UTF8.GetBytes(JsonNode.Parse(SamplesById.Value[facts.RuleSetId].Single(s => s.File == facts.Sample).Bytes)!.ToJsonString());

    private static ProgrammeFacts Accept(RuleSet ruleSet, string id, string file, JsonNode original, JsonNode?[] tries)
    {
        foreach (JsonNode? moved in tries)
        {
            byte[] json = System.Text.Encoding.UTF8.GetBytes(moved!.ToJsonString());
            if (ruleSet.ValidateJson(json).IsValid)
            {
                return new ProgrammeFacts(id, file, json);
            }
        }

        return new ProgrammeFacts(id, file, System.Text.Encoding.UTF8.GetBytes(original.ToJsonString()));
    }

    // About three leaves a document move (each with the chance `permille` in 1,000, fine enough that a document of 150
    // leaves or more does not drop to one move in 100); a JSON null stays null.
    private static Gen<JsonNode?> Perturb(JsonNode? node, int permille) => node switch
    {
        null => Gen.Constant<JsonNode?>(null),
        JsonObject o => Gen.CollectToArray(o.Select(p => Perturb(p.Value, permille).Select(v => KeyValuePair.Create(p.Key, v))).ToArray())
            .Select(JsonNode? (props) => new JsonObject(props)),
        JsonArray a => Gen.CollectToArray(a.Select(item => Perturb(item, permille)).ToArray())
            .Select(JsonNode? (items) => new JsonArray(items)),
        _ => Gen.Frequency((1000 - Math.Min(permille, 1000), Fresh(node)), (Math.Min(permille, 1000), MoveLeaf((JsonValue)node))),
    };

    // A node can have one parent only: every generated document gets its own copy.
    private static Gen<JsonNode?> Fresh(JsonNode? node) => Gen.Constant(node).Select(n => n?.DeepClone());

    private static Gen<JsonNode?> MoveLeaf(JsonValue v) => v switch
    {
        _ when v.TryGetValue(out bool flag) => Fresh(JsonValue.Create(!flag)),
        _ when v.TryGetValue(out string? text) => PerturbText(text!),
        _ => PerturbNumber(v.ToJsonString()),
    };

    private static int Leaves(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => Leaves(p.Value)),
        JsonArray a => a.Sum(Leaves),
        _ => 1,
    };

    // Numbers: a unit of the last place up or down, or scaled by up to ±20 %, keeping the sign and the scale.
    private static Gen<JsonNode?> PerturbNumber(string raw)
    {
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) || Math.Abs(value) > 1e15m)
        {
            return Fresh(JsonNode.Parse(raw));
        }

        int scale = raw.Contains('.', StringComparison.Ordinal) ? raw.Length - raw.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        decimal unit = scale == 0 ? 1m : 1m / (decimal)Math.Pow(10, Math.Min(scale, 2));
        return Gen.Frequency(
            (2, Gen.Elements(-1m, 1m).Select(sign => value + (sign * unit))),
            (2, Gen.Choose(80, 120).Select(percent => Math.Round(value * percent / 100m, Math.Min(scale, 2), MidpointRounding.AwayFromZero))))
            .Select(moved => value >= 0 && moved < 0 ? 0m : moved)
            .Select(moved => scale == 0 ? (JsonNode?)JsonValue.Create((long)moved) : JsonValue.Create(moved));
    }

    // Dates (yyyy-MM-dd): moved by up to 45 days either way; other strings unchanged.
    private static Gen<JsonNode?> PerturbText(string text)
    {
        if (text.Length != 10 || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return Fresh(JsonValue.Create(text));
        }

        return Gen.Choose(-45, 45)
            .Select(days => (JsonNode?)JsonValue.Create(date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, (string File, byte[] Bytes)[]> LoadSamples()
    {
        var samples = new Dictionary<string, (string File, byte[] Bytes)[]>(StringComparer.Ordinal);
        foreach (string folder in Directory.EnumerateDirectories(Repo.Path("samples", "data")).Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileName(folder);
            if (!RuleCatalog.Default.TryGet(id, out RuleSet? ruleSet))
            {
                continue;
            }

            (string, byte[])[] valid =
            [
                .. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
                    .Select(f => (File: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
                    .Where(s => ruleSet!.ValidateJson(s.Bytes).IsValid),
            ];
            if (valid.Length > 0)
            {
                samples[id] = valid;
            }
        }

        return samples;
    }
}
