using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using FsCheck.Fluent;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Catalog;

/// <summary>
/// Boundary tests derived from the clause declarations (issue 15), for every threshold parameter of every programme: take
/// a finding that measured a value against the parameter (from the shipped samples and seeded generated facts), move the
/// parameter's bound onto the measured value, one unit above it and one below (only as far as a tighten-only parameter
/// may go), evaluate again through the real rule set, and require the outcome the declared comparison implies (以上 and
/// 以下 include the bound, 超过 and 不满 exclude it). No number or comparison is written here: all come from the
/// declaration.
/// </summary>
public sealed class DerivedBoundaryTests
{
    private static readonly DateOnly[] AsOfDates = [new(2023, 12, 31), new(2026, 1, 1)];

    private static readonly Lazy<Result> Derived = new(Derive);

    [Fact]
    public void EveryDerivedBoundary_HasTheOutcomeItsComparisonImplies()
    {
        Assert.True(Derived.Value.Violations.Count == 0, string.Join("\n", Derived.Value.Violations.Take(40)));
    }

    [Fact]
    public void DerivedBoundaries_ReachMostThresholdParametersOfEveryProgramme()
    {
        // The test of the test: the derivation checks the bound itself and a value on each side for most threshold
        // parameters (a parameter whose rule reports no measured value of its own, or a mean whose exact value the report
        // rounds, is not reachable this way and keeps its explicit boundary tests).
        Result result = Derived.Value;
        Assert.True(result.Checked > 500, $"only {result.Checked} derived checks");
        string[] reached = [.. result.Reached.Order(StringComparer.Ordinal)];
        Assert.True(reached.Length >= 20, $"only {reached.Length} threshold parameters reached at their boundary: {string.Join(", ", reached)}");
        foreach (string key in (string[])["HLJ-BASE-AREA", "HLJ-BASE-RETAIL", "HLJ-BASE-INVESTMENT", "HLJ-ACT-COHORT-INSPECTION", "GZ-TRAFFIC-SUBSIDY-RETAIL"])
        {
            Assert.Contains(key, reached);
        }
    }

    /// <summary>Every threshold parameter of the catalog, as declared.</summary>
    public static TheoryData<string, string> ThresholdParameters()
    {
        var data = new TheoryData<string, string>();
        foreach ((string set, string key) in RuleCatalog.Default.RuleSets
                     .SelectMany(s => s.Parameters.Definitions.Where(p => p.IsThreshold).Select(p => (s.Id, p.Key)))
                     .DistinctBy(x => x.Key))
        {
            data.Add(set, key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ThresholdParameters))]
    public void EveryThresholdParameter_AtItsBoundOneUnitBelowAndAbove_IsMetAsItsWordingSays(string ruleSetId, string key)
    {
        ParameterDefinition p = RuleCatalog.Default[ruleSetId].Parameters.Definitions.Single(d => d.Key == key);
        Threshold threshold = RuleCatalog.Default[ruleSetId].Parameters.ThresholdOf(p);
        decimal bound = threshold.Bound.Value, step = Step(p);

        // The comparison the Chinese wording implies, where it uses one of the words with a settled reading.
        if (Implied(p.Wording!) is { } implied)
        {
            Assert.Equal(implied, p.Comparison);
        }

        bool lower = threshold.Comparison.IsLowerBound(), inclusive = !threshold.Comparison.IsStrict();
        Assert.Equal(inclusive, threshold.IsMetBy(bound));
        Assert.Equal(lower, threshold.IsMetBy(bound + step));
        Assert.Equal(!lower, threshold.IsMetBy(bound - step));
    }

    /// <summary>以上、不少于、不低于、达、至少 include the number; 超过 excludes it; 以下、不超过、最高、不高于 include it; 不满、低于 exclude it.
    /// The longer word is read first (不超过 before 超过, 不低于 before 低于).</summary>
    private static Comparison? Implied(string wording)
    {
        (string Word, Comparison Comparison)[] words =
        [
            ("不超过", Comparison.AtMost), ("不高于", Comparison.AtMost), ("不低于", Comparison.AtLeast), ("不少于", Comparison.AtLeast),
            ("不满", Comparison.LessThan), ("超过", Comparison.MoreThan), ("低于", Comparison.LessThan), ("以上", Comparison.AtLeast),
            ("以下", Comparison.AtMost), ("最高", Comparison.AtMost), ("至少", Comparison.AtLeast), ("达", Comparison.AtLeast),
        ];
        foreach ((string word, Comparison comparison) in words)
        {
            if (wording.Contains(word, StringComparison.Ordinal))
            {
                return comparison;
            }
        }

        return null;
    }

