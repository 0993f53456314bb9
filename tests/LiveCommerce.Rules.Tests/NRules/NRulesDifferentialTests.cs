using System.Collections.Concurrent;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.NRules;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.NRules;

/// <summary>
/// The NRules rule set against the core engine: for generated valid facts of all 15 rule sets and every shipped sample,
/// the NRules session's report (findings with ids, outcomes, measured values, thresholds, amounts; notices; fingerprint)
/// serializes to the same bytes as the core's.
/// </summary>
public class NRulesDifferentialTests
{
    private static readonly DateOnly[] AsOfDates = [new(2023, 3, 1), new(2023, 12, 31), new(2026, 1, 1)];

    private static readonly ConcurrentDictionary<RuleSet, NRulesEvaluator> Compiled = new();

    public static TheoryData<string> RuleSetIds() => [.. RuleCatalog.Default.RuleSets.Select(r => r.Id)];

    [Property(MaxTest = 450)]
    public void EvaluateJson_GeneratedValidFactsOfAnyProgramme_SameReportAsTheCore(ProgrammeFacts facts)
    {
        RuleSet ruleSet = RuleCatalog.Default[facts.RuleSetId];

        foreach (DateOnly asOf in AsOfDates)
        {
            AssertSameReport(ruleSet, Compile(ruleSet), facts.Json, asOf);
        }
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void EvaluateJson_EveryShippedSample_SameReportAsTheCore(string ruleSetId)
    {
        RuleSet ruleSet = RuleCatalog.Default[ruleSetId];
        string[] files = Directory.GetFiles(Repo.Path("samples", "data", ruleSetId), "*.json");
        Assert.NotEmpty(files);

        foreach (string file in files)
        {
            foreach (DateOnly asOf in AsOfDates)
            {
                AssertSameReport(ruleSet, Compile(ruleSet), File.ReadAllBytes(file), asOf);
            }
        }
    }

    /// <summary>The test of the test: rules compiled with a drifted parameter must be caught on generated facts.</summary>
    [Fact]
    public void Comparison_RulesCompiledWithADriftedParameter_AreCaught()
    {
        RuleSet core = RuleCatalog.Default[SharedBaseRuleSet.RuleSetId];
        NRulesEvaluator drifted = NRulesEvaluator.Compile(core.WithParameters(ParameterSet.Empty.With("HLJ-BASE-AREA", 2000.01m)));
        ProgrammeFacts[] generated = ValidFacts.Of(SharedBaseRuleSet.RuleSetId).Sample(300, new FsCheck.Rnd(20_261_202UL), 10);

        int caught = generated.Count(f => !Same(core, drifted, f.Json, new DateOnly(2023, 3, 1)));

        Assert.True(caught > 0, "a drifted area threshold went unnoticed on 300 generated applications");
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void RuleSetFor_EveryRuleSet_OneNamedDescribedTaggedRulePerClausePlusTheConclusion(string ruleSetId)
    {
        RuleSet ruleSet = RuleCatalog.Default[ruleSetId];

        global::NRules.RuleModel.IRuleDefinition[] rules = [.. LiveCommerceRuleRepository.RuleSetFor(ruleSet).Rules];

        Assert.Equal(ruleSet.Rules.Length + 1, rules.Length);
        Assert.Equal([.. ruleSet.Rules.Select(r => r.Id), ruleSet.Id], rules.Select(r => r.Name));
        Assert.All(ruleSet.Rules.Zip(rules), pair =>
        {
            Assert.Equal(pair.First.Citation.Clause, pair.Second.Description);
            Assert.Contains(ruleSetId, pair.Second.Tags);
            Assert.Contains(ruleSet.Info.Document.Id, pair.Second.Tags);
            Assert.True(pair.Second.Priority > rules[^1].Priority, "clauses fire before the conclusion");
        });
    }

    private static NRulesEvaluator Compile(RuleSet ruleSet) => Compiled.GetOrAdd(ruleSet, NRulesEvaluator.Compile);

    private static void AssertSameReport(RuleSet core, NRulesEvaluator nrules, byte[] json, DateOnly asOf)
    {
        EvaluationResult expected = core.EvaluateJson(json, asOf);
        EvaluationResult actual = nrules.EvaluateJson(json, asOf);

        Assert.Equal(expected.IsValid, actual.IsValid);
        Assert.Equal(Serialize(expected), Serialize(actual));
    }

    private static bool Same(RuleSet core, NRulesEvaluator nrules, byte[] json, DateOnly asOf) =>
        Serialize(core.EvaluateJson(json, asOf)) == Serialize(nrules.EvaluateJson(json, asOf));

    private static string Serialize(EvaluationResult result) =>
        result.Report is { } report ? LiveCommerceJson.Serialize(report) : LiveCommerceJson.Serialize(result.Validation);
}
