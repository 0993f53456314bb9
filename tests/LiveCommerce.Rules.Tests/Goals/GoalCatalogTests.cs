using System.Text.Json;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Goals.ProvinceGoals;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;
using static LiveCommerce.Rules.Tests.Goals.GoalFacts;

namespace LiveCommerce.Rules.Tests.Goals;

public class GoalCatalogTests
{
    private static readonly string[] GoalRowIds =
        ["HLJ-PLAN-GOALS", "HLJ-ACT-GOAL-ENTERPRISES", "HLJ-ACT-GOAL-RETAIL-GROWTH", "HLJ-BASE-GOAL", "GZ-GOALS-2025", "SC-GOALS-2025", "SC-GOALS-2030"];

    [Theory]
    [InlineData(Province.Heilongjiang, new[] { "hlj-plan-goals", "hlj-action-goals", "hlj-base-goals" })]
    [InlineData(Province.Guizhou, new[] { "gz-goals" })]
    [InlineData(Province.Sichuan, new[] { "sc-goals" })]
    [InlineData(Province.Shanxi, new string[0])]
    public void For_Province_ListsItsGoalSets(Province province, string[] expected)
    {
        ImmutableArrayAssert(expected, GoalCatalog.For(province).Select(g => g.Id));
        Assert.All(GoalCatalog.For(province), g => Assert.All(g.Goals, goal => Assert.False(string.IsNullOrWhiteSpace(goal.Citation.Clause))));
    }

    [Theory]
    [InlineData("Sichuan", Province.Sichuan)]
    [InlineData("四川省", Province.Sichuan)]
    [InlineData("黑龙江", Province.Heilongjiang)]
    [InlineData("guizhou", Province.Guizhou)]
    [InlineData("山西省", Province.Shanxi)]
    [InlineData("襄垣县", Province.Shanxi)]
    [InlineData("Xiangyuan", Province.Shanxi)]
    public void TryParseProvince_EnglishOrChineseName_IsRecognised(string text, Province expected)
    {
        Assert.True(GoalCatalog.TryParseProvince(text, out Province p));
        Assert.Equal(expected, p);
    }

    [Fact]
    public void TryParseProvince_UnknownName_IsRefused()
    {
        Assert.False(GoalCatalog.TryParseProvince("Atlantis", out _));
    }

    [Fact]
    public void RuleCatalog_EveryGoalRow_IsImplementedByAGoalSet()
    {
        foreach (string id in GoalRowIds)
        {
            CatalogEntry entry = Assert.Single(RuleCatalog.Default.Entries, e => e.RuleId == id);
            Assert.True(entry.Implemented, id);
            Assert.IsType<GoalSet>(RuleCatalog.Default[entry.RuleSetId!]);
            Assert.NotEmpty(entry.Parameters);
        }
    }

    [Fact]
    public void Evaluate_GoalSetAsRuleSet_GivesOneFindingPerRowAndTheDraftNoticeForSichuan()
    {
        GoalFigures figures = Of(Figure("SC-GOALS-2025-RETAIL", 260_000_000_000m));

        Report report = SichuanGoals.Goals.Evaluate(figures, new DateOnly(2024, 1, 1));

        Assert.Equal(["SC-GOALS-2025", "SC-GOALS-2030"], report.Findings.Select(f => f.RuleId));
        Assert.All(report.Findings, f => Assert.Equal(Outcome.NotEvaluated, f.Outcome));
        Assert.Equal(ReportOutcome.Incomplete, report.Outcome);
        Assert.Contains(report.Notices, n => n.Code == "draft-document");
        Assert.Contains(SichuanGoals.Goals.Progress(figures, new DateOnly(2024, 1, 1)).Notices, n => n.Code == "draft-document");
        Assert.Equal(report.Fingerprint, SichuanGoals.Goals.Progress(figures, new DateOnly(2024, 1, 1)).Fingerprint);
    }

    [Fact]
    public void Evaluate_GoalMissedAfterDeadline_RowIsNotMet()
    {
        Report report = HeilongjiangGoals.BaseGoals.Evaluate(Of(Figure("HLJ-BASE-GOAL", 19)), new DateOnly(2023, 7, 1));

        Assert.Equal(Outcome.NotMet, report["HLJ-BASE-GOAL"].Outcome);
        Assert.Equal(ReportOutcome.NotMet, report.Outcome);
        Assert.Contains(report.Notices, n => n.Code == "deadline-passed");
    }

    [Fact]
    public void Evaluate_EveryGoalMet_RowIsMet()
    {
        Report report = HeilongjiangGoals.ActionGoals.Evaluate(Of(Figure("HLJ-ACT-GOAL-ENTERPRISES", 1500), Figure("HLJ-ACT-GOAL-RETAIL-GROWTH", 1_000_000_000m)), new DateOnly(2023, 10, 30));

        Assert.Equal(ReportOutcome.Met, report.Outcome);
        Assert.True(HeilongjiangGoals.ActionGoals.IsMet(Of(Figure("HLJ-ACT-GOAL-ENTERPRISES", 1500), Figure("HLJ-ACT-GOAL-RETAIL-GROWTH", 1_000_000_000m)), new DateOnly(2023, 10, 30)));
    }

