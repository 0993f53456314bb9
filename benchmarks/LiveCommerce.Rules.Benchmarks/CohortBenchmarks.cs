using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;

namespace LiveCommerce.Rules.Benchmarks;

/// <summary>
/// The Heilongjiang enterprise-assistance cohort rules (shares of the city's enterprises) on a city of up to 100,000
/// enterprises: one pass, so time and memory per enterprise stay constant as the city grows (O(n)).
/// </summary>
[MemoryDiagnoser]
public class CohortBenchmarks
{
    private static readonly DateOnly AsOf = new(2023, 12, 31);
    private readonly EnterpriseAssistanceCityRuleSet ruleSet = EnterpriseAssistanceCityRuleSet.Default;
    private AssistanceCityCohort city = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Enterprises { get; set; }

    [Params(true, false)]
    public bool Meets { get; set; }

    [GlobalSetup]
    public void Setup() => city = City(Enterprises, Meets);

    [Benchmark]
    public Report FullReport() => ruleSet.Evaluate(city, AsOf);

    [Benchmark]
    public bool FastPath() => ruleSet.IsMet(city, AsOf);

    /// <summary>The shipped city sample's enterprises repeated (with fresh ids) up to <paramref name="count"/>: its shares are kept.</summary>
    internal static AssistanceCityCohort City(int count, bool meets)
    {
        string file = Repo.Path("samples", "data", EnterpriseAssistanceCityRuleSet.RuleSetId, meets ? "city-meets.json" : "city-fails.json");
        ValidationResult validation = EnterpriseAssistanceCityRuleSet.Default.ReadFacts(File.ReadAllBytes(file), out AssistanceCityCohort? sample);
        if (sample is null)
        {
            throw new InvalidOperationException(string.Join("; ", validation.Problems.Select(p => p.Path + " " + p.Code)));
        }

        var enterprises = ImmutableArray.CreateBuilder<CohortEnterprise>(count);
        for (int i = 0; i < count; i++)
        {
            CohortEnterprise e = sample.Enterprises[i % sample.Enterprises.Length];
            enterprises.Add(e with { EnterpriseId = FormattableString.Invariant($"{e.EnterpriseId}-{i}"), Name = FormattableString.Invariant($"{e.Name}-{i}") });
        }

        return sample with { Enterprises = enterprises.MoveToImmutable() };
    }
}
