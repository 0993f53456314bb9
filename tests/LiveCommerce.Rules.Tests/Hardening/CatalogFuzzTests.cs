using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace LiveCommerce.Rules.Tests.Hardening;

/// <summary>
/// Hostile mutations of every shipped sample of every programme in the catalog: each document yields a report or a
/// validation result listing problems with JSON paths, and nothing else. 1,000 documents per programme in the normal
/// run; <c>LCR_FUZZ_LONG=1</c> raises it to 10,000 (or <c>LCR_FUZZ_CASES</c>); <c>LCR_FUZZ_SEED</c> replays a run.
/// </summary>
public sealed class CatalogFuzzTests(ITestOutputHelper output)
{
    private static readonly DateOnly AsOf = new(2023, 3, 1);

    public static TheoryData<string> Programmes() => [.. RuleCatalog.Default.RuleSets.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(Programmes))]
    public void EvaluateJson_HostileMutationsOfEverySample_ReportOrProblemsWithPathsNeverException(string ruleSetId)
    {
        RuleSet rules = RuleCatalog.Default[ruleSetId];
        byte[][] samples = [.. SampleFiles(ruleSetId).Select(File.ReadAllBytes)];
        Assert.NotEmpty(samples);
        int cases = Cases();
        ulong runSeed = RunSeed(ruleSetId);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ruleSetId}: run seed {runSeed} (replay with LCR_FUZZ_SEED={runSeed}), {cases} documents"));

        int reports = 0, invalid = 0;
        Config config = Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(runSeed), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            string? failure = Run(rules, samples, seed, ref reports, ref invalid);
            return failure is null ? Prop.ToProperty(true) : Prop.Label(false, failure);
        }));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ruleSetId}: {reports} reports, {invalid} validation results, 0 other exceptions"));
        Assert.Equal(cases, reports + invalid);

        // Guards the mutator: a share of mutated documents must still be evaluated, or the evaluation path is not fuzzed.
        Assert.InRange(reports, cases / 20, cases);
        Assert.InRange(invalid, cases / 20, cases);
    }

    [Fact]
    public void Mutate_SameSeed_SameBytes()
    {
        byte[] sample = File.ReadAllBytes(SampleFiles("hlj-shared-base")[0]);

        Assert.Equal(JsonMutator.Mutate(sample, 12345), JsonMutator.Mutate(sample, 12345));
        Assert.NotEqual(JsonMutator.Mutate(sample, 1), JsonMutator.Mutate(sample, 2));
    }

    internal static string[] SampleFiles(string ruleSetId) =>
        [.. Directory.GetFiles(Repo.Path("samples", "data", ruleSetId), "*.json").Order(StringComparer.Ordinal)];

    /// <summary>1,000 per programme; 10,000 with LCR_FUZZ_LONG=1; any number with LCR_FUZZ_CASES.</summary>
    private static int Cases() =>
        int.TryParse(Environment.GetEnvironmentVariable("LCR_FUZZ_CASES"), CultureInfo.InvariantCulture, out int n) && n > 0 ? n
        : Environment.GetEnvironmentVariable("LCR_FUZZ_LONG") == "1" ? 10_000
        : 1_000;

    private static ulong RunSeed(string ruleSetId) =>
        ulong.TryParse(Environment.GetEnvironmentVariable("LCR_FUZZ_SEED"), CultureInfo.InvariantCulture, out ulong seed)
            ? seed
            : unchecked((ulong)Random.Shared.NextInt64(1, long.MaxValue) ^ (ulong)StringComparer.Ordinal.GetHashCode(ruleSetId));

    /// <summary>Runs one document; returns a description with the case seed (to replay it) on failure.</summary>
    private static string? Run(RuleSet rules, byte[][] samples, int seed, ref int reports, ref int invalid)
    {
        byte[] json = JsonMutator.Mutate(samples[seed % samples.Length], seed);
        try
        {
            EvaluationResult result = rules.EvaluateJson(json, AsOf);
            if (result.Report is { } report)
            {
                reports++;
                _ = LiveCommerceJson.Serialize(report);
                foreach (Finding f in report.Findings)
                {
                    _ = f.Message;
                }

                if (report.Fingerprint.Length != 64)
                {
                    return Describe(seed, rules, "a report without a fingerprint", json);
                }
            }
            else
            {
                invalid++;
                if (result.Validation.Problems.IsEmpty)
                {
                    return Describe(seed, rules, "neither a report nor a problem", json);
                }

                if (result.Validation.Problems.FirstOrDefault(p => !p.Path.StartsWith('$') || string.IsNullOrEmpty(p.Code) || string.IsNullOrEmpty(p.Message.ZhCn) || string.IsNullOrEmpty(p.Message.En)) is { } bad)
                {
                    return Describe(seed, rules, $"a problem without path, code or message: {bad.Path} {bad.Code}", json);
                }
            }

            if (rules.ValidateJson(json).IsValid != result.IsValid)
            {
                return Describe(seed, rules, "ValidateJson and EvaluateJson disagree", json);
            }
        }
#pragma warning disable CA1031 // the point is to catch anything
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Describe(seed, rules, ex.ToString(), json);
        }

        return null;
    }

    private static string Describe(int seed, RuleSet rules, string what, byte[] json)
    {
        string text = Encoding.UTF8.GetString(json);
        return string.Create(CultureInfo.InvariantCulture, $"case seed {seed} ({rules.Id}): {what}\n{(text.Length > 4000 ? text[..4000] + "…" : text)}");
    }
}
