using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Sichuan.ClusterAction;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Sichuan.ClusterAction;

public class SichuanClusterPilotTests
{
    private static readonly SichuanClusterPilotRuleSet Rules = SichuanClusterPilotRuleSet.Default;

    [Theory]
    [InlineData(SichuanApplicantKind.CountyGovernment, Outcome.Met)]
    [InlineData(SichuanApplicantKind.CountyCommerceDepartment, Outcome.NotMet)]
    [InlineData(SichuanApplicantKind.PrefectureAuthority, Outcome.NotMet)]
    [InlineData(SichuanApplicantKind.Enterprise, Outcome.NotMet)]
    [InlineData(SichuanApplicantKind.Other, Outcome.NotMet)]
    public void Evaluate_ApplicantKind_OnlyCountyGovernmentMayApply(SichuanApplicantKind kind, Outcome expected)
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot() with { Applicant = new SichuanApplicant { Name = "申报单位", Kind = kind } };

        Report report = Rules.Evaluate(facts, SichuanSamples.AsOf);

        Assert.Equal(expected, report["SC-CLUSTER-APPLICANT"].Outcome);
        Assert.Equal(expected == Outcome.Met, Rules.IsMet(facts, SichuanSamples.AsOf));
    }

    [Fact]
    public void Evaluate_ThreeConsecutiveYears_IsMet()
    {
        Finding f = Rules.Evaluate(SichuanSamples.Pilot(2023, 2024, 2025), SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"];

        Assert.Equal(Outcome.Met, f.Outcome);
        Assert.Equal(3m, f.Measured!.Value.Value);
        Assert.Equal(Comparison.AtMost, f.Required!.Comparison);
    }

    [Fact]
    public void Evaluate_TwoConsecutiveYears_IsMet()
    {
        Assert.Equal(Outcome.Met, Rules.Evaluate(SichuanSamples.Pilot(2024, 2025), SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"].Outcome);
    }

    [Fact]
    public void Evaluate_FourthYear_IsRefusedNamingTheYear()
    {
        Finding f = Rules.Evaluate(SichuanSamples.Pilot(2023, 2024, 2025, 2026), SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2026", f.Explanation!.En, StringComparison.Ordinal);
        Assert.Contains("2026", f.Explanation.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GapBetweenYears_IsRefusedWithTheReason()
    {
        Finding f = Rules.Evaluate(SichuanSamples.Pilot(2023, 2025), SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("not consecutive", f.Explanation!.En, StringComparison.Ordinal);
        Assert.Contains("不连续", f.Explanation.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SelectedBefore2023_IsRefused()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot(2022, 2023) with { SelectionYear = 2022 };

        Finding f = Rules.Evaluate(facts, SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2023", f.Explanation!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SupportBeforeSelection_IsRefused()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot(2023, 2024) with { SelectionYear = 2024 };

        Assert.Equal(Outcome.NotMet, Rules.Evaluate(facts, SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"].Outcome);
    }

    [Fact]
    public void Evaluate_NoSupportYet_IsMet()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot() with { SupportYears = [] };

        Assert.Equal(Outcome.Met, Rules.Evaluate(facts, SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"].Outcome);
    }

    [Fact]
    public void Create_ShorterSupportPeriod_RefusesTheThirdYear()
    {
        SichuanClusterPilotRuleSet stricter = SichuanClusterPilotRuleSet.Create(ParameterSet.Empty.With("SC-CLUSTER-SUPPORT-YEARS", 2));

        Assert.Equal(Outcome.NotMet, stricter.Evaluate(SichuanSamples.Pilot(2023, 2024, 2025), SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"].Outcome);
        Assert.Equal(Outcome.Met, stricter.Evaluate(SichuanSamples.Pilot(2023, 2024), SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"].Outcome);
    }

    [Fact]
    public void Create_LongerSupportPeriod_IsRejected()
    {
        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() => SichuanClusterPilotRuleSet.Create(ParameterSet.Empty.With("SC-CLUSTER-SUPPORT-YEARS", 4)));

        Assert.Contains("SC-CLUSTER-SUPPORT-YEARS", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property SupportYears_AnyConsecutiveRunFromSelection_IsMetExactlyWhenAtMostThreeYears()
    {
        Gen<(int Start, int Length, int Offset)> runs =
            from start in Gen.Choose(2023, 2040)
            from length in Gen.Choose(1, 6)
            from offset in Gen.Choose(0, 3)
            select (start, length, offset);

        return Prop.ForAll(Arb.From(runs), run =>
        {
            int[] years = [.. Enumerable.Range(run.Start + run.Offset, run.Length)];
            SichuanClusterPilotApplication facts = SichuanSamples.Pilot(years) with { SelectionYear = run.Start };
            Outcome outcome = Rules.Evaluate(facts, SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"].Outcome;
            return (outcome == Outcome.Met) == (run.Length <= 3);
        });
    }

    [Theory]
    [InlineData(true, null, Outcome.Met)]
    [InlineData(false, true, Outcome.Met)]
    [InlineData(false, null, Outcome.NotEvaluated)]
    [InlineData(false, false, Outcome.NotMet)]
    public void Evaluate_PerformanceReview_RecoversOnlyWhenEvaluationAndRectificationFail(bool evaluationPassed, bool? rectificationPassed, Outcome expected)
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot() with
        {
            Performance = new PerformanceReview { EvaluationPassed = evaluationPassed, RectificationPassed = rectificationPassed, FundsAllocated = Money.FromWan(500) },
        };

        Finding f = Rules.Evaluate(facts, SichuanSamples.AsOf)["SC-PERFORMANCE-CLAWBACK"];

        Assert.Equal(expected, f.Outcome);
        Assert.Equal(expected == Outcome.NotMet ? Money.FromWan(500) : null, f.Amount?.Value);
    }

    /// <summary>The fast path once passed a failed evaluation whose rectification is under way, though the finding is not evaluated.</summary>
    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, true, true)]
    [InlineData(false, null, false)]
    [InlineData(false, false, false)]
    public void IsMet_PerformanceReview_AgreesWithTheClawbackFinding(bool evaluationPassed, bool? rectificationPassed, bool met)
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot() with
        {
            Performance = new PerformanceReview { EvaluationPassed = evaluationPassed, RectificationPassed = rectificationPassed, OwnerSelfEvaluation = SichuanSamples.Yes("业主单位自评报告"), ThirdPartyEvaluation = SichuanSamples.Yes("第三方评价报告") },
        };

        Assert.Equal(met, Rules.Evaluate(facts, SichuanSamples.AsOf).Outcome == ReportOutcome.Met);
        Assert.Equal(met, Rules.IsMet(facts, SichuanSamples.AsOf));
    }

    [Fact]
    public void Evaluate_NoPerformanceReview_ClawbackIsNotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Rules.Evaluate(SichuanSamples.Pilot(), SichuanSamples.AsOf)["SC-PERFORMANCE-CLAWBACK"].Outcome);
    }

    [Property]
    public Property Clawback_AnyReview_FailsExactlyWhenBothFail()
    {
        Gen<(bool Evaluation, int Rectification)> reviews = Gen.Zip(Gen.Elements(true, false), Gen.Choose(0, 2));
        return Prop.ForAll(Arb.From(reviews), r =>
        {
            bool? rectification = r.Rectification switch { 0 => null, 1 => true, _ => false };
            if (r.Evaluation && rectification is not null)
            {
                return true; // inconsistent input, rejected by validation (tested separately)
            }

            SichuanClusterPilotApplication facts = SichuanSamples.Pilot() with { Performance = new PerformanceReview { EvaluationPassed = r.Evaluation, RectificationPassed = rectification } };
            bool recovered = Rules.Evaluate(facts, SichuanSamples.AsOf)["SC-PERFORMANCE-CLAWBACK"].Outcome == Outcome.NotMet;
            return recovered == (!r.Evaluation && rectification == false);
        });
    }

    [Fact]
    public void Evaluate_AnyFacts_ReportCarriesTheDraftNotice()
    {
        Report report = Rules.Evaluate(SichuanSamples.Pilot(), new DateOnly(2023, 5, 20));

        Assert.Equal(DocumentStatus.Draft, report.Status);
        Notice draft = Assert.Single(report.Notices, n => n.Code == "draft-document");
        Assert.Contains("征求意见稿", draft.Message.ZhCn, StringComparison.Ordinal);
        Assert.Contains("draft", draft.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Notices, n => n.Code == "deadline-passed");
    }

    [Fact]
    public void Evaluate_AfterCommentPeriod_ReportsTheDeadlinePassed()
    {
        Report report = Rules.Evaluate(SichuanSamples.Pilot(), new DateOnly(2023, 6, 11));

        Assert.Contains(report.Notices, n => n.Code == "deadline-passed");
        Assert.DoesNotContain(Rules.Evaluate(SichuanSamples.Pilot(), new DateOnly(2023, 6, 10)).Notices, n => n.Code == "deadline-passed");
    }

    [Fact]
    public void Validate_BadInput_ReportsEveryProblemWithItsPath()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot(2023, 2023, 1999) with
        {
            ProjectName = " ",
            SelectionYear = 2200,
            Performance = new PerformanceReview { EvaluationPassed = true, RectificationPassed = false, FundsAllocated = Money.FromYuan(-1m) },
        };

        ValidationResult result = Rules.Validate(facts);

        Assert.Equal(
            [
                ("$.projectName", "blank"),
                ("$.selectionYear", "range"),
                ("$.performance.rectificationPassed", "inconsistent"),
                ("$.performance.fundsAllocated", "negative"),
                ("$.supportYears[1]", "duplicate"),
                ("$.supportYears[2]", "range"),
            ],
            result.Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void EvaluateJson_UnknownApplicantKindAndNegativeYear_AreStructuralProblems()
    {
        byte[] json = System.Text.Encoding.UTF8.GetBytes("""
            {"projectName":"x","county":"y","applicant":{"name":"z","kind":"mayor"},"selectionYear":-1,"supportYears":[]}
            """);

        EvaluationResult result = Rules.EvaluateJson(json, SichuanSamples.AsOf);

        Assert.False(result.IsValid);
        Assert.Contains(result.Validation.Problems, p => p.Path == "$.applicant.kind");
        Assert.Contains(result.Validation.Problems, p => p.Path == "$.selectionYear" && p.Code == "range");
    }

    [Fact]
    public void Validate_SupportYearsNotInitialised_IsAProblemNotAnException()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot() with { SupportYears = default };

        Assert.Equal(("$.supportYears", "required"), Rules.Validate(facts).Problems.Select(p => (p.Path, p.Code)).Single());
        Assert.False(Rules.TryEvaluate(facts, SichuanSamples.AsOf).IsValid);
    }
}
