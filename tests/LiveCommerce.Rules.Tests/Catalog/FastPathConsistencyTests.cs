using System.Reflection;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Catalog;

/// <summary>
/// For every programme and every shipped sample, at several as-of dates: the fast path (<c>IsMet</c>) answers yes
/// exactly when the full report is met (with or without warnings), and evaluating twice gives the same fingerprint.
/// </summary>
public class FastPathConsistencyTests
{
    private static readonly DateOnly[] AsOfDates = [new(2022, 6, 30), new(2023, 3, 1), new(2023, 12, 31), new(2026, 1, 1)];

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (string folder in Directory.EnumerateDirectories(Repo.Path("samples", "data")).Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileName(folder);
            if (!RuleCatalog.Default.TryGet(id, out _))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(id, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void IsMet_EveryShippedSample_AgreesWithTheFullReport(string ruleSetId, string file)
    {
        CheckJson(RuleCatalog.Default[ruleSetId], Repo.Sample(ruleSetId, file));
    }

    /// <summary>The same over generated valid facts of every programme (shipped samples with their values moved).</summary>
    [Property(MaxTest = 300)]
    public void IsMet_GeneratedValidFactsOfAnyProgramme_AgreesWithTheFullReport(ProgrammeFacts facts)
    {
        CheckJson(RuleCatalog.Default[facts.RuleSetId], facts.Json);
    }

    [Fact]
    public void ValidFacts_CoverEveryProgramme()
    {
        string[] uncovered = [.. RuleCatalog.Default.RuleSets.Select(r => r.Id).Except(ValidFacts.RuleSetIds, StringComparer.Ordinal)];

        Assert.True(uncovered.Length == 0, "Programmes without a valid shipped sample to generate from: " + string.Join(", ", uncovered));
    }

    /// <summary>A coverage guard: the generator moves values for every programme, it does not just replay the samples.</summary>
    [Fact]
    public void ValidFacts_EveryProgramme_MostGeneratedFactsDifferFromTheirSample()
    {
        foreach (string id in ValidFacts.RuleSetIds)
        {
            ProgrammeFacts[] generated = ValidFacts.Of(id).Sample(60, new FsCheck.Rnd(20_261_202UL), 10); // a fixed seed: a guard must not flake
            int moved = generated.Count(f => !f.Json.AsSpan().SequenceEqual(ValidFacts.Original(f)));

            Assert.True(moved >= 30, $"{id}: only {moved} of 60 generated facts differ from their sample");
        }
    }

    [Fact]
    public void Samples_CoverEveryProgramme()
    {
        var covered = Samples().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        string[] uncovered = [.. RuleCatalog.Default.RuleSets.Select(r => r.Id).Where(id => !covered.Contains(id))];

        Assert.True(uncovered.Length == 0, "Programmes without a shipped sample: " + string.Join(", ", uncovered));
    }

    // Check for the rule set's own facts type.
    private static void CheckJson(RuleSet ruleSet, byte[] json) =>
        typeof(FastPathConsistencyTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(ruleSet.FactsType).Invoke(null, [ruleSet, json]);

    private static void Check<TFacts>(RuleSet<TFacts> ruleSet, byte[] json)
        where TFacts : class
    {
        ValidationResult validation = ruleSet.ReadFacts(json, out TFacts? facts);
        Assert.True(validation.IsValid, validation.ToString());
        foreach (DateOnly asOf in AsOfDates)
        {
            Report report = ruleSet.Evaluate(facts!, asOf);
            bool met = report.Outcome is ReportOutcome.Met or ReportOutcome.MetWithWarnings;

            Assert.True(met == ruleSet.IsMet(facts!, asOf), $"{ruleSet.Id} as of {asOf:yyyy-MM-dd}: IsMet disagrees with the report ({report.Outcome}: {string.Join("; ", report.Findings.Where(f => f.Outcome is not (Outcome.Met or Outcome.NotApplicable)).Select(f => $"{f.RuleId}={f.Outcome}"))})");
            Assert.Equal(report.Fingerprint, ruleSet.Evaluate(facts!, asOf).Fingerprint);
        }
    }
}
