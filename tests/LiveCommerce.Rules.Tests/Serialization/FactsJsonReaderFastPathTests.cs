using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Sichuan.ClusterAction;
using LiveCommerce.Rules.Tests.Hardening;
using LiveCommerce.Rules.Tests.Support;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Serialization;

/// <summary>
/// The fast path of <see cref="FactsJsonReader.Read{T}"/> (<see cref="FactsJsonFastReader"/>) against the complete walk
/// (<see cref="FactsJsonReader.ReadComplete{T}"/>), document by document: the same validity, the same problems (paths, codes,
/// messages, attempted values, in order) and the same facts (compared as re-serialized JSON). Documents: every shipped
/// sample read as every facts type, the hostile mutations of the fuzzers (<see cref="JsonMutator"/>), the FsCheck generators
/// of valid facts, a systematic replacement of every value and property name of every sample by hostile ones, and
/// targeted cases. The fast path must also take every valid document (it is the point of it) and never throw.
/// </summary>
public sealed class FactsJsonReaderFastPathTests
{
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonContext RawContext = new(new JsonSerializerOptions(JsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Every facts type read with <see cref="FactsJsonReader"/>: the rule sets' facts and the Guizhou criteria.</summary>
    private static readonly Dictionary<Type, Func<byte[], Outcome>> Readers = new()
    {
        [typeof(SharedBaseApplication)] = json => Compare(json, JsonContext.Default.SharedBaseApplication),
        [typeof(SharedBaseCitySelection)] = json => Compare(json, JsonContext.Default.SharedBaseCitySelection),
        [typeof(DemonstrationProject)] = json => Compare(json, JsonContext.Default.DemonstrationProject),
        [typeof(DemonstrationCriteria)] = json => Compare(json, JsonContext.Default.DemonstrationCriteria),
        [typeof(SupportClaim)] = json => Compare(json, JsonContext.Default.SupportClaim),
        [typeof(AssistedEnterprise)] = json => Compare(json, JsonContext.Default.AssistedEnterprise),
        [typeof(AssistanceCityCohort)] = json => Compare(json, JsonContext.Default.AssistanceCityCohort),
        [typeof(PlanMeasuresCase)] = json => Compare(json, JsonContext.Default.PlanMeasuresCase),
        [typeof(SichuanClusterPilotApplication)] = json => Compare(json, JsonContext.Default.SichuanClusterPilotApplication),
        [typeof(SichuanBaseApplication)] = json => Compare(json, JsonContext.Default.SichuanBaseApplication),
        [typeof(GoalFigures)] = json => Compare(json, JsonContext.Default.GoalFigures),
        [typeof(RuralETownProject)] = json => Compare(json, JsonContext.Default.RuralETownProject),
    };

    /// <summary>Hostile values put in place of every value of every sample (raw JSON).</summary>
    private static readonly string[] HostileValues =
    [
        "null", "true", "false", "0", "-0", "-0.00", "0.00", "-1", "1", "1.5", "-0.01", "0.001", "0.01", "1e2", "1E-2", "1.0", "1e400", "-1e400",
        "2147483647", "2147483648", "-2147483648", "9223372036854775807", "9223372036854775808", "79228162514264337593543950335",
        "79228162514264337593543950336", "999999999999999.99", "999999999999999.999", "1000000000000000", "1000000000", "1000000000.01",
        "1000000", "1000000.01", "1000001",
        "\"1\"", "\"-1\"", "\"1.5\"", "\"\"", "\"x\"", "\"true\"", "\"null\"", "\"2022-01\"", "\"2022-13\"", "\"2022-1\"", "\"2022-12-31\"",
        "\"2022-02-29\"", "\"2024-02-29\"", "\"2022-2-3\"", "\"2022-12-31T00:00:00\"", "\"\\ud800\"", "\"x\\udc00\"", "\"\\ud83d\\ude80\"",
        "\"a\\u0000b\"", "\"\\u0032022-01\"", "\"长\"",
        Quote(new string('x', 10_000)), Quote(new string('x', 10_001)), Quote(string.Concat(Enumerable.Repeat("\\u957f", 10_000))),
        Quote(string.Concat(Enumerable.Repeat("\\u957f", 10_001))), Quote("\\u957f" + new string('x', 9_999)), Quote("\\u957f" + new string('x', 10_000)), Quote(new string('长', 3_334)), Quote(new string('长', 10_001)),
        Quote(string.Concat(Enumerable.Repeat("😀", 10_000))), Quote(string.Concat(Enumerable.Repeat("😀", 10_001))), Quote(string.Concat(Enumerable.Repeat("\\ud83d\\ude00", 10_000))),
        "12.0", "1.2e1", "1E1", "-0.0", "2147483647.0", "2147483647.5", "9223372036854775807.0", "1e-400", "0.00000000000000000000000000001", "0.00000000000000000000000000000",
        "{}", "[]", "[null]", "[1]", "[{}]", "{\"a\":1}", Nested(30), Nested(31), Nested(32), Nested(40),
    ];

    public static TheoryData<string> SampleFiles() =>
        [.. AllSampleFiles().Select(f => Path.GetRelativePath(Repo.Path("samples", "data"), f))];

    [Fact]
    public void Readers_CoverEveryRuleSetOfTheCatalog()
    {
        foreach (RuleSet rules in RuleCatalog.Default.RuleSets)
        {
            Assert.True(Readers.ContainsKey(rules.FactsType), $"{rules.Id}: add {rules.FactsType.Name} to Readers");
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Read_SampleAsEveryFactsType_SameAsCompleteWalk(string file)
    {
        int valid = 0;
        foreach (byte[] document in Documents(Repo.Path("samples", "data", file)))
        {
            foreach (Func<byte[], Outcome> read in Readers.Values)
            {
                valid += Check(read, document) ? 1 : 0;
            }
        }

        Assert.True(valid >= 1, $"{file}: no facts type reads it");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Read_HostileMutationsOfSample_SameAsCompleteWalk(string file)
    {
        Func<byte[], Outcome> read = ReaderFor(file);
        byte[] sample = Documents(Repo.Path("samples", "data", file)).First();
        int valid = 0;
        for (int seed = 0; seed < 300; seed++)
        {
            valid += Check(read, JsonMutator.Mutate(sample, seed)) ? 1 : 0;
        }

        Assert.InRange(valid, 1, 299); // both paths exercised
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Read_EveryValueAndNameOfSampleReplaced_SameAsCompleteWalk(string file)
    {
        Func<byte[], Outcome> read = ReaderFor(file);
        JsonNode sample = JsonNode.Parse(Documents(Repo.Path("samples", "data", file)).First())!;
        int documents = 0;
        foreach (string text in Replacements(sample))
        {
            Check(read, Encoding.UTF8.GetBytes(text));
            documents++;
        }

        Assert.True(documents > HostileValues.Length, $"{file}: {documents} documents");
    }

    [Property]
    public void Read_GeneratedValidApplication_FastPathSameFacts(SharedBaseApplication facts)
    {
        Assert.True(Check(Readers[typeof(SharedBaseApplication)], JsonSerializer.SerializeToUtf8Bytes(facts, JsonContext.Default.SharedBaseApplication)));
        Assert.True(Check(Readers[typeof(SharedBaseApplication)], JsonSerializer.SerializeToUtf8Bytes(facts, RawContext.SharedBaseApplication)));
    }

    [Property]
    public Property Read_GeneratedValidCitySelection_FastPathSameFacts()
    {
        return Prop.ForAll(Arb.From(Generators.CitySelection()), facts =>
            Assert.True(Check(Readers[typeof(SharedBaseCitySelection)], JsonSerializer.SerializeToUtf8Bytes(facts, JsonContext.Default.SharedBaseCitySelection))));
    }

    [Theory]
    [InlineData("""{"BaseName":"x"}""")]
    [InlineData("""{"BASENAME":"x"}""")]
    [InlineData("""{"buildingArea":"2350.5"}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":"8","liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":-1,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":-0,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":8.0,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":1e1,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":2147483648,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[null]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-13","tenants":8,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-1","tenants":8,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"\u0032022-01","tenants":8,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":8,"liveRooms":9,"liveRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":8,"liveRooms":9,"liveR\u006foms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":8,"\u006civeRooms":9}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":8,"liveRooms":9,"x":1}]}""")]
    [InlineData("""{"monthly2022":[{"month":"2022-01","tenants":8}]}""")]
    [InlineData("""{"monthly2022":{}}""")]
    [InlineData("""{"onlineRetail2022":-0.01}""")]
    [InlineData("""{"onlineRetail2022":-0}""")]
    [InlineData("""{"onlineRetail2022":-0.00}""")]
    [InlineData("""{"onlineRetail2022":0.001}""")]
    [InlineData("""{"onlineRetail2022":1000000000000000}""")]
    [InlineData("""{"onlineRetail2022":999999999999999.99}""")]
    [InlineData("""{"onlineRetail2022":-999999999999999.99}""")]
    [InlineData("""{"onlineRetail2022":"32500000"}""")]
    [InlineData("""{"buildingArea":-1}""")]
    [InlineData("""{"buildingArea":-0.0}""")]
    [InlineData("""{"buildingArea":1000000000}""")]
    [InlineData("""{"buildingArea":1000000000.01}""")]
    [InlineData("""{"buildingArea":1e400}""")]
    [InlineData("""{"operator":{"name":"x","isLegalEntity":true,"operationStartDate":"2021-02-29"}}""")]
    [InlineData("""{"operator":{"name":"x","isLegalEntity":true,"operationStartDate":"2021-2-1"}}""")]
    [InlineData("""{"operator":{"name":"x","isLegalEntity":1,"operationStartDate":"2021-02-01"}}""")]
    [InlineData("""{"operator":{"name":"\ud800","isLegalEntity":true,"operationStartDate":"2021-02-01"}}""")]
    [InlineData("""{"operator":{"name":"\udc00\ud800","isLegalEntity":true,"operationStartDate":"2021-02-01"}}""")]
    [InlineData("""{"operator":{"name":"\ud83d\ude80","isLegalEntity":true,"operationStartDate":"2021-02-01"}}""")]
    [InlineData("""{"operator":{"n\ud800ame":"x","isLegalEntity":true,"operationStartDate":"2021-02-01"}}""")]
    [InlineData("""{"operator":null}""")]
    [InlineData("""{"ruralDemonstrationFunding":null}""")]
    [InlineData("""{"ruralDemonstrationFunding":{"funded":true,"nationalAcceptanceDate":null}}""")]
    [InlineData("""{"blacklistedOn":null}""")]
    [InlineData("""{"blacklistedOn":"2022-01-01"}""")]
    [InlineData("""{"blacklistedOn":"2022-01-01T00:00:00"}""")]
    [InlineData("""{"investments":[{"date":"2021-06-15","amount":1,"description":null}]}""")]
    [InlineData("""{"investments":[{"date":"2021-06-15","amount":1,"description":1}]}""")]
    public void Read_TargetedChangesOfTheSharedBaseSample_SameAsCompleteWalk(string change)
    {
        // The change's one property, raw (it may hold what JsonNode cannot: duplicate keys, undecodable names).
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(change));
        reader.Read();
        reader.Read();
        string key = reader.GetString()!;
        reader.Read();
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        string raw = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(change).AsSpan(start, (int)reader.BytesConsumed - start));
        Func<byte[], Outcome> read = Readers[typeof(SharedBaseApplication)];

        JsonObject sample = Json.MeetingSample();
        Check(read, Encoding.UTF8.GetBytes("{" + change[1..^1] + "," + sample.ToJsonString(Raw)[1..])); // a duplicate if the sample has it
        sample[key] = "__lcr_slot__";
        Check(read, Encoding.UTF8.GetBytes(sample.ToJsonString(Raw).Replace("\"__lcr_slot__\"", raw, StringComparison.Ordinal)));
        Check(read, Encoding.UTF8.GetBytes(sample.ToJsonString().Replace("\"__lcr_slot__\"", raw, StringComparison.Ordinal))); // non-ASCII escaped
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("\uFEFF", "")]
    [InlineData(" \r\n\t", " \r\n\t")]
    [InlineData("", "x")]
    [InlineData("", "{}")]
    [InlineData("", "null")]
    [InlineData("", ",")]
    [InlineData("", "//")]
    [InlineData("", "/* c */")]
    [InlineData("[", "]")]
    [InlineData("/* c */", "")]
    public void Read_ContentAroundTheSample_SameAsCompleteWalk(string before, string after)
    {
        string text = before + Encoding.UTF8.GetString(Repo.Sample("hlj-shared-base", "application-meets.json")) + after;

        bool valid = Check(Readers[typeof(SharedBaseApplication)], Encoding.UTF8.GetBytes(text));

        // A leading byte-order mark is accepted (issue 17); anything else around the value is not.
        Assert.Equal(string.IsNullOrWhiteSpace((before + after).TrimStart('\uFEFF')), valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("\"x\"")]
    [InlineData("{")]
    [InlineData("{\"baseName\":\"x\",}")]
    [InlineData("{\"baseName\":\"x\"")]
    public void Read_DegenerateDocuments_SameAsCompleteWalk(string text)
    {
        foreach (Func<byte[], Outcome> read in Readers.Values)
        {
            Assert.False(Check(read, Encoding.UTF8.GetBytes(text)));
        }
    }

    [Fact]
    public void Read_InvalidUtf8InValuesAndNames_SameAsCompleteWalk()
    {
        byte[] sample = Repo.Sample("hlj-shared-base", "application-meets.json");
        foreach (byte[] bad in new byte[][] { [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE9, 0x95], [0xF4, 0x90, 0x80, 0x80] })
        {
            foreach (string target in new[] { "\"哈尔滨市\"", "\"city\"", "\"2021-03-01\"", "\"funded\"" })
            {
                byte[] t = Encoding.UTF8.GetBytes(target);
                int at = sample.AsSpan().IndexOf(t);
                byte[] json = [.. sample[..(at + 1)], .. bad, .. sample[(at + 1)..]];
                Assert.False(Check(Readers[typeof(SharedBaseApplication)], json));
            }

            // Inside a value of the wrong type, whose raw text becomes the attempted value.
            byte[] city = Encoding.UTF8.GetBytes("\"哈尔滨市\"");
            int c = sample.AsSpan().IndexOf(city);
            byte[] wrapped = [.. sample[..c], .. "[\""u8, .. bad, .. "\"]"u8, .. sample[(c + city.Length)..]];
            Assert.False(Check(Readers[typeof(SharedBaseApplication)], wrapped));
            ValidationResult result = FactsJsonReader.Read(wrapped, JsonContext.Default.SharedBaseApplication, out _);
            Assert.Equal([("$.city", "type")], Json.PathsAndCodes(result));
            Assert.Equal("[\"\uFFFD", result.Problems[0].AttemptedValue![..3]);
        }
    }

    [Fact]
    public void Read_DeepNesting_SameAsCompleteWalkAtEveryDepth()
    {
        string text = Encoding.UTF8.GetString(Repo.Sample("hlj-shared-base", "application-meets.json"));
        for (int depth = 25; depth <= 40; depth++)
        {
            Check(Readers[typeof(SharedBaseApplication)], Encoding.UTF8.GetBytes("{\"x\":" + Nested(depth) + "," + text.TrimStart()[1..]));
            Check(Readers[typeof(SharedBaseApplication)], Encoding.UTF8.GetBytes(text.Replace("\"2021-03-01\"", Nested(depth), StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Read_ArrayAtAndPastTheMaximum_SameAsCompleteWalk()
    {
        JsonObject sample = Json.MeetingSample();
        JsonNode investment = sample["investments"]![0]!;
        foreach (int count in new[] { FactsJsonReader.MaxArrayLength, FactsJsonReader.MaxArrayLength + 1 })
        {
            sample["investments"] = new JsonArray([.. Enumerable.Range(0, count).Select(_ => investment.DeepClone())]);
            Assert.Equal(count <= FactsJsonReader.MaxArrayLength, Check(Readers[typeof(SharedBaseApplication)], Encoding.UTF8.GetBytes(sample.ToJsonString(Raw))));
        }
    }

    [Fact]
    public void Read_ValidSample_FastPathAllocatesNoMoreThanDeserialization()
    {
        byte[] json = Repo.Sample("hlj-shared-base", "application-meets.json");
        for (int i = 0; i < 3; i++)
        {
            _ = FactsJsonReader.Read(json, JsonContext.Default.SharedBaseApplication, out _);
            _ = JsonSerializer.Deserialize(json, JsonContext.Default.SharedBaseApplication);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = JsonSerializer.Deserialize(json, JsonContext.Default.SharedBaseApplication);
        long deserialize = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        ValidationResult result = FactsJsonReader.Read(json, JsonContext.Default.SharedBaseApplication, out _);
        long read = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid);
        Assert.InRange(read, 0, deserialize);
    }

    /// <summary>Reads <paramref name="json"/> both ways; fails the test on any difference; returns whether it is valid.</summary>
    private static bool Check(Func<byte[], Outcome> read, byte[] json)
    {
        Outcome outcome = read(json);
        if (outcome.Failure is not null)
        {
            string text = Encoding.UTF8.GetString(json);
            Assert.Fail(outcome.Failure + "\n" + (text.Length > 2000 ? text[..2000] + "…" : text));
        }

        return outcome.Valid;
    }

    private static Outcome Compare<T>(byte[] json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            bool fast = FactsJsonFastReader.TryRead(json, typeInfo, out T? fastFacts);
            ValidationResult complete = FactsJsonReader.ReadComplete(json, typeInfo, out T? completeFacts);
            ValidationResult read = FactsJsonReader.Read(json, typeInfo, out T? readFacts);
            string completeProblems = LiveCommerceJson.Serialize(complete);
            string readProblems = LiveCommerceJson.Serialize(read);
            if (fast != complete.IsValid)
            {
                return new(false, $"{typeof(T).Name}: the fast path says {(fast ? "valid" : "not sure")}, the complete walk {completeProblems}");
            }

            if (!read.Problems.SequenceEqual(complete.Problems) || readProblems != completeProblems)
            {
                return new(false, $"{typeof(T).Name}: Read {readProblems}, the complete walk {completeProblems}");
            }

            if (read.IsValid != readFacts is not null || complete.IsValid != completeFacts is not null)
            {
                return new(false, $"{typeof(T).Name}: facts and validity disagree");
            }

            if (complete.IsValid)
            {
                string expected = JsonSerializer.Serialize(completeFacts!, typeInfo);
                if (JsonSerializer.Serialize(readFacts!, typeInfo) != expected || JsonSerializer.Serialize(fastFacts!, typeInfo) != expected)
                {
                    return new(false, $"{typeof(T).Name}: different facts");
                }
            }

            return new(complete.IsValid, null);
        }
#pragma warning disable CA1031 // the point is to catch anything
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new(false, $"{typeof(T).Name}: {ex}");
        }
    }

    private static Func<byte[], Outcome> ReaderFor(string file)
    {
        string folder = file.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return file.Contains("config", StringComparison.Ordinal)
            ? Readers[typeof(DemonstrationCriteria)]
            : Readers[RuleCatalog.Default[folder].FactsType];
    }

    private static IEnumerable<string> AllSampleFiles() =>
        Directory.GetFiles(Repo.Path("samples", "data"), "*.json*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static IEnumerable<byte[]> Documents(string path) =>
        path.EndsWith(".jsonl", StringComparison.Ordinal)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).Select(Encoding.UTF8.GetBytes)
            : [File.ReadAllBytes(path)];

    /// <summary>
    /// The sample with, once per property of the contract (array items folded), each value replaced by each hostile value
    /// (and by case variants and an escaped spelling of a string value), each property renamed (case variants, escaped
    /// spelling, unknown), duplicated, dropped and nulled; each array emptied and given a null item.
    /// </summary>
    internal static IEnumerable<string> Replacements(JsonNode sample)
    {
        const string Slot = "\"__lcr_slot__\"";
        var visited = new HashSet<string>(StringComparer.Ordinal);
        List<(JsonNode Node, string Schema)> positions = [];
        Collect(sample, "$", positions);
        foreach ((JsonNode node, string schema) in positions)
        {
            if (!visited.Add(schema) || node.Parent is null)
            {
                continue;
            }

            JsonNode root = sample.DeepClone();
            JsonNode target = Locate(root, node.GetPath());
            string original = target.ToJsonString(Raw);
            string text = Replace(target, JsonValue.Create("__lcr_slot__"), root);
            IEnumerable<string> values = HostileValues;
            if (node is JsonValue value && value.TryGetValue(out string? s) && s.Length > 0)
            {
                values = values.Concat([Quote(s.ToUpperInvariant()), Quote(s.ToLowerInvariant()), Quote(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)s[0]:x4}") + s[1..]), Quote(s + " "), Quote(" " + s)]);
            }

            if (node is JsonArray array)
            {
                values = values.Concat(["[]", "[null]", "[" + original[1..^1] + (array.Count > 0 ? ",null]" : "null]")]);
                if (array.Count > 0)
                {
                    values = values.Concat(["[null," + original[1..]]);
                }
            }

            foreach (string v in values)
            {
                yield return text.Replace(Slot, v, StringComparison.Ordinal);
            }

            if (node.Parent is JsonObject && node.GetPropertyName() is { } name)
            {
                string key = JsonSerializer.Serialize(name);
                string keyed = RenameInRoot(sample, node.GetPath(), "__lcr_key__");
                foreach (string variant in new[] { Quote(name.ToUpperInvariant()), Quote(char.ToUpperInvariant(name[0]) + name[1..]), Quote($"\\u{(int)name[0]:x4}" + name[1..]), Quote(name + "X"), Quote("$" + name) })
                {
                    yield return keyed.Replace("\"__lcr_key__\"", variant, StringComparison.Ordinal);
                }

                yield return keyed.Replace("\"__lcr_key__\":", key + ":" + original + "," + key + ":", StringComparison.Ordinal);
                yield return keyed.Replace("\"__lcr_key__\":", key + ":null," + Quote($"\\u{(int)name[0]:x4}" + name[1..]) + ":", StringComparison.Ordinal);
                JsonNode dropped = sample.DeepClone();
                ((JsonObject)Locate(dropped, node.GetPath()).Parent!).Remove(name);
                yield return dropped.ToJsonString(Raw);
            }
        }
    }

    private static void Collect(JsonNode? node, string schema, List<(JsonNode, string)> positions)
    {
        if (node is null)
        {
            return;
        }

        positions.Add((node, schema));
        switch (node)
        {
            case JsonObject obj:
                foreach ((string key, JsonNode? value) in obj)
                {
                    Collect(value, schema + "." + key, positions);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Collect(item, schema + "[]", positions);
                }

                break;
        }
    }

    /// <summary>The node at <paramref name="path"/> (as written by <see cref="JsonNode.GetPath"/>) in <paramref name="root"/>.</summary>
    private static JsonNode Locate(JsonNode root, string path)
    {
        JsonNode node = root;
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                node = node[path[(i + 1)..end]]!;
                i = end;
            }
            else if (path[i] == '[' && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i, StringComparison.Ordinal);
                node = node[path[(i + 2)..end]]!;
                i = end + 2;
            }
            else
            {
                int end = path.IndexOf(']', i);
                node = node[int.Parse(path[(i + 1)..end], CultureInfo.InvariantCulture)]!;
                i = end + 1;
            }
        }

        return node;
    }

    private static string Replace(JsonNode target, JsonNode replacement, JsonNode root)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }

        return root.ToJsonString(Raw);
    }

    /// <summary>The sample with the property at <paramref name="path"/> renamed, in place (JsonObject keeps the order).</summary>
    private static string RenameInRoot(JsonNode sample, string path, string newName)
    {
        JsonNode root = sample.DeepClone();
        JsonNode target = Locate(root, path);
        var parent = (JsonObject)target.Parent!;
        string name = target.GetPropertyName();
        List<KeyValuePair<string, JsonNode?>> properties = [.. parent];
        parent.Clear();
        foreach ((string key, JsonNode? value) in properties)
        {
            parent[key == name ? newName : key] = value;
        }

        return root.ToJsonString(Raw);
    }

    private static string Quote(string inner) => "\"" + inner + "\"";

    /// <summary>Arrays and objects nested <paramref name="depth"/> deep.</summary>
    private static string Nested(int depth)
    {
        string text = "1";
        for (int i = 0; i < depth; i++)
        {
            text = i % 2 == 0 ? "[" + text + "]" : "{\"a\":" + text + "}";
        }

        return text;
    }

    private readonly record struct Outcome(bool Valid, string? Failure);
}
