using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Hardening;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Serialization;

/// <summary>
/// The fast fingerprint (a forward reader over the serialized facts, pooled buffers, cached constant parts) against the
/// reference implementation (a <see cref="JsonDocument"/> canonicalised by <see cref="FingerprintReference"/>): the
/// canonical bytes, and so every stored fingerprint, must be identical for every input, and bad input must fail alike.
/// </summary>
public class FastFingerprintTests
{
    private static readonly DateOnly AsOf = new(2023, 3, 1);

    public static TheoryData<string> RuleSetIds() => [.. RuleCatalog.Default.RuleSets.Select(r => r.Id)];

    /// <summary>Every rule set of the catalog, plus the ones that write a configuration into the fingerprint.</summary>
    private static IEnumerable<RuleSet> RuleSets()
    {
        foreach (RuleSet r in RuleCatalog.Default.RuleSets)
        {
            yield return r;
        }

        Assert.True(DemonstrationCriteria.Read(File.ReadAllBytes(Repo.Path("samples", "data", "gz-demonstration", "config", "criteria.EXAMPLE.json")), out DemonstrationCriteria? criteria).IsValid);
        RuleSet configured = DemonstrationRuleSet.Create(criteria);
        Assert.NotNull(configured.FingerprintConfiguration);
        yield return configured;
    }

    /// <summary>Every shipped sample document: the .json files and each line of the .jsonl files.</summary>
    private static IEnumerable<(string Name, byte[] Json)> AllSamples()
    {
        foreach (string file in Directory.GetFiles(Repo.Path("samples", "data"), "*.json*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                int line = 0;
                foreach (string text in File.ReadAllLines(file).Where(l => l.Length > 0))
                {
                    yield return ($"{file}:{++line}", Encoding.UTF8.GetBytes(text));
                }
            }
            else
            {
                yield return (file, File.ReadAllBytes(file));
            }
        }
    }

    [Fact]
    public void Compute_EverySampleUnderEveryRuleSet_SameCanonicalBytesAsReference()
    {
        int compared = 0;
        foreach (RuleSet ruleSet in RuleSets())
        {
            foreach ((string name, byte[] json) in AllSamples())
            {
                AssertSameAsReference(ruleSet, json, name);
                compared++;
            }
        }

        Assert.True(compared > 100, $"only {compared} comparisons");
    }

