using System.Text;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

public class ValidationTests
{
    [Fact]
    public void EvaluateJson_NegativeSalesAndRetail_ReportsEachPath()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"applicantName":"甲","year":2023,"annualSales":-1,"onlineRetailOfGoods":-0.01,"aboveDesignatedSizeInStatistics":true,"crossBorder":false,"priorAwards":[]}""");

        EvaluationResult result = SupportRuleSet.Default.EvaluateJson(json, GuizhouFacts.AsOf);

        Assert.False(result.IsValid);
        Assert.Equal(["$.annualSales negative", "$.onlineRetailOfGoods negative"], GuizhouFacts.Problems(result.Validation));
    }

    [Fact]
    public void Validate_NegativeSalesInCode_ReportsThePath()
    {
        SupportClaim claim = GuizhouFacts.Claim(sales: 1m) with { AnnualSales = -Money.FromYuan(1m) };

        Assert.Equal(["$.annualSales negative"], GuizhouFacts.Problems(SupportRuleSet.Default.Validate(claim)));
        Assert.Throws<FactsValidationException>(() => SupportRuleSet.Default.Evaluate(claim, GuizhouFacts.AsOf));
    }

    [Fact]
    public void EvaluateJson_UnknownCategoryAndYearBefore2023_ReportsEachPath()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"applicantName":"甲","year":2022,"recognisedCategory":"factory","aboveDesignatedSizeInStatistics":true,"crossBorder":false,"priorAwards":[]}""");

        ValidationResult result = SupportRuleSet.Default.ValidateJson(json);

        Assert.Equal(["$.recognisedCategory unknown-value"], GuizhouFacts.Problems(result));
    }

    [Fact]
    public void Validate_YearBefore2023AndUndefinedCategoryInCode_ReportsEachPath()
    {
        SupportClaim claim = GuizhouFacts.Claim() with { Year = 2022, RecognisedCategory = (DemonstrationCategory)42 };

        Assert.Equal(["$.year year-before-programme", "$.recognisedCategory unknown-category"], GuizhouFacts.Problems(SupportRuleSet.Default.Validate(claim)));
    }

    [Fact]
    public void EvaluateJson_DemonstrationProjectWithEveryKindOfProblem_ReportsEachPath()
    {
        byte[] json = Encoding.UTF8.GetBytes("""
            {
              "projectName": "乙", "operatorName": " ", "city": "贵阳市", "category": "park",
              "application": { "year": 2022, "indicators": [ { "indicator": "tenants", "value": -3 }, { "indicator": "tenants", "value": 3 } ], "attachmentsFiled": [] },
              "priorApplications": [ { "year": 2021, "category": "park" } ],
              "recognition": { "recognisedOn": "2022-12-31" },
              "annualReports": [
                { "year": 2023, "submittedOn": "2023-12-01", "indicators": [] },
                { "year": 2023, "submittedOn": "2022-12-01", "indicators": [] }
              ]
            }
            """);

        ValidationResult result = DemonstrationRuleSet.Default.ValidateJson(json);

        Assert.Equal(
            [
                "$.operatorName blank",
                "$.application.year year-before-programme",
                "$.application.indicators[0].value negative",
                "$.application.indicators[1].indicator duplicate",
                "$.priorApplications[0].year year-before-programme",
                "$.recognition.recognisedOn year-before-programme",
                "$.annualReports[1].year duplicate",
                "$.annualReports[1].submittedOn inconsistent",
            ],
            GuizhouFacts.Problems(result));
    }

    [Fact]
    public void EvaluateJson_UnknownDemonstrationCategory_ReportsThePath()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"projectName":"乙","operatorName":"丙","city":"贵阳市","category":"mall","priorApplications":[],"annualReports":[]}""");

        EvaluationResult result = DemonstrationRuleSet.Default.EvaluateJson(json, GuizhouFacts.AsOf);

        Assert.Equal(["$.category unknown-value"], GuizhouFacts.Problems(result.Validation));
    }

    [Fact]
    public void Validate_IndicatorBeyondMoneyRange_RangeProblemSoEvaluationCannotThrow()
    {
        DemonstrationProject project = GuizhouFacts.Applicant(Money.MaxYuan + 0.01m);

        Assert.Equal(["$.application.indicators[0].value range"], GuizhouFacts.Problems(DemonstrationRuleSet.Default.Validate(project)));
        Assert.True(DemonstrationRuleSet.Default.Validate(GuizhouFacts.Applicant(Money.MaxYuan)).IsValid);
    }

    [Fact]
    public void Validate_AnnualReportsWithoutRecognition_Inconsistent()
    {
        DemonstrationProject project = GuizhouFacts.Applicant() with { AnnualReports = [GuizhouFacts.Report(2024, new DateOnly(2024, 12, 1))] };

        Assert.Equal(["$.annualReports inconsistent"], GuizhouFacts.Problems(DemonstrationRuleSet.Default.Validate(project)));
    }
}