    public static TheoryData<string, string, DateOnly, int, int> ShippedFigures => new()
    {
        // goal set, file, as of, goals met, goals missed after their deadline
        { "hlj-plan-goals", "figures-2022.json", new DateOnly(2023, 1, 31), 7, 2 },
        { "hlj-action-goals", "figures-2023.json", new DateOnly(2023, 10, 30), 2, 0 },
        { "hlj-base-goals", "figures-2023.json", new DateOnly(2023, 6, 30), 1, 0 },
        { "gz-goals", "figures-2024.json", new DateOnly(2024, 12, 31), 2, 0 },
        { "sc-goals", "figures-2024.json", new DateOnly(2024, 12, 31), 2, 0 },
        { "sc-goals", "figures-2025-boundary.json", new DateOnly(2026, 1, 31), 4, 1 },
    };

    [Theory]
    [MemberData(nameof(ShippedFigures))]
    public void ProgressJson_ShippedFigures_GiveTheDocumentedProgress(string goalSetId, string file, DateOnly asOf, int met, int missed)
    {
        var goalSet = (GoalSet)RuleCatalog.Default[goalSetId];

        GoalProgressResult result = goalSet.ProgressJson(Repo.Sample(goalSetId, file), asOf);

        Assert.True(result.IsValid, result.Validation.ToString());
        Assert.Equal(met, result.Report!.MetCount);
        Assert.Equal(missed, result.Report.Goals.Count(g => g.Status == GoalStatus.NotMet));
    }

    [Fact]
    public void ProgressJson_SichuanBoundarySample_FailsRetailAtExactly250BillionAndPassesTheShareAt30Percent()
    {
        GoalProgressReport report = SichuanGoals.Goals.ProgressJson(Repo.Sample("sc-goals", "figures-2025-boundary.json"), new DateOnly(2026, 1, 31)).Report!;

        Assert.Equal(GoalStatus.NotMet, report["SC-GOALS-2025-RETAIL"].Status);
        Assert.Equal(GoalStatus.Met, report["SC-GOALS-2025-CLUSTER-SHARE"].Status);
    }

    [Theory]
    [MemberData(nameof(ShippedFigures))]
    public void ReadFacts_ShippedFigures_RoundTripThroughJson(string goalSetId, string file, DateOnly asOf, int met, int missed)
    {
        _ = (asOf, met, missed);
        var goalSet = (GoalSet)RuleCatalog.Default[goalSetId];
        Assert.True(goalSet.ReadFacts(Repo.Sample(goalSetId, file), out GoalFigures? figures).IsValid);

        string first = JsonSerializer.Serialize(figures!, JsonContext.Default.GoalFigures);
        string second = JsonSerializer.Serialize(JsonSerializer.Deserialize(first, JsonContext.Default.GoalFigures)!, JsonContext.Default.GoalFigures);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Serialize_ProgressReport_IsJsonWithExactPercentagesAndCitations()
    {
        GoalProgressReport report = SichuanGoals.Goals.Progress(Of(Figure("SC-GOALS-2030-BASES", 20)), new DateOnly(2024, 1, 1));

        JsonNode json = JsonNode.Parse(LiveCommerceJson.Serialize(report))!;

        JsonNode bases = json["goals"]!.AsArray().Single(g => (string?)g!["indicator"] == "SC-GOALS-2030-BASES")!;
        Assert.Equal(200m / 3m, bases["percentOfTarget"]!.GetValue<decimal>());
        Assert.Equal("NotYetDue", (string?)bases["status"]);
        Assert.Equal("二、(一)", (string?)bases["citation"]!["section"]);
        Assert.Equal("sc-goals", (string?)json["goalSetId"]);
        Assert.Contains(json["notices"]!.AsArray(), n => (string?)n!["code"] == "draft-document");
    }

    [Fact]
    public void GetFactsSchema_AnyGoalSet_DescribesFiguresAndLists()
    {
        string schema = SichuanGoals.Goals.GetFactsSchema().ToJsonString();

        Assert.Contains("\"figures\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"lists\"", schema, StringComparison.Ordinal);
        Assert.Contains("annualFigure", schema, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Citations_EveryGoalAndRow_AreVerbatimFromTheSeeds()
    {
        string seeds = string.Concat(Directory.GetFiles(Path.Combine(Repo.Shared, "seeds")).Select(File.ReadAllText));
        IEnumerable<Citation> citations = GoalCatalog.All.SelectMany(s => s.Goals.Select(g => g.Citation).Concat(s.Rules.Select(r => r.Citation)));
        foreach (Citation c in citations)
        {
            foreach (string part in c.Clause.Split("……"))
            {
                Assert.True(seeds.Contains(part, StringComparison.Ordinal), $"Not verbatim in the seeds: {part}");
            }
        }
    }

    private static void ImmutableArrayAssert(IEnumerable<string> expected, IEnumerable<string> actual) => Assert.Equal(expected.ToArray(), actual.ToArray());
}
