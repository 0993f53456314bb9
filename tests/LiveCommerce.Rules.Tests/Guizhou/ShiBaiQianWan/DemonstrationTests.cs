using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

public class DemonstrationTests
{
    private static readonly DemonstrationRuleSet WithCriteria = DemonstrationRuleSet.Create(GuizhouFacts.Criteria());

    [Fact]
    public void Evaluate_NoCriteriaConfigured_NotEvaluatedNamingTheConfigurationAndIncomplete()
    {
        Report report = DemonstrationRuleSet.Default.Evaluate(GuizhouFacts.Applicant(), GuizhouFacts.AsOf);

        Finding finding = report["GZ-DEMO-CRITERIA"];
        Assert.Equal(Outcome.NotEvaluated, finding.Outcome);
        Assert.Contains("GZ-DEMO-CRITERIA", finding.Message.En, StringComparison.Ordinal);
        Assert.Equal(ReportOutcome.Incomplete, report.Outcome);
        Assert.False(DemonstrationRuleSet.Default.IsMet(GuizhouFacts.Applicant(), GuizhouFacts.AsOf));
        Assert.True(WithCriteria.IsMet(GuizhouFacts.Applicant(), GuizhouFacts.AsOf));
    }

    [Fact]
    public void Evaluate_CategoryNotInConfiguration_NotEvaluatedNamingTheCategory()
    {
        DemonstrationProject park = GuizhouFacts.Applicant() with { Category = DemonstrationCategory.Park };

        Report report = WithCriteria.Evaluate(park, GuizhouFacts.AsOf);

        Assert.Equal(Outcome.NotEvaluated, report["GZ-DEMO-CRITERIA"].Outcome);
        Assert.Contains("park", report["GZ-DEMO-CRITERIA"].Message.En, StringComparison.Ordinal);
        Assert.Equal(ReportOutcome.Incomplete, report.Outcome);
    }

    [Theory]
    [InlineData(19_999_999.99, Outcome.NotMet)]
    [InlineData(20_000_000.00, Outcome.Met)]
    [InlineData(20_000_000.01, Outcome.Met)]
    public void Evaluate_IndicatorAtConfiguredBoundary_HeldToTheConfiguredComparison(double retail, Outcome expected)
    {
        Report report = WithCriteria.Evaluate(GuizhouFacts.Applicant((decimal)retail), GuizhouFacts.AsOf);

        Assert.Equal(expected, report["GZ-DEMO-CRITERIA"].Outcome);
    }

