using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Serialization;

/// <summary>Random mutations of the shipped samples never produce an unhandled exception.</summary>
public class FuzzTests
{
    private const int Cases = 300;

    private static readonly string[] Files = [.. Directory.GetFiles(Repo.Path("samples", "data", "hlj-shared-base"), "*.json").Order(StringComparer.Ordinal)];

    private static readonly RuleSet[] RuleSets =
    [
        SharedBaseRuleSet.Default,
        SharedBaseCityRuleSet.Default,
        SharedBaseCityRuleSet.ForCity(2, Money.FromWan(600)),
        SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 2500m)),
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1", "0.001", "0.01", "1.5", "-0.01", "1e400", "-1e400", "1e-400", "99999999999", "2147483648", "9223372036854775808",
        "999999999999999.99", "1000000000000000", "1e28", "79228162514264337593543950336", "2000", "30000000", "1E2", "12345678901234567890.123456789",
    ];

    private static readonly string[] Strings =
    [
        "", " ", "2022-02-29", "2024-02-29", "2022-13", "2022-12", "2023-01", "2020-10-31", "2020-11-01", "9999-12-31", "0001-01-01",
        "2022-12-31T00:00:00", "null", "true", "¥3000万", "\u0000", "\ud800", "💥", "a\"b", new string('x', 10_001),
    ];

    [Fact]
    public void EvaluateJson_RandomMutationsOfSamples_ReportOrProblemsNeverException()
    {
        Assert.NotEmpty(Files);
        Gen<int> seeds = Gen.Choose(0, int.MaxValue);
        int reports = 0;

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Cases),
            Prop.ForAll(Arb.From(seeds), seed =>
            {
                string? failure = Run(seed, ref reports);
                return failure is null ? Prop.ToProperty(true) : Prop.Label(false, failure);
            }));

        // Guards the mutator: many mutated documents must still be evaluated, or the evaluation path is not fuzzed.
        Assert.InRange(reports, Cases / 5, Cases * RuleSets.Length);
    }

    [Fact]
    public void Mutate_SameSeed_SameText()
    {
        Assert.Equal(MutatedText(12345, out _), MutatedText(12345, out _));
        Assert.NotEqual(MutatedText(1, out _), MutatedText(2, out _));
    }

    /// <summary>Runs one case; returns a description (with the seed, to replay it) on failure.</summary>
    private static string? Run(int seed, ref int reports)
    {
        byte[] json = MutatedText(seed, out string file);
        foreach (RuleSet rules in RuleSets)
        {
            try
            {
                EvaluationResult result = rules.EvaluateJson(json, new DateOnly(2023, 3, 1));
                if (result.Report is { } report)
                {
                    reports++;
                    _ = LiveCommerceJson.Serialize(report);
                    foreach (Finding f in report.Findings)
                    {
                        _ = f.Message;
                    }
                }
                else if (result.Validation.Problems.IsEmpty)
                {
                    return Describe(seed, file, rules, "neither a report nor a problem", json);
                }

                _ = rules.ValidateJson(json);
            }
#pragma warning disable CA1031 // the point is to catch anything
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return Describe(seed, file, rules, ex.ToString(), json);
            }
        }

        return null;
    }

    private static string Describe(int seed, string file, RuleSet rules, string what, byte[] json) =>
        string.Create(CultureInfo.InvariantCulture, $"seed {seed} ({Path.GetFileName(file)}, {rules.Id}): {what}\n{Encoding.UTF8.GetString(json)}");

    private static byte[] MutatedText(int seed, out string file)
    {
        var random = new Random(seed);
        file = Files[random.Next(Files.Length)];
        JsonNode root = JsonNode.Parse(File.ReadAllBytes(file))!;
        int mutations = random.Next(1, 4);
        for (int i = 0; i < mutations; i++)
        {
            root = Mutate(root, random);
        }

        string text = root.ToJsonString();
        return random.Next(20) switch
        {
            0 => Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]),
            1 => Encoding.UTF8.GetBytes(text.Insert(random.Next(text.Length), random.Next(2) == 0 ? "," : "{")),
            2 or 3 => Encoding.UTF8.GetBytes(InsertAfterAQuote(text, random, random.Next(2) == 0 ? "\\ud800" : "\\udc00")),
            4 or 5 when root is JsonObject { Count: > 0 } obj => Encoding.UTF8.GetBytes(DuplicateAProperty(obj, text, random)),
            _ => Encoding.UTF8.GetBytes(text),
        };
    }

    /// <summary>The text with one of the root's properties given twice (JsonNode cannot hold a duplicate key).</summary>
    private static string DuplicateAProperty(JsonObject root, string text, Random random)
    {
        KeyValuePair<string, JsonNode?> property = root.ElementAt(random.Next(root.Count));
        string copy = new JsonObject { [property.Key] = property.Value?.DeepClone() }.ToJsonString();
        return string.Concat(copy.AsSpan(0, copy.Length - 1), ",", text.AsSpan(1));
    }

    /// <summary>Raw escapes JsonNode would never write, such as an unpaired surrogate, right after a random quote.</summary>
    private static string InsertAfterAQuote(string text, Random random, string escape)
    {
        int[] quotes = [.. Enumerable.Range(0, text.Length).Where(i => text[i] == '"')];
        return quotes.Length == 0 ? text : text.Insert(quotes[random.Next(quotes.Length)] + 1, escape);
    }

    private static JsonNode Mutate(JsonNode root, Random random)
    {
        List<(JsonNode? Parent, string? Key, int Index, JsonNode? Node)> all = [];
        Collect(null, null, -1, root, all);
        (JsonNode? parent, string? key, int index, JsonNode? node) = all[random.Next(all.Count)];
        if (parent is not null && node is JsonValue value && random.Next(4) != 0)
        {
            // Most mutations of a value keep the document's shape and change a value within its type, so evaluation runs too.
            JsonValue benign = Benign(value, random);
            if (parent is JsonObject o)
            {
                o[key!] = benign;
            }
            else
            {
                parent.AsArray()[index] = benign;
            }

            return root;
        }

        JsonNode? replacement = RandomValue(random, node);
        switch (parent)
        {
            case null:
                return replacement ?? root;
            case JsonObject obj when random.Next(5) == 0:
                obj.Remove(key!);
                break;
            case JsonObject obj when random.Next(8) == 0:
                obj["unexpected" + random.Next(3).ToString(CultureInfo.InvariantCulture)] = replacement;
                break;
            case JsonObject obj:
                obj[key!] = replacement;
                break;
            case JsonArray array when random.Next(4) == 0:
                array.Insert(index, node?.DeepClone());
                break;
            case JsonArray array when random.Next(4) == 0:
                array.RemoveAt(index);
                break;
            case JsonArray array:
                array[index] = replacement;
                break;
        }

        return root;
    }

    private static JsonValue Benign(JsonValue value, Random random)
    {
        if (value.TryGetValue(out bool flag))
        {
            return JsonValue.Create(!flag);
        }

        if (value.TryGetValue(out string? text))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return JsonValue.Create(date.AddDays(random.Next(-400, 400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            return YearMonth.TryParse(text, out _)
                ? JsonValue.Create(new YearMonth(2022, random.Next(1, 13)).ToString())
                : JsonValue.Create("名" + RandomString(random));
        }

        return random.Next(3) switch
        {
            0 => JsonValue.Create(random.Next(0, 30)),
            1 => JsonValue.Create(random.Next(0, 100_000)),
            _ => JsonValue.Create(random.NextInt64(0, 10_000_000_000) / 100m),
        };
    }

    private static void Collect(JsonNode? parent, string? key, int index, JsonNode? node, List<(JsonNode?, string?, int, JsonNode?)> all)
    {
        all.Add((parent, key, index, node));
        switch (node)
        {
            case JsonObject obj:
                foreach ((string k, JsonNode? v) in obj.ToList())
                {
                    Collect(obj, k, -1, v, all);
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    Collect(array, null, i, array[i], all);
                }

                break;
        }
    }

    private static JsonNode? RandomValue(Random random, JsonNode? current) => random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonNode.Parse(Numbers[random.Next(Numbers.Length)]),
        3 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        4 => new JsonObject(),
        5 => new JsonArray(JsonValue.Create(random.Next(100))),
        6 => JsonValue.Create(RandomString(random)),
        7 => JsonValue.Create((random.NextInt64(-1_000_000_000_000, 1_000_000_000_000) / 100m) * random.Next(-3, 4)),
        _ => current?.DeepClone(),
    };

    private static string RandomString(Random random)
    {
        var builder = new StringBuilder();
        int length = random.Next(0, 12);
        for (int i = 0; i < length; i++)
        {
            builder.Append((char)random.Next(0x20, 0x9FFF));
        }

        return builder.ToString();
    }
}