    [Fact]
    public void ReportFingerprint_EveryOwnSample_SameAsReferenceOverSerializedFacts()
    {
        int reports = 0;
        foreach (RuleSet ruleSet in RuleSets())
        {
            foreach ((string name, byte[] json) in AllSamples().Where(s => s.Name.Contains(Path.DirectorySeparatorChar + ruleSet.Id + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                EvaluationResult result = ruleSet.EvaluateJson(json, AsOf);
                if (!result.IsValid)
                {
                    continue; // a sample of invalid facts (a line of a .jsonl batch)
                }

                // The old ComputeFingerprint: the reference over JsonSerializer.SerializeToUtf8Bytes(facts) (what NormalizeFacts returns).
                byte[] serialized = ruleSet.NormalizeFacts(json)!;
                Assert.Equal(FingerprintReference.Compute(ruleSet, AsOf, serialized), result.Report!.Fingerprint);
                reports++;
            }
        }

        Assert.True(reports >= 20, $"only {reports} reports");
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void Compute_HostileMutationsOfSamples_SameResultOrSameExceptionAsReference(string ruleSetId)
    {
        RuleSet ruleSet = RuleCatalog.Default[ruleSetId];
        byte[][] samples = [.. CatalogFuzzTests.SampleFiles(ruleSetId).Select(File.ReadAllBytes)];
        for (int seed = 0; seed < 300; seed++)
        {
            byte[] json = JsonMutator.Mutate(samples[seed % samples.Length], seed);
            AssertSameAsReference(ruleSet, json, $"{ruleSetId} seed {seed}");
        }
    }

    [Property]
    public Property ComputeFingerprint_GeneratedApplications_SameAsReference()
    {
        return Prop.ForAll(Generators.ApplicationArb(), app =>
            SharedBaseRuleSet.Default.ComputeFingerprint(app, AsOf) == FingerprintReference.Compute(SharedBaseRuleSet.Default, AsOf, Json.Bytes(app)))
            ;
    }

    [Property]
    public Property ComputeFingerprint_GeneratedCitySelections_SameAsReference()
    {
        return Prop.ForAll(Arb.From(Generators.CitySelection()), selection =>
            SharedBaseCityRuleSet.Default.ComputeFingerprint(selection, AsOf) == FingerprintReference.Compute(SharedBaseCityRuleSet.Default, AsOf, Json.Bytes(selection)))
            ;
    }

    [Theory]
    [InlineData("长沙市\ud800")]
    [InlineData("\udc00")]
    [InlineData("😀 \u2028 \u0001 \" \\ < > & ' \ufeff \uffff \ue000")]
    [InlineData("")]
    public void ComputeFingerprint_UnusualTextInFacts_SameAsReference(string text)
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with { BaseName = text, City = text + "市" };

        Assert.Equal(
            FingerprintReference.Compute(SharedBaseRuleSet.Default, AsOf, Json.Bytes(facts)),
            SharedBaseRuleSet.Default.ComputeFingerprint(facts, AsOf));
    }

    [Fact]
    public void ComputeFingerprint_RandomTextInFacts_SameAsReference()
    {
        // The typed path copies strings the facts writer left unescaped without testing them again: any text.
        var random = new Random(11);
        for (int i = 0; i < 3000; i++)
        {
            SharedBaseApplication sample = Samples.SharedBaseMeeting();
            SharedBaseApplication facts = sample with
            {
                BaseName = RandomName(random) + RandomName(random),
                City = RandomName(random),
                Operator = sample.Operator with { Name = RandomName(random) + (char)random.Next(0, 0x10000) },
            };
            Assert.Equal(
                FingerprintReference.Compute(SharedBaseRuleSet.Default, AsOf, Json.Bytes(facts)),
                SharedBaseRuleSet.Default.ComputeFingerprint(facts, AsOf));
        }
    }

    public static TheoryData<string> EdgeDocuments() =>
    [
        "2000", "2000.00", "2e3", "2E+3", "-0", "-0.0", "0.0", "-0.00e5", "1.10", "-1.50", "0.5", "5E-1", "1e400", "-1e400", "1e-400",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1E-28", "1E-29",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "7922816251426433759354395033.5", "1234567890123456789012345678", "12345678901234567890123456789", "1234567890123456789012345678.0",
        "123456789012345678901234567.8", "0.1234567890123456789012345678", "0.12345678901234567890123456789", "100000000000000000000000000000",
        "9999999999999999999999999999.9", "1.0000000000000000000000000000", "true", "false", "null", "\"\"", "\"a\\u0000b\"",
        "{}", "[]", "[[],{},[{}]]", "{\"a\":[]}", "{\"b\":{},\"a\":{}}",
        "{\"\\u0061\":1,\"a\":2}", "{\"a\":2,\"\\u0061\":1}", "{\"b\":1,\"a\":2,\"b\":3,\"a\":4}",
        "{\"city\":\"\\u54c8\\u5c14\\u6ee8\\u5e02\",\"名\":\"哈尔滨\"}",
        "{\"\ue000\":1,\"😀\":2,\"\uffff\":3,\"a\":4,\"é\":5,\"\\ud83d\\ude00\":6,\"\\uE000\":7,\"~\":8,\"\u007f\":9,\"\u0080\":10}",
        "{\"s\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u2028\\u00e9\\ud83d\\ude00<>&'\"}",
        "{\"a\":\"\\ud800\"}", "{\"\\udc00\":1}", "{\"a\":\"\\ud800x\"}",
        "{\"a\":1} trailing", "{\"a\":1}{\"b\":2}", " \r\n\t{ \"b\" : [ 2 , 3 ] , \"a\" : 1 } ",
        "", " ", "{", "{\"a\":", "[1,]", "{\"a\":1,}", "// c\n{}", "{'a':1}", "NaN", "01", "1.", ".5", "-", "+1",
        Nested(65), Nested(64), Nested(63), Wide(64, duplicates: false), Wide(65, duplicates: false), Wide(200, duplicates: true), Wide(17, duplicates: true),
    ];

    [Theory]
    [MemberData(nameof(EdgeDocuments))]
    public void Compute_EdgeCaseDocuments_SameAsReference(string json)
    {
        AssertSameAsReference(SharedBaseRuleSet.Default, Encoding.UTF8.GetBytes(json), json.Length > 80 ? json[..80] : json);
        AssertSameAsReference(SharedBaseRuleSet.Default, [.. Encoding.UTF8.GetBytes("{\"x\":"), .. Encoding.UTF8.GetBytes(json), .. "}"u8], "{\"x\":" + json + "}");
    }

    [Fact]
    public void Compute_InvalidUtf8_SameExceptionAsReference()
    {
        byte[][] documents =
        [
            [.. "{\"a\":\""u8, 0xFF, .. "\"}"u8],
            [.. "{\""u8, 0xC3, .. "\":1}"u8],
            [.. "{\"a\":\""u8, 0xED, 0xA0, 0x80, .. "\"}"u8],
            [.. "{\""u8, 0xF0, 0x9F, .. "\":1}"u8],
        ];
        foreach (byte[] json in documents)
        {
            AssertSameAsReference(SharedBaseRuleSet.Default, json, Convert.ToHexString(json));
        }
    }

    [Fact]
    public void Compute_RandomNumberSpellings_SameAsReference()
    {
        var random = new Random(20230301);
        for (int i = 0; i < 5000; i++)
        {
            string number = RandomNumber(random);
            AssertSameAsReference(SharedBaseRuleSet.Default, Encoding.UTF8.GetBytes("[" + number + "]"), number);
        }
    }

    [Fact]
    public void Compute_RandomObjects_SameAsReference()
    {
        var random = new Random(42);
        for (int i = 0; i < 2000; i++)
        {
            var json = new StringBuilder();
            RandomValue(random, json, depth: 0);
            AssertSameAsReference(SharedBaseRuleSet.Default, Encoding.UTF8.GetBytes(json.ToString()), json.ToString());
        }
    }

    [Fact]
    public void CompareAsUtf16_RandomStrings_SameSignAsCompareOrdinal()
    {
        var random = new Random(7);
        for (int i = 0; i < 20000; i++)
        {
            string a = RandomName(random), b = random.Next(4) == 0 ? a + RandomName(random) : RandomName(random);
            int expected = Math.Sign(string.CompareOrdinal(a, b));
            int actual = Math.Sign(CanonicalJson.CompareAsUtf16(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b)));
            Assert.True(expected == actual, $"{Escape(a)} vs {Escape(b)}: expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void Compute_PublicOverloadWithParameters_SameAsReference()
    {
        byte[] json = Repo.Sample("hlj-shared-base", "application-meets.json");
        KeyValuePair<string, decimal>[] parameters = [new("b", 2.50m), new("a", 1m), new("é", 3e-5m), new("A", -0.0m), new("a", 2m)];

        Assert.Equal(
            FingerprintReference.Compute("id \"with\" quotes", "1.0.0-é", AsOf, parameters, json, null),
            Fingerprint.Compute("id \"with\" quotes", "1.0.0-é", AsOf, parameters, json));
        Assert.Equal(
            FingerprintReference.Compute("x", "1", new DateOnly(1, 1, 1), parameters, json, "{\"z\":1.50,\"a\":[1,2]}"),
            Fingerprint.Compute("x", "1", new DateOnly(1, 1, 1), parameters, json, "{\"z\":1.50,\"a\":[1,2]}"));
    }

    [Fact]
    public void ComputeFingerprint_SharedBaseSample_PinnedValue()
    {
        // Fingerprints are stored in decision records: this one was computed before the fast path existed, and re-pinned
        // when hlj-shared-base went to 1.2.0 (the version is part of the fingerprint; issue 14).
        SharedBaseRuleSet.Default.ReadFacts(Repo.Sample("hlj-shared-base", "application-meets.json"), out SharedBaseApplication? facts);

        Assert.Equal("1.2.0", SharedBaseRuleSet.Default.Version);
        Assert.Equal("ca3431c3b8ca5b49784e40f55ca291768e9867da91b4739996c9d34ede7cb25f", SharedBaseRuleSet.Default.ComputeFingerprint(facts!, AsOf));
    }

    [Fact]
    public void ComputeFingerprint_ManyThreads_SameValue()
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting();
        string expected = FingerprintReference.Compute(SharedBaseRuleSet.Default, AsOf, Json.Bytes(facts));
        string[] results = new string[2000];
        Parallel.For(0, results.Length, i => results[i] = SharedBaseRuleSet.Default.ComputeFingerprint(i % 2 == 0 ? facts : facts with { BaseName = "x" }, AsOf));

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(expected, r));
    }

    /// <summary>Same hash and canonical bytes, or the same exception (type and message), as the reference.</summary>
    private static void AssertSameAsReference(RuleSet ruleSet, byte[] json, string what)
    {
        string? expected = null, actual = null;
        Exception? expectedError = null, actualError = null;
        try
        {
            expected = FingerprintReference.Compute(ruleSet, AsOf, json);
        }
#pragma warning disable CA1031 // comparing whatever is thrown
        catch (Exception ex)
        {
            expectedError = ex;
        }

        try
        {
            actual = Fingerprint.Compute(ruleSet, AsOf, json);
        }
        catch (Exception ex)
        {
            actualError = ex;
        }
#pragma warning restore CA1031

        if (expectedError is not null)
        {
            Assert.True(actualError is not null, $"{what}: the reference throws {expectedError.GetType().Name}, the fast path returns {actual}");
            Assert.Equal(expectedError.GetType(), actualError.GetType());
            Assert.Equal(expectedError.Message, actualError.Message);
            return;
        }

        Assert.True(actualError is null, $"{what}: the fast path throws {actualError}");
        byte[] expectedDocument = FingerprintReference.CanonicalDocument(ruleSet.Id, ruleSet.Version, AsOf, ruleSet.Parameters.InForce(), json, ruleSet.FingerprintConfiguration);
        byte[] actualDocument = Fingerprint.CanonicalDocument(ruleSet, AsOf, json);
        Assert.True(expectedDocument.AsSpan().SequenceEqual(actualDocument), $"{what}:\nexpected {Encoding.UTF8.GetString(expectedDocument)}\nactual   {Encoding.UTF8.GetString(actualDocument)}");
        Assert.Equal(expected, actual);
    }

    private static string Nested(int depth) => new string('[', depth - 1) + "{\"a\":1}" + new string(']', depth - 1);

    private static string Wide(int count, bool duplicates)
    {
        var random = new Random(count);
        IEnumerable<string> names = Enumerable.Range(0, count).Select(i => duplicates && i % 3 == 0 ? "dup" + (i % 7).ToString(CultureInfo.InvariantCulture) : "p" + random.Next(1000).ToString(CultureInfo.InvariantCulture) + "_" + i.ToString(CultureInfo.InvariantCulture));
        return "{" + string.Join(",", names.Select((n, i) => $"\"{n}\":{{\"v\":{i},\"n\":[{i}.50,\"{n}\"]}}")) + "}";
    }

    private static readonly string[] NameParts = ["a", "b", "A", "é", "名", "\ue000", "\uffff", "😀", "𝄞", "\u007f", "\u0080", "~", " ", "\"", "\\", "\n", "\u2028", "0"];

    private static string RandomName(Random random)
    {
        var text = new StringBuilder();
        int length = random.Next(0, 4);
        for (int i = 0; i < length; i++)
        {
            text.Append(NameParts[random.Next(NameParts.Length)]);
        }

        return text.ToString();
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:x4}"));

    private static string RandomNumber(Random random)
    {
        var number = new StringBuilder();
        if (random.Next(3) == 0)
        {
            number.Append('-');
        }

        int intDigits = random.Next(1, random.Next(4) == 0 ? 32 : 8);
        number.Append(random.Next(3) == 0 ? '0' : (char)('1' + random.Next(9)));
        if (number[^1] != '0')
        {
            for (int i = 1; i < intDigits; i++)
            {
                number.Append((char)('0' + (random.Next(3) == 0 ? 0 : random.Next(10))));
            }
        }

        if (random.Next(2) == 0)
        {
            number.Append('.');
            int fraction = random.Next(1, random.Next(4) == 0 ? 32 : 6);
            for (int i = 0; i < fraction; i++)
            {
                number.Append((char)('0' + (random.Next(2) == 0 ? 0 : random.Next(10))));
            }
        }

        if (random.Next(5) == 0)
        {
            number.Append(random.Next(2) == 0 ? 'e' : 'E');
            number.Append(random.Next(3) switch { 0 => "+", 1 => "-", _ => string.Empty });
            number.Append(random.Next(0, 40).ToString(CultureInfo.InvariantCulture));
        }

        return number.ToString();
    }

    private static void RandomValue(Random random, StringBuilder json, int depth)
    {
        switch (depth > 4 ? random.Next(4) : random.Next(7))
        {
            case 0:
                json.Append(RandomNumber(random));
                break;
            case 1:
                json.Append(JsonSerializer.Serialize(RandomName(random)));
                break;
            case 2:
                json.Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                break;
            case 3:
                json.Append("\"\\u00e9\\n").Append(RandomName(random).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('"');
                break;
            case 4:
            case 5:
                json.Append('{');
                int properties = random.Next(0, random.Next(6) == 0 ? 40 : 8);
                for (int i = 0; i < properties; i++)
                {
                    json.Append(i == 0 ? string.Empty : ",").Append(JsonSerializer.Serialize(RandomName(random))).Append(':');
                    RandomValue(random, json, depth + 1);
                }

                json.Append('}');
                break;
            default:
                json.Append('[');
                int items = random.Next(0, 5);
                for (int i = 0; i < items; i++)
                {
                    json.Append(i == 0 ? string.Empty : ",");
                    RandomValue(random, json, depth + 1);
                }

                json.Append(']');
                break;
        }
    }
}
