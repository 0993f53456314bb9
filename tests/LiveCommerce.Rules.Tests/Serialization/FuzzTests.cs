using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

    [Property(MaxTest = Cases)]
    public Property EvaluateJson_RandomMutationsOfSamples_ReportOrProblemsNeverException()
    {
        Assert.NotEmpty(Files);
        Gen<int> seeds = Gen.Choose(0, int.MaxValue);
        int reports = 0;

        return Prop.ForAll(Arb.From(seeds), seed =>
        {
            string? failure = Run(seed, ref reports);
            return failure is null ? Prop.ToProperty(true) : Prop.Label(false, failure);
        });
    }

    [Fact]
    public void EvaluateJson_FixedSeeds_EnoughMutationsStillReachEvaluation()
    {
        int reports = 0;
        for (int seed = 0; seed < Cases; seed++)
        {
            Assert.Null(Run(seed, ref reports));
        }

        // Guards the mutator, deterministically (fixed seeds): enough mutated documents must still be evaluated into a
        // report, or the evaluation path is not being fuzzed at all.
        Assert.InRange(reports, Cases / 10, Cases * RuleSets.Length);
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

    // One mutator serves both fuzzers (Hardening/JsonMutator): drop, duplicate, retype, extreme values, raw escapes.
    private static byte[] MutatedText(int seed, out string file)
    {
        file = Files[new Random(seed).Next(Files.Length)];
        return Hardening.JsonMutator.Mutate(File.ReadAllBytes(file), seed);
    }
}
