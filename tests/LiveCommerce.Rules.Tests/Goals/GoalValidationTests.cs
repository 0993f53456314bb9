using System.Text;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Goals.ProvinceGoals;
using LiveCommerce.Rules.Heilongjiang;
using LiveCommerce.Rules.Primitives;
using static LiveCommerce.Rules.Tests.Goals.GoalFacts;

namespace LiveCommerce.Rules.Tests.Goals;

public class GoalValidationTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    [Fact]
    public void Validate_BadFigures_ReportsEveryProblemWithItsPathAndCode()
    {
        GoalFigures figures = Of(
            Figure("SC-GOALS-2025-RETAIL", -1m),
            Figure("SC-GOALS-2099-MOON-BASES", 3m),
            Figure("SC-GOALS-2030-BASES", 2.5m),
            Figure("SC-GOALS-2025-LIVE-TURNOVER", 1.001m),
            Figure("SC-GOALS-2030-BASES", 3m),
            Figure("SC-GOALS-2025-ENTERPRISES", 12m)) with
        {
            Lists =
            [
                List("SC-UNKNOWN", 1m),
                new EntityList { List = SichuanGoals.AnchorsList, Entities = [new GoalEntity { Name = "甲", AnnualFigure = Money.FromYuan(1m) }, new GoalEntity { Name = "甲", AnnualFigure = Money.FromYuan(-1m) }, new GoalEntity { Name = " ", AnnualFigure = Money.Zero }] },
                List(SichuanGoals.AnchorsList),
            ],
        };

        ValidationResult result = SichuanGoals.Goals.Validate(figures);

        Assert.Equal(
            [
                ("$.figures[0].value", "negative"),
                ("$.figures[1].indicator", "unknown-indicator"),
                ("$.figures[2].value", "not-whole"),
                ("$.figures[3].value", "fen"),
                ("$.figures[4].indicator", "duplicate"),
                ("$.figures[5].indicator", "list-required"),
                ("$.lists[0].list", "unknown-list"),
                ("$.lists[1].entities[1].name", "duplicate"),
                ("$.lists[1].entities[1].annualFigure", "negative"),
                ("$.lists[1].entities[2].name", "blank"),
                ("$.lists[2].list", "duplicate"),
            ],
            result.Problems.Select(p => (p.Path, p.Code)));
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message.ZhCn) || string.IsNullOrWhiteSpace(p.Message.En)));
    }

    [Fact]
    public void Validate_ShareWithZeroOrSmallerWhole_IsRejected()
    {
        ValidationResult zero = SichuanGoals.Goals.Validate(Of(Figure("SC-GOALS-2025-CLUSTER-TURNOVER", 0m), Figure("SC-GOALS-2025-RETAIL", 0m)));
        ValidationResult larger = SichuanGoals.Goals.Validate(Of(Figure("SC-GOALS-2025-CLUSTER-TURNOVER", 101m), Figure("SC-GOALS-2025-RETAIL", 100m)));

        Assert.Equal(("$.figures[1].value", "zero-denominator"), zero.Problems.Select(p => (p.Path, p.Code)).Single());
        Assert.Equal(("$.figures[0].value", "part-exceeds-whole"), larger.Problems.Select(p => (p.Path, p.Code)).Single());
    }

    [Fact]
    public void Progress_InvalidFigures_ThrowsWithEveryProblem()
    {
        FactsValidationException ex = Assert.Throws<FactsValidationException>(() => GuizhouGoals.Goals2025.Progress(Of(Figure("GZ-GOALS-2025-RETAIL", -0.01m), Figure("GZ-NOPE", 1m)), AsOf));

        Assert.Equal(["negative", "unknown-indicator"], ex.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Validate_NegativeGrowth_IsAcceptedOnlyWhereADeclineIsMeaningful()
    {
        Assert.True(HeilongjiangGoals.ActionGoals.Validate(Of(Figure("HLJ-ACT-GOAL-RETAIL-GROWTH", -100m))).IsValid);
        Assert.Equal("negative", HeilongjiangGoals.ActionGoals.Validate(Of(Figure("HLJ-ACT-GOAL-ENTERPRISES", -1m))).Problems.Single().Code);
    }

    [Fact]
    public void ProgressJson_StructuralProblems_AreReportedWithPaths()
    {
        byte[] json = Encoding.UTF8.GetBytes("""
            {"figures":[{"indicator":"SC-GOALS-2025-RETAIL","value":"lots"}],"lists":[{"list":"SC-ANCHORS","entities":[{"name":"甲","annualFigure":-5}]}],"extra":1}
            """);

        GoalProgressResult result = SichuanGoals.Goals.ProgressJson(json, AsOf);

        Assert.False(result.IsValid);
        Assert.Null(result.Report);
        Assert.Contains(result.Validation.Problems, p => p.Path == "$.figures[0].value");
        Assert.Contains(result.Validation.Problems, p => p.Path == "$.lists[0].entities[0].annualFigure" && p.Code == "negative");
        Assert.Contains(result.Validation.Problems, p => p.Path == "$.extra");
    }

    [Fact]
    public void Define_DeadlineBeforeTheDocumentDate_IsRejected()
    {
        SourceDocument doc = HeilongjiangDocuments.SharedBaseDemonstration;
        var goal = new GoalDefinition(
            "X-GOAL", "X-GOALS", new LocalizedText("目标", "Goal"), Threshold.AtLeast(1, Unit.Count, "以上"), new DateOnly(2021, 12, 31),
            new Citation(doc, "二、", "力争创建20家及以上", "test"), GoalMeasure.Figure);
        var info = new RuleSetInfo("x-goals", "1.0.0", new LocalizedText("测试", "Test"), new LocalizedText("黑龙江省", "Heilongjiang"), doc, DocumentStatus.InForce, []);

        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() => GoalSet.Define(info, Province.Heilongjiang, [goal]));

        Assert.Contains("2021-12-31 is before the document's date 2022-02-24", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Define_InconsistentGoals_ListsEveryProblem()
    {
        SourceDocument doc = HeilongjiangDocuments.SharedBaseDemonstration;
        var citation = new Citation(doc, "二、", "力争创建20家及以上", "test");
        var deadline = new DateOnly(2023, 6, 30);
        var info = new RuleSetInfo("x-goals", "1.0.0", new LocalizedText("测试", "Test"), new LocalizedText("黑龙江省", "Heilongjiang"), doc, DocumentStatus.InForce, []);
        GoalDefinition[] goals =
        [
            new("A", "X", new LocalizedText("a", "a"), Threshold.AtLeast(1, Unit.Count, "以上"), deadline, citation, GoalMeasure.Figure),
            new("A", "X", new LocalizedText("a", "a"), Threshold.AtLeast(1, Unit.Count, "以上"), deadline, citation, GoalMeasure.Figure),
            new("B", "X", new LocalizedText("b", "b"), Threshold.AtLeast(30, Unit.Percent, "以上"), deadline, citation, GoalMeasure.Figure),
            new("C", "X", new LocalizedText("c", "c"), Threshold.AtLeast(1, Unit.Count, "以上"), deadline, citation, GoalMeasure.Sum("A", "NOPE")),
        ];

        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() => GoalSet.Define(info, Province.Heilongjiang, goals));

        Assert.Equal(3, ex.Problems.Count);
        Assert.Contains(ex.Problems, p => p.Contains("'A' is used twice", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("Goal B: a share", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("input 'NOPE'", StringComparison.Ordinal));
    }

    [Fact]
    public void WithParameters_RaisedTarget_IsAppliedAndALoweredOneRejected()
    {
        var raised = (GoalSet)SichuanGoals.Goals.WithParameters(ParameterSet.Empty.With("SC-GOALS-2030-BASES", 35));

        Assert.Equal(35m, raised.Goals.Single(g => g.Id == "SC-GOALS-2030-BASES").Target.Bound.Value);
        Assert.Equal(GoalStatus.NotMet, raised.Progress(Of(Figure("SC-GOALS-2030-BASES", 34)), new DateOnly(2031, 1, 1))["SC-GOALS-2030-BASES"].Status);
        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() => SichuanGoals.Goals.WithParameters(ParameterSet.Empty.With("SC-GOALS-2025-RETAIL", 200_000_000_000m)));
        Assert.Contains("SC-GOALS-2025-RETAIL", ex.Message, StringComparison.Ordinal);
        Assert.Throws<RuleConfigurationException>(() => SichuanGoals.Goals.WithParameters(ParameterSet.Empty.With("SC-NOPE", 1)));
    }

    [Fact]
    public void Validate_ArraysNotInitialised_AreProblemsNotExceptions()
    {
        var figures = new GoalFigures { Figures = default, Lists = [new EntityList { List = SichuanGoals.AnchorsList, Entities = default }] };

        ValidationResult result = SichuanGoals.Goals.Validate(figures);

        Assert.Equal([("$.figures", "required"), ("$.lists[0].entities", "required")], result.Problems.Select(p => (p.Path, p.Code)));
        Assert.False(SichuanGoals.Goals.TryEvaluate(figures, AsOf).IsValid);
    }

    [Fact]
    public void WithParameters_AbsurdTarget_IsRejectedBeforeEvaluationCouldOverflow()
    {
        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() => SichuanGoals.Goals.WithParameters(ParameterSet.Empty.With("SC-GOALS-2025-CLUSTER-SHARE", 1e20m)));

        Assert.Contains("SC-GOALS-2025-CLUSTER-SHARE", ex.Message, StringComparison.Ordinal);
    }
}
