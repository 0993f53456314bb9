using FsCheck.Fluent;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Engine;

public class ConcurrencyTests
{
    [Fact]
    public void Evaluate_FromSeveralThreads_SameFingerprintsAsSequentially()
    {
        SharedBaseApplication[] applications = Generators.Application().Sample(50, 64);
        string[] sequential = [.. applications.Select(a => SharedBaseRuleSet.Default.Evaluate(a, Samples.AsOf).Fingerprint)];
        string[][] parallel = new string[8][];

        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            // Each thread walks the applications from a different starting point so that evaluations interleave.
            var mine = new string[applications.Length];
            for (int k = 0; k < applications.Length; k++)
            {
                int i = (k + (t * 7)) % applications.Length;
                mine[i] = i % 2 == 0
                    ? SharedBaseRuleSet.Default.Evaluate(applications[i], Samples.AsOf).Fingerprint
                    : SharedBaseRuleSet.Default.EvaluateJson(Json.Bytes(applications[i]), Samples.AsOf).Report!.Fingerprint;
            }

            parallel[t] = mine;
        });

        Assert.Equal(applications.Length, sequential.Distinct(StringComparer.Ordinal).Count());
        Assert.All(parallel, fingerprints => Assert.Equal(sequential, fingerprints));
    }

    [Fact]
    public void EvaluateJson_CitySelectionsAndBadInputFromSeveralThreads_SameResultsAsSequentially()
    {
        SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.ForCity(2, LiveCommerce.Rules.Primitives.Money.FromWan(600));
        byte[][] inputs =
        [
            .. Generators.CitySelection().Sample(20, 32).Select(Json.Bytes),
            Json.Bytes("{\"city\":1,\"applicants\":[{\"applicationId\":\"A\",\"expertScore\":\"x\"}]}"),
            Json.Bytes("{\"city\":\"c\",\"applicants\":[]}"),
            Json.Bytes("{"),
        ];
        string Describe(byte[] json)
        {
            EvaluationResult r = rules.EvaluateJson(json, Samples.AsOf);
            return r.Report is { } report ? report.Fingerprint + report.Outcome : r.Validation.ToString();
        }

        string[] sequential = [.. inputs.Select(Describe)];
        string[][] parallel = new string[8][];

        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var mine = new string[inputs.Length];
            for (int k = 0; k < inputs.Length; k++)
            {
                int i = (k + (t * 5)) % inputs.Length;
                mine[i] = Describe(inputs[i]);
            }

            parallel[t] = mine;
        });

        Assert.All(parallel, results => Assert.Equal(sequential, results));
    }
}