    [Fact]
    public void Evaluate_IndicatorNotReported_NotMetNamingIt()
    {
        DemonstrationProject project = GuizhouFacts.Applicant() with { Application = GuizhouFacts.Applicant().Application! with { Indicators = [] } };

        Finding finding = WithCriteria.Evaluate(project, GuizhouFacts.AsOf)["GZ-DEMO-CRITERIA"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Contains(finding.Notes, n => n.En.Contains("onlineRetail", StringComparison.Ordinal) && n.En.Contains("not reported", StringComparison.Ordinal));
    }

    [Fact]
    public void Fingerprint_DifferentCriteria_Differ()
    {
        DemonstrationProject project = GuizhouFacts.Applicant();

        string none = DemonstrationRuleSet.Default.Evaluate(project, GuizhouFacts.AsOf).Fingerprint;
        string a = WithCriteria.Evaluate(project, GuizhouFacts.AsOf).Fingerprint;
        string b = DemonstrationRuleSet.Create(GuizhouFacts.Criteria(20_000_000.01m)).Evaluate(project, GuizhouFacts.AsOf).Fingerprint;
        string again = DemonstrationRuleSet.Create(GuizhouFacts.Criteria()).Evaluate(project, GuizhouFacts.AsOf).Fingerprint;

        Assert.Equal(3, new[] { none, a, b }.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(a, again);
    }

    [Fact]
    public void Fingerprint_NoConfiguration_SameAsThePublicComputeFromParts()
    {
        DemonstrationProject project = GuizhouFacts.Applicant();
        byte[] facts = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(project, LiveCommerce.Rules.Serialization.JsonContext.Default.DemonstrationProject);
        DemonstrationRuleSet none = DemonstrationRuleSet.Default;

        string expected = LiveCommerce.Rules.Serialization.Fingerprint.Compute(none.Id, none.Version, GuizhouFacts.AsOf, none.Parameters.InForce(), facts);

        Assert.Equal(expected, none.Evaluate(project, GuizhouFacts.AsOf).Fingerprint);
        Assert.NotEqual(expected, WithCriteria.Evaluate(project, GuizhouFacts.AsOf).Fingerprint);
    }

    [Fact]
    public void Create_InvalidCriteria_RejectedWithEveryProblem()
    {
        DemonstrationCriteria bad = GuizhouFacts.Criteria() with
        {
            Id = " ",
            Categories =
            [
                new CategoryCriteria { Category = DemonstrationCategory.Enterprise, Criteria = [] },
                new CategoryCriteria { Category = DemonstrationCategory.Enterprise, Criteria = GuizhouFacts.Criteria().Categories[0].Criteria },
                new CategoryCriteria { Category = (DemonstrationCategory)9, Criteria = [GuizhouFacts.Criteria().Categories[0].Criteria[0] with { Value = -1m }] },
            ],
        };

        var ex = Assert.Throws<RuleConfigurationException>(() => DemonstrationRuleSet.Create(bad));

        Assert.Equal(
            ["$.id [blank]", "$.categories[0].criteria [empty]", "$.categories[1].category [duplicate]", "$.categories[2].category [unknown-category]", "$.categories[2].criteria[0].value [negative]"],
            GuizhouFacts.Problems(bad.Validate()).Select(p => p.Replace(" ", " [", StringComparison.Ordinal) + "]"));
        Assert.Equal(5, ex.Problems.Count);
    }

    [Fact]
    public void Read_CriteriaWithUnknownCategoryName_ReportsThePath()
    {
        byte[] json = """{"id":"x","source":"y","categories":[{"category":"factory","criteria":[]}]}"""u8.ToArray();

        ValidationResult result = DemonstrationCriteria.Read(json, out DemonstrationCriteria? criteria);

        Assert.Null(criteria);
        Assert.Equal(["$.categories[0].category unknown-value"], GuizhouFacts.Problems(result));
    }

    [Fact]
    public void Evaluate_SecondApplicationSameYearAndCategory_RefusedWithReason()
    {
        DemonstrationProject project = GuizhouFacts.Applicant() with { PriorApplications = [new PriorApplication { Year = 2024, Category = DemonstrationCategory.Enterprise }] };

        Finding finding = WithCriteria.Evaluate(project, GuizhouFacts.AsOf)["GZ-DEMO-ANNUAL"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Contains("once a year", finding.Message.En, StringComparison.Ordinal);
        Assert.False(WithCriteria.IsMet(project, GuizhouFacts.AsOf));
    }

    [Theory]
    [InlineData(2023, DemonstrationCategory.Enterprise)]
    [InlineData(2024, DemonstrationCategory.Park)]
    public void Evaluate_EarlierYearOrOtherCategory_Accepted(int year, DemonstrationCategory category)
    {
        DemonstrationProject project = GuizhouFacts.Applicant() with { PriorApplications = [new PriorApplication { Year = year, Category = category }] };

        Assert.Equal(Outcome.Met, WithCriteria.Evaluate(project, GuizhouFacts.AsOf)["GZ-DEMO-ANNUAL"].Outcome);
    }

    [Theory]
    [InlineData("2023-12-10", "2023-12-10", Outcome.Met)]
    [InlineData("2023-12-11", "2023-12-10", Outcome.Met)]
    [InlineData("2023-12-11", "2023-12-11", Outcome.NotMet)]
    [InlineData("2023-12-10", null, Outcome.Met)]
    [InlineData("2023-12-11", null, Outcome.NotMet)]
    public void Evaluate_AnnualReportAroundTenDecember_LateOnlyAfterTheDueDate(string asOf, string? submitted, Outcome expected)
    {
        AnnualDataReport[] reports = submitted is null ? [] : [GuizhouFacts.Report(2023, DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture))];
        DemonstrationProject project = GuizhouFacts.Recognised(new DateOnly(2023, 6, 1), reports);

        Finding finding = WithCriteria.Evaluate(project, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))["GZ-DEMO-REPORTING"];

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Evaluate_ReportMissingAfterDueDate_Flagged()
    {
        DemonstrationProject project = GuizhouFacts.Recognised(new DateOnly(2023, 6, 1), GuizhouFacts.Report(2023, new DateOnly(2023, 12, 1)));

        Finding finding = WithCriteria.Evaluate(project, new DateOnly(2024, 12, 11))["GZ-DEMO-REPORTING"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Contains(finding.Notes, n => n.En.Contains("2024 data not submitted", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_RecognisedAfterTenDecember_FirstReportIsNextYears()
    {
        DemonstrationProject project = GuizhouFacts.Recognised(new DateOnly(2023, 12, 20));

        Assert.Equal(Outcome.Met, WithCriteria.Evaluate(project, new DateOnly(2024, 6, 30))["GZ-DEMO-REPORTING"].Outcome);
        Assert.Equal(Outcome.NotMet, WithCriteria.Evaluate(project, new DateOnly(2024, 12, 11))["GZ-DEMO-REPORTING"].Outcome);
    }

    [Theory]
    [InlineData(19_999_999.99, Outcome.NotMet)]
    [InlineData(20_000_000.00, Outcome.Met)]
    public void Evaluate_LatestAnnualData_RevocationWhenNoLongerMeetingCriteria(double latestRetail, Outcome expected)
    {
        DemonstrationProject project = GuizhouFacts.Recognised(
            new DateOnly(2023, 6, 1),
            GuizhouFacts.Report(2023, new DateOnly(2023, 12, 1), 30_000_000m),
            GuizhouFacts.Report(2024, new DateOnly(2024, 12, 1), (decimal)latestRetail));

        Finding finding = WithCriteria.Evaluate(project, GuizhouFacts.AsOf)["GZ-DEMO-REVOCATION"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.NotMet, finding.Message.En.Contains("to be revoked", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_RevocationWithoutCriteria_NotEvaluatedAndIncomplete()
    {
        DemonstrationProject project = GuizhouFacts.Recognised(new DateOnly(2023, 6, 1), GuizhouFacts.Report(2023, new DateOnly(2023, 12, 1)));

        Report report = DemonstrationRuleSet.Default.Evaluate(project, new DateOnly(2024, 6, 30));

        Assert.Equal(Outcome.Met, report["GZ-DEMO-REPORTING"].Outcome);
        Assert.Equal(Outcome.NotEvaluated, report["GZ-DEMO-REVOCATION"].Outcome);
        Assert.Equal(ReportOutcome.Incomplete, report.Outcome);
    }

    [Fact]
    public void Evaluate_ExampleCriteria_NotesSayItIsAnExample()
    {
        DemonstrationRuleSet ruleSet = DemonstrationRuleSet.Create(GuizhouFacts.ExampleCriteria());

        Finding finding = ruleSet.Evaluate(GuizhouFacts.Applicant(), GuizhouFacts.AsOf)["GZ-DEMO-CRITERIA"];

        Assert.Contains(finding.Notes, n => n.En.Contains("EXAMPLE", StringComparison.Ordinal));
    }
}
