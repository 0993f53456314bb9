using System.Collections.Immutable;
using System.Text;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Tests.Support;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownValidationTests
{
    private static (string Path, string Code)[] Problems(RuralETownProject p) =>
        [.. RuralETownRuleSet.Default.Validate(p).Problems.Select(x => (x.Path, x.Code))];

    [Fact]
    public void Validate_EventsOutsideThePeriod_ReportsEachWithItsPath()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with
        {
            LiveSellingEvents = p.LiveSellingEvents.Insert(0, new LiveSellingEvent { Date = new DateOnly(2023, 7, 31), Venue = "直播间" }),
            Salons = p.Salons.Add(new Salon { Date = new DateOnly(2025, 1, 1), Theme = "x" }),
        };

        Assert.Equal([("$.liveSellingEvents[0].date", "outside-period"), ("$.salons[6].date", "outside-period")], Problems(p));
        Assert.False(RuralETownRuleSet.Default.TryEvaluate(p, XiangyuanSamples.AsOf).IsValid);
    }

    [Fact]
    public void Validate_UnknownSegmentName_ReportsUnknownItem()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-4-5-LAUNCH-EVENT", d => d with { Items = d.Items.Add(new DeliveredItem { Name = "文艺演出" }) });
        int index = RuralETownRuleSet.DeliverableIds.IndexOf("XY-4-5-LAUNCH-EVENT");
        int item = RuralETownRuleSet.ItemsOf("XY-4-5-LAUNCH-EVENT").Length;

        Assert.Equal([($"$.deliverables[{index}].items[{item}].name", "unknown-item")], Problems(p));
    }

    [Fact]
    public void Validate_UnknownIdDuplicateAndUnknownEvidence_EachReported()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with
        {
            Deliverables = p.Deliverables
                .Add(new DeliverableRecord { Id = "XY-10-1-NOTHING", Items = [], Evidence = [] })
                .Add(XiangyuanSamples.Record("XY-1-1-RESEARCH") with { Evidence = ["调研报告和产业发展情况资料", "照片"] }),
        };
        int n = RuralETownRuleSet.DeliverableIds.Length;

        Assert.Equal(
            [
                ($"$.deliverables[{n}].id", "unknown-deliverable"),
                ($"$.deliverables[{n + 1}].id", "duplicate"),
                ($"$.deliverables[{n + 1}].evidence[1]", "unknown-evidence"),
            ],
            Problems(p));
    }

    [Fact]
    public void Validate_WaiverOnAMandatoryOnlyDeliverable_Rejected()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-6-2-EXPERIENCE-CENTRE", d => d with { WaiverReason = "面积不足" });
        int index = RuralETownRuleSet.DeliverableIds.IndexOf("XY-6-2-EXPERIENCE-CENTRE");

        Assert.Equal([($"$.deliverables[{index}].waiverReason", "waiver-not-applicable")], Problems(p));
    }

    [Fact]
    public void Validate_PeriodEndingBeforeItStarts_Rejected()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary() with { PeriodEnd = new DateOnly(2023, 7, 1), LiveSellingEvents = [], ContentPushes = [], Salons = [], Contests = [] };

        Assert.Equal([("$.periodEnd", "period-order")], Problems(p));
    }

    [Fact]
    public void Validate_UnknownVenueAndAccount_Rejected()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with
        {
            LiveSellingEvents = p.LiveSellingEvents.SetItem(1, p.LiveSellingEvents[1] with { Venue = "直播室" }),
            ContentPushes = p.ContentPushes.SetItem(2, p.ContentPushes[2] with { Account = "快手" }),
        };

        Assert.Equal([("$.liveSellingEvents[1].venue", "unknown-name"), ("$.contentPushes[2].account", "unknown-name")], Problems(p));
    }

    [Fact]
    public void Validate_MoreEcommerceThanLegalEntities_Inconsistent()
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        p = p with { Market = p.Market with { Years = [XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 11)] } };

        Assert.Equal([("$.market.years[0].towns[0].newEcommerceEntities", "inconsistent")], Problems(p));
    }

    [Fact]
    public void EvaluateJson_NegativeCount_RangeProblemAtItsPath()
    {
        string json = Encoding.UTF8.GetString(Repo.Sample("xy-rural-e-town", "project-meets.json"));
        int at = json.IndexOf("\"count\": 7", StringComparison.Ordinal);
        string bad = string.Concat(json.AsSpan(0, at), "\"count\": -7", json.AsSpan(at + "\"count\": 7".Length));

        EvaluationResult result = RuralETownRuleSet.Default.EvaluateJson(Encoding.UTF8.GetBytes(bad), XiangyuanSamples.AsOf);

        ValidationProblem problem = Assert.Single(result.Validation.Problems);
        Assert.Equal(("$.deliverables[6].count", "range"), (problem.Path, problem.Code)); // after the 5 fixed standards of 二
    }

    [Fact]
    public void Validate_ValidProjects_AllocateNothingButTheCollector()
    {
        RuralETownProject boundary = XiangyuanSamples.AtBoundary();
        RuralETownRuleSet.Default.ReadFacts(Repo.Sample("xy-rural-e-town", "project-meets.json"), out RuralETownProject? sample);
        RuralETownRuleSet projectYears = RuralETownRuleSet.Create(new RuralETownOptions { Periods = PeriodReading.ProjectPeriods });
        foreach ((RuralETownRuleSet ruleSet, RuralETownProject project) in new[] { (RuralETownRuleSet.Default, boundary), (RuralETownRuleSet.Default, sample!), (projectYears, boundary with { Market = boundary.Market with { Years = [] } }) })
        {
            for (int i = 0; i < 3; i++)
            {
                Assert.True(ruleSet.Validate(project).IsValid);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            ruleSet.Validate(project);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.InRange(allocated, 0, 48); // the collector (32 B) only: a formatted path, a set or a date window would be more
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)] // past the scan limit: the repeats are found through a set, with the same result
    public void Validate_RepeatedEvidence_EveryRepeatReportedAtItsIndex(int length)
    {
        ImmutableArray<string> known = RuralETownRuleSet.EvidenceOf("XY-1-1-RESEARCH");
        RuralETownProject p = XiangyuanSamples.AtBoundary().With("XY-1-1-RESEARCH", d => d with { Evidence = [.. Enumerable.Range(0, length).Select(i => known[i % known.Length])] });
        int index = RuralETownRuleSet.DeliverableIds.IndexOf("XY-1-1-RESEARCH");

        Assert.Equal(
            Enumerable.Range(known.Length, length - known.Length).Select(j => ($"$.deliverables[{index}].evidence[{j}]", "duplicate")),
            Problems(p));
    }
}