    private static Result Derive()
    {
        var violations = new List<string>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        int checkedCount = 0;
        foreach ((string ruleSetId, string name, byte[] json) in Facts())
        {
            RuleSet set = RuleCatalog.Default[ruleSetId];
            foreach (DateOnly asOf in AsOfDates)
            {
                if (set.EvaluateJson(json, asOf).Report is not { } report)
                {
                    continue;
                }

                foreach (Finding finding in report.Findings)
                {
                    if (finding is not { Measured: { } measured, Required: { } required } || finding.Outcome is not (Outcome.Met or Outcome.NotMet or Outcome.Warning))
                    {
                        continue;
                    }

                    foreach (ParameterDefinition p in set.Parameters.Definitions)
                    {
                        if (p.RuleId != finding.RuleId || !p.IsThreshold || p.Unit != measured.Unit || !Equivalent(set.Parameters.ThresholdOf(p), required))
                        {
                            continue;
                        }

                        // Only a finding this threshold decides: its outcome at the bound in force is the comparison's
                        // (a finding that fails for another reason of the same clause says nothing about the bound).
                        if ((finding.Outcome == Outcome.Met) != required.Comparison.Accepts(measured.Value.CompareTo(required.Bound.Value)))
                        {
                            continue;
                        }

                        decimal step = Step(p);
                        if (decimal.Remainder(measured.Value, step) != 0m)
                        {
                            continue; // a rounded mean: its exact value is not the one reported
                        }

                        // A share is reported rounded to 0.01 percentage points: its exact value may lie on either side of
                        // the reported one, so only the two neighbours are decided by the comparison.
                        decimal[] bounds = measured.Unit == Unit.Percent
                            ? [measured.Value + step, measured.Value - step]
                            : [measured.Value, measured.Value + step, measured.Value - step];
                        foreach (decimal bound in bounds)
                        {
                            if (!Allowed(p, set.Parameters.ThresholdOf(p), bound) || With(set, p.Key, bound) is not { } moved)
                            {
                                continue;
                            }

                            Finding? again = moved.EvaluateJson(json, asOf).Report?.Findings.FirstOrDefault(f => f.RuleId == finding.RuleId);
                            if (again is null)
                            {
                                violations.Add($"{ruleSetId}/{name} {asOf:yyyy-MM-dd} {p.Key} = {bound}: no finding");
                                continue;
                            }

                            bool expectMet = required.Comparison.Accepts(measured.Value.CompareTo(bound));
                            // Met exactly when the comparison accepts; otherwise the clause's own way of not meeting it
                            // (not met, a 原则上 warning, or not applicable where the bound is a condition of the clause).
                            if ((again.Outcome == Outcome.Met) != expectMet || again.Outcome == Outcome.NotEvaluated)
                            {
                                violations.Add($"{ruleSetId}/{name} {asOf:yyyy-MM-dd} {p.Key} {required.Comparison.Symbol()} {bound}, measured {measured.Value}: {again.Outcome}, expected {(expectMet ? "Met" : "not met")}");
                            }

                            checkedCount++;
                            reached.Add(p.Key);
                        }
                    }
                }
            }
        }

        return new Result([.. violations], reached, checkedCount);
    }

    /// <summary>The shipped samples and, from a fixed seed, generated valid facts of every programme.</summary>
    private static IEnumerable<(string RuleSetId, string Name, byte[] Json)> Facts()
    {
        foreach ((string id, string file) in FastPathConsistencyTests.Samples().Select(row => ((string)row[0], (string)row[1])))
        {
            yield return (id, file, Repo.Sample(id, file));
        }

        foreach (string id in ValidFacts.RuleSetIds.Order(StringComparer.Ordinal))
        {
            int i = 0;
            foreach (ProgrammeFacts facts in ValidFacts.Of(id).Sample(40, new FsCheck.Rnd(20_261_202UL), 10))
            {
                yield return (id, $"generated-{i++}", facts.Json);
            }
        }
    }

    /// <summary>Whether an override to <paramref name="bound"/> is one the rule set accepts: a tighten-only parameter
    /// moves only towards the stricter side of the bound in force.</summary>
    private static bool Allowed(ParameterDefinition p, Threshold inForce, decimal bound) =>
        !p.TighteningOnly || (inForce.Comparison.IsLowerBound() ? bound >= inForce.Bound.Value : bound <= inForce.Bound.Value);

    private static RuleSet? With(RuleSet set, string key, decimal bound)
    {
        try
        {
            return set.WithParameters(set.Parameters.Overrides.With(key, bound));
        }
        catch (RuleConfigurationException)
        {
            return null; // below a parameter's floor (a negative count): not a boundary the rule set can have
        }
    }

    /// <summary>One unit of the parameter: a whole thing for counts, months, days and years, else one hundredth (a fen).</summary>
    private static decimal Step(ParameterDefinition p) => p.IsWholeNumber ? 1m : 0.01m;

    private static bool Equivalent(Threshold a, Threshold b) => a.Comparison == b.Comparison && a.Bound == b.Bound;

    /// <summary>What the derivation found: the violations, the parameter keys it moved, and how many evaluations it checked.</summary>
    private sealed record Result(IReadOnlyList<string> Violations, IReadOnlySet<string> Reached, int Checked);
}
