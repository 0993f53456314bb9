using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Benchmarks.HandWrittenNRules;
using LiveCommerce.Rules.NRules;
using LiveCommerce.Rules.Serialization;
using NRules;

namespace LiveCommerce.Rules.Benchmarks;

/// <summary>
/// The C# side of <c>benchmarks/comparison/compare.mjs</c>: reads the generated JSON Lines file of shared-base
/// applications, times our library (full report, fast path, JSON in → report JSON out, the generated NRules session), the
/// hand-written ifs, the hand-written NRules rules and Microsoft RulesEngine over every application, and prints one JSON object per engine on standard output (per-clause failure counts included, so
/// the script can check that every engine reached the same verdicts).
/// </summary>
internal static class SideBySide
{
    private const int Rounds = 5;

    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: compare <applications.jsonl> [--as-of yyyy-MM-dd]");
            return 3;
        }

        DateOnly asOf = args.Length >= 3 && args[1] == "--as-of" ? DateOnly.ParseExact(args[2], "yyyy-MM-dd", CultureInfo.InvariantCulture) : new DateOnly(2023, 3, 1);
        SharedBaseRuleSet ruleSet = SharedBaseRuleSet.Default;
        byte[][] lines = [.. File.ReadLines(args[0]).Where(l => l.Length > 0).Select(System.Text.Encoding.UTF8.GetBytes)];
        var facts = new SharedBaseApplication[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            ValidationResult validation = ruleSet.ReadFacts(lines[i], out SharedBaseApplication? read);
            facts[i] = read ?? throw new InvalidOperationException(FormattableString.Invariant($"line {i + 1}: {string.Join("; ", validation.Problems.Select(p => p.Path + " " + p.Code))}"));
        }

        Emit("C# hand-written ifs", lines.Length, Time(facts.Length, i => HandWrittenFailures(facts[i], asOf)), Counts(facts, f => SharedBaseBenchmarks.HandWritten(f, asOf)));
        Emit("LiveCommerce.Rules fast path (met / not met)", lines.Length, Time(facts.Length, i => ruleSet.IsMet(facts[i], asOf) ? 0 : 1), null);
        Emit("LiveCommerce.Rules full report", lines.Length, Time(facts.Length, i => ruleSet.Evaluate(facts[i], asOf).Findings.Length), Counts(facts, f => FailedIds(ruleSet.Evaluate(f, asOf))));
        Emit("LiveCommerce.Rules full report, every message and note read", lines.Length, Time(facts.Length, i => SharedBaseBenchmarks.ReadEveryText(ruleSet.Evaluate(facts[i], asOf))), null);
        Emit("LiveCommerce.Rules JSON line in -> report JSON out", lines.Length, Time(lines.Length, i => LiveCommerceJson.SerializeToUtf8Bytes(ruleSet.EvaluateJson(lines[i], asOf).Report!).Length), null);

        // The NRules rows: the generated rule set (a session per application, the full report out) and the hand-written floor.
        NRulesEvaluator<SharedBaseApplication> generated = NRulesEvaluator.Compile(ruleSet);
        Emit("LiveCommerce.Rules.NRules generated session (full report)", lines.Length, Time(facts.Length, i => generated.Evaluate(facts[i], asOf).Findings.Length), Counts(facts, f => FailedIds(generated.Evaluate(f, asOf))));
        ISessionFactory floor = SharedBaseFloor.Compile();
        Emit("NRules hand-written rules (the NRules floor, verdicts)", lines.Length, Time(facts.Length, i => SharedBaseFloor.Evaluate(floor, facts[i], asOf).Count), Counts(facts, f => SharedBaseFloor.Evaluate(floor, f, asOf).Where(v => v.Outcome is not (Outcome.Met or Outcome.NotApplicable)).Select(v => v.RuleId)));

        ISessionFactory concludingFloor = SharedBaseFloor.CompileConcluding();
        Emit("NRules hand-written rules with their conclusion (like for like)", lines.Length, Time(facts.Length, i => SharedBaseFloor.Conclude(concludingFloor, facts[i], asOf).Verdicts.Count), Counts(facts, f => ConcludedFailures(concludingFloor, f, asOf)));

        var rulesEngine = new RulesEnginePeer();
        Emit($"Microsoft RulesEngine {RulesEnginePeer.Version} (per-rule results)", lines.Length, Time(facts.Length, i => rulesEngine.Execute(facts[i], asOf).Count), Counts(facts, f => rulesEngine.Failures(f, asOf)));
        return 0;
    }

    // The concluding floor's failed clauses; throws where its conclusion is not what its verdicts say.
    private static List<string> ConcludedFailures(ISessionFactory factory, SharedBaseApplication facts, DateOnly asOf)
    {
        (List<ClauseVerdict> verdicts, bool eligible) = SharedBaseFloor.Conclude(factory, facts, asOf);
        List<string> failed = [.. verdicts.Where(v => EligibleRule.Fails(v.Outcome)).Select(v => v.RuleId)];
        return eligible == (failed.Count == 0) ? failed : throw new InvalidOperationException($"{facts.BaseName}: concluded eligible = {eligible} with failed clauses [{string.Join(", ", failed)}].");
    }

    private static int HandWrittenFailures(SharedBaseApplication a, DateOnly asOf) => SharedBaseBenchmarks.HandWritten(a, asOf).Count;

    private static IEnumerable<string> FailedIds(Report report) =>
        report.Findings.Where(f => f.Outcome is not (Outcome.Met or Outcome.Warning or Outcome.NotApplicable)).Select(f => f.RuleId);

    private static SortedDictionary<string, int> Counts(SharedBaseApplication[] facts, Func<SharedBaseApplication, IEnumerable<string>> failed)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["eligible"] = 0 };
        foreach (SharedBaseApplication f in facts)
        {
            bool any = false;
            foreach (string id in failed(f))
            {
                any = true;
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            if (!any)
            {
                counts["eligible"]++;
            }
        }

        return counts;
    }

    /// <summary>Median nanoseconds per evaluation over <see cref="Rounds"/> passes, after one warm-up pass.</summary>
    private static double Time(int count, Func<int, int> evaluate)
    {
        long sink = 0;
        for (int i = 0; i < count; i++)
        {
            sink += evaluate(i);
        }

        var perEvaluation = new double[Rounds];
        for (int r = 0; r < Rounds; r++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < count; i++)
            {
                sink += evaluate(i);
            }

            perEvaluation[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / count;
        }

        GC.KeepAlive(sink);
        Array.Sort(perEvaluation);
        return perEvaluation[Rounds / 2];
    }

    private static void Emit(string engine, int applications, double nsPerEvaluation, SortedDictionary<string, int>? failures)
    {
        using var stream = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("engine", engine);
            writer.WriteNumber("applications", applications);
            writer.WriteNumber("nsPerEvaluation", Math.Round(nsPerEvaluation, 1));
            if (failures is not null)
            {
                writer.WriteStartObject("failures");
                foreach ((string id, int n) in failures)
                {
                    writer.WriteNumber(id, n);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
