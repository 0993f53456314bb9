using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace LiveCommerce.Rules.Tests.Hardening;

/// <summary>
/// Deterministic, hostile mutations of a JSON document: drop, duplicate and retype fields, extreme numbers, deep nesting,
/// long strings, invalid dates, duplicated array items (duplicate months), NaN-like strings, duplicate keys, truncation
/// and raw escapes. The same seed always gives the same bytes, so a failure is replayed from its seed.
/// </summary>
internal static class JsonMutator
{
    private static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1", "0.001", "0.01", "1.5", "-0.01", "1e400", "-1e400", "1e-400", "99999999999", "2147483647", "2147483648",
        "-2147483648", "9223372036854775807", "9223372036854775808", "999999999999999.99", "1000000000000000", "1e28",
        "79228162514264337593543950335", "-79228162514264337593543950335", "79228162514264337593543950336", "7.9228162514264337593543950335E28",
        "0.0000000000000000000000000001", "1E2", "12345678901234567890.123456789", "4294967296",
    ];

    private static readonly string[] Strings =
    [
        "", " ", "NaN", "-NaN", "Infinity", "-Infinity", "nan", "1e400", "2022-02-29", "2024-02-29", "2022-13", "2022-00", "2022-12",
        "2023-01", "2022-13-01", "2022-02-30", "0000-01", "10000-01", "2020-10-31", "9999-12-31", "0001-01-01", "2022-12-31T00:00:00",
        "null", "true", "¥3000万", "\u0000", "\ud800", "💥", "a\"b", "<script>alert(1)</script>", "' OR 1=1 --",
        new string('x', 10_000), new string('x', 10_001), new string('长', 100_000),
    ];

    /// <summary>The mutated document for <paramref name="seed"/>.</summary>
    public static byte[] Mutate(byte[] original, int seed)
    {
        var random = new Random(seed);
        JsonNode root = JsonNode.Parse(original)!;
        int mutations = random.Next(1, 4);
        for (int i = 0; i < mutations; i++)
        {
            root = MutateNode(root, random);
        }

        string text = root.ToJsonString();
        return random.Next(24) switch
        {
            0 => Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]),
            1 => Encoding.UTF8.GetBytes(text.Insert(random.Next(text.Length), random.Next(2) == 0 ? "," : "{")),
            2 => Encoding.UTF8.GetBytes(InsertAfterAQuote(text, random, random.Next(2) == 0 ? "\\ud800" : "\\udc00")),
            3 or 4 => Encoding.UTF8.GetBytes(DuplicateAKey(text, random)),
            5 => Encoding.UTF8.GetBytes(text.Replace(":", ":NaN", StringComparison.Ordinal)[..Math.Min(text.Length, 64)]),
            _ => Encoding.UTF8.GetBytes(text),
        };
    }

    /// <summary>Repeats the first key of a random object in the raw text (<c>{"a":0,"a":…}</c>): JsonNode cannot write that.</summary>
    private static string DuplicateAKey(string text, Random random)
    {
        int[] starts = [.. Enumerable.Range(0, text.Length - 1).Where(i => text[i] == '{' && text[i + 1] == '"')];
        if (starts.Length == 0)
        {
            return text;
        }

        int start = starts[random.Next(starts.Length)];
        int end = text.IndexOf('"', start + 2);
        return end < 0 ? text : text.Insert(start + 1, text[(start + 1)..(end + 1)] + ":0,");
    }

    private static string InsertAfterAQuote(string text, Random random, string escape)
    {
        int[] quotes = [.. Enumerable.Range(0, text.Length).Where(i => text[i] == '"')];
        return quotes.Length == 0 ? text : text.Insert(quotes[random.Next(quotes.Length)] + 1, escape);
    }

    private static JsonNode MutateNode(JsonNode root, Random random)
    {
        List<(JsonNode? Parent, string? Key, int Index, JsonNode? Node)> all = [];
        Collect(null, null, -1, root, all);
        (JsonNode? parent, string? key, int index, JsonNode? node) = all[random.Next(all.Count)];
        if (parent is not null && node is JsonValue value && random.Next(3) != 0)
        {
            // Most mutations of a value keep the document's shape and change a value within its type, so evaluation runs too.
            Replace(parent, key, index, Benign(value, random));
            return root;
        }

        JsonNode? replacement = RandomValue(random, node);
        switch (parent)
        {
            case null:
                return replacement ?? root;
            case JsonObject obj when random.Next(4) == 0:
                obj.Remove(key!); // drop a field
                break;
            case JsonObject obj when random.Next(8) == 0:
                obj["unexpected" + random.Next(3).ToString(CultureInfo.InvariantCulture)] = replacement;
                break;
            case JsonObject obj:
                obj[key!] = replacement; // retype
                break;
            case JsonArray array when random.Next(3) == 0:
                array.Insert(index, node?.DeepClone()); // duplicate an item: a duplicate month, member, line
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

    private static void Replace(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[key!] = value;
        }
        else
        {
            parent.AsArray()[index] = value;
        }
    }

    private static JsonValue Benign(JsonValue value, Random random)
    {
        if (value.TryGetValue(out bool flag))
        {
            return JsonValue.Create(!flag);
        }

        if (value.TryGetValue(out string? text))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
                && date.Year is > 1 and < 9999)
            {
                return JsonValue.Create(date.AddDays(random.Next(-400, 400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (text.Length == 7 && text[4] == '-' && int.TryParse(text.AsSpan(0, 4), CultureInfo.InvariantCulture, out int year))
            {
                return JsonValue.Create(string.Create(CultureInfo.InvariantCulture, $"{year + random.Next(-1, 2):D4}-{random.Next(1, 13):D2}"));
            }

            return random.Next(4) == 0 ? JsonValue.Create(text) : JsonValue.Create("名" + RandomString(random));
        }

        return random.Next(5) switch
        {
            0 => JsonValue.Create(random.Next(0, 30)),
            1 => JsonValue.Create(random.Next(0, 100_000)),
            2 => JsonValue.Create(random.Next(2) == 0 ? int.MaxValue - random.Next(3) : 0),
            3 => JsonValue.Create(random.Next(2) == 0 ? decimal.MaxValue / random.Next(1, 1000) : 0.01m),
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

    private static JsonNode? RandomValue(Random random, JsonNode? current) => random.Next(11) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 or 3 => JsonNode.Parse(Numbers[random.Next(Numbers.Length)]),
        4 or 5 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        6 => new JsonObject(),
        7 => Nested(random.Next(2, 70)),
        8 => JsonValue.Create(RandomString(random)),
        9 => JsonValue.Create((random.NextInt64(-1_000_000_000_000, 1_000_000_000_000) / 100m) * random.Next(-3, 4)),
        _ => current?.DeepClone(),
    };

    /// <summary>Arrays nested <paramref name="depth"/> deep (past the reader's limit of 32 for some).</summary>
    private static JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create(1);
        for (int i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }

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
