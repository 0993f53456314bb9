using FsCheck.Fluent;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Engine;

/// <summary>A rule set keeps the last date's notices; a report must still carry the notices of its own date.</summary>
public class NoticeCacheTests
{
    private static readonly DateOnly InWindow = new(2023, 3, 1);
    private static readonly DateOnly AfterDeadline = new(2023, 12, 31);

    [Fact]
    public void Evaluate_DatesAlternate_EachReportHasItsOwnDatesNotices()
    {
        SharedBaseRuleSet rules = SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 2001m)); // a fresh instance: nothing cached yet
        SharedBaseApplication application = Generators.Application().Sample(1, 1)[0];

        foreach (DateOnly asOf in new[] { InWindow, AfterDeadline, AfterDeadline, InWindow, AfterDeadline })
        {
            Report report = rules.Evaluate(application, asOf);
            Assert.Equal(Expected(asOf), report.Notices.Select(n => n.Code));
            Assert.All(report.Notices, n => Assert.Contains(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), n.Message.ZhCn, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Evaluate_DatesInterleavedAcrossThreads_NoReportGetsAnotherDatesNotices()
    {
        SharedBaseRuleSet rules = SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 2002m));
        SharedBaseApplication application = Generators.Application().Sample(1, 1)[0];
        DateOnly[] dates = [InWindow, AfterDeadline, new(2023, 7, 1), new(2022, 1, 1)];
        string[][] expected = [.. dates.Select(d => Expected(d).ToArray())];

        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int k = i % dates.Length;
            Report report = rules.Evaluate(application, dates[k]);
            Assert.Equal(expected[k], report.Notices.Select(n => n.Code));
            Assert.All(report.Notices, n => Assert.Contains(dates[k].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), n.Message.En, StringComparison.Ordinal));
        });
    }

    private static IEnumerable<string> Expected(DateOnly asOf) =>
        (SharedBaseRuleSet.Description.EffectiveWindow!.Contains(asOf) ? Array.Empty<string>() : ["outside-effective-window"])
            .Concat(asOf > new DateOnly(2023, 6, 30) ? ["deadline-passed"] : Array.Empty<string>());
}
