using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;
using Xunit.Abstractions;

namespace LiveCommerce.Rules.Tests.Hardening;

/// <summary>One rule set shared by 8 threads over 100,000 applications gives exactly the sequential results.</summary>
public sealed class SharedRuleSetConcurrencyTests(ITestOutputHelper output)
{
    private const int Applications = 100_000;
    private const int Threads = 8;

    [Fact]
    public void Evaluate_100000ApplicationsOn8Threads_FingerprintsAndOutcomesIdenticalToSequential()
    {
        // A city's stricter area standard, so the parameters in force are not just the defaults.
        RuleSet<SharedBaseApplication> rules = SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 2100m));
        SharedBaseApplication[] distinct = Generators.Application().Sample(50, 2_000);
        var applications = new SharedBaseApplication[Applications];
        var asOf = new DateOnly[Applications];
        for (int i = 0; i < Applications; i++)
        {
            applications[i] = distinct[i % distinct.Length];
            asOf[i] = new DateOnly(2023, 1, 1).AddDays(i / distinct.Length); // same facts, another date: another fingerprint
        }

        var clock = Stopwatch.StartNew();
        string[] sequential = new string[Applications];
        for (int i = 0; i < Applications; i++)
        {
            Report report = rules.Evaluate(applications[i], asOf[i]);
            sequential[i] = report.Fingerprint + ":" + report.Outcome.ToString();
        }

        TimeSpan sequentialTime = clock.Elapsed;
        clock.Restart();
        string[] parallel = new string[Applications];
        using var start = new Barrier(Threads);
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();

            // Each thread takes every 8th application, walking backwards from its own end so calls interleave.
            for (int i = Applications - 1 - t; i >= 0; i -= Threads)
            {
                Report report = i % 3 == 0
                    ? rules.EvaluateJson(Json.Bytes(applications[i]), asOf[i]).Report!
                    : rules.Evaluate(applications[i], asOf[i]);
                parallel[i] = report.Fingerprint + ":" + report.Outcome.ToString();
            }
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        TimeSpan parallelTime = clock.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Applications} applications: sequential {sequentialTime.TotalSeconds:F2} s, {Threads} threads {parallelTime.TotalSeconds:F2} s, {sequential.Distinct(StringComparer.Ordinal).Count()} distinct fingerprints"));
        Assert.True(sequential.Distinct(StringComparer.Ordinal).Count() > Applications / 2, "the applications must differ, or the comparison proves little");
        int mismatches = Enumerable.Range(0, Applications).Count(i => !string.Equals(sequential[i], parallel[i], StringComparison.Ordinal));
        Assert.Equal(0, mismatches);
    }
}
