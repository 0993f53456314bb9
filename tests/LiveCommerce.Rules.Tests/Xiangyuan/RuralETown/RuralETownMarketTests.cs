using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

public class RuralETownMarketTests
{
    private static RuralETownProject WithYears(decimal baseline, params MarketYear[] years)
    {
        RuralETownProject p = XiangyuanSamples.AtBoundary();
        return p with { Market = new MarketIndicators { BaselineOnlineRetail = Money.FromYuan(baseline), Years = [.. years] } };
    }

    [Theory]
    [InlineData("30000000.00", Outcome.Met)]
    [InlineData("29999999.99", Outcome.NotMet)]
    [InlineData("30000000.01", Outcome.Met)]
    public void Evaluate_RetailAroundThirtyMillion_ComparedToTheFen(string retail2023, Outcome expected)
    {
        decimal r = decimal.Parse(retail2023, System.Globalization.CultureInfo.InvariantCulture);
        RuralETownProject p = WithYears(20_000_000m, XiangyuanSamples.Year(2023, r, 151, 10, 6), XiangyuanSamples.Year(2024, 40_000_000m, 151, 10, 6));

        Assert.Equal(expected, Evaluate.Outcome(p, "XY-9-1-RETAIL"));
    }

    [Theory]
    [InlineData("33000000.00", Outcome.Met)]      // exactly 10%
    [InlineData("32999999.99", Outcome.NotMet)]   // a fen short of 10%
    [InlineData("33000000.01", Outcome.Met)]
    public void Evaluate_GrowthAroundTenPercent_DecidedExactly(string retail2024, Outcome expected)
    {
        decimal r = decimal.Parse(retail2024, System.Globalization.CultureInfo.InvariantCulture);
        RuralETownProject p = WithYears(27_000_000m, XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 6), XiangyuanSamples.Year(2024, r, 151, 10, 6));

        Assert.Equal(expected, Evaluate.Outcome(p, "XY-9-1-RETAIL"));
    }

    [Fact]
    public void Evaluate_FirstYearGrowth_MeasuredAgainstTheBaseline()
    {
        // 30,000,000 over a baseline of 27,272,727.28 is 9.99999…%: not 10%.
        RuralETownProject p = WithYears(27_272_727.28m, XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 6), XiangyuanSamples.Year(2024, 33_000_000m, 151, 10, 6));

        Finding f = Evaluate.Project(p)["XY-9-1-RETAIL"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2023 年同比增长率", f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DueYearWithoutFigures_NotMet()
    {
        RuralETownProject p = WithYears(27_000_000m, XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 6));

        Finding f = Evaluate.Project(p)["XY-9-3-EMPLOYMENT"];

        Assert.Equal(Outcome.NotMet, f.Outcome);
        Assert.Contains("2024 年:未填报", f.Message.ZhCn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 6, Outcome.Met)]      // 6 of 10 = 60%
    [InlineData(10, 5, Outcome.NotMet)]   // 5 of 10 = 50%
    [InlineData(10, 7, Outcome.Met)]
    [InlineData(9, 9, Outcome.NotMet)]    // 9 entities < 10
    [InlineData(11, 7, Outcome.Met)]      // 7 of 11 = 63.6%
    [InlineData(11, 6, Outcome.NotMet)]   // 6 of 11 = 54.5%
    [InlineData(0, 0, Outcome.NotMet)]
    public void Evaluate_NewEntitiesAndEcommerceShare_ExactRatio(int entities, int ecommerce, Outcome expected)
    {
        RuralETownProject p = WithYears(27_000_000m, XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 6), XiangyuanSamples.Year(2024, 33_000_000m, 151, entities, ecommerce));

        Assert.Equal(expected, Evaluate.Outcome(p, "XY-9-2-NEW-ENTITIES"));
    }

    [Fact]
    public void Evaluate_ProjectTownMissingFromAYear_NotMet()
    {
        MarketYear other = XiangyuanSamples.Year(2024, 33_000_000m, 151, 10, 6) with { Towns = [new TownEntities { Town = "夏店镇", NewLegalEntities = 12, NewEcommerceEntities = 8 }] };
        RuralETownProject p = WithYears(27_000_000m, XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 6), other);

        Assert.Equal(Outcome.NotMet, Evaluate.Outcome(p, "XY-9-2-NEW-ENTITIES"));
    }

    [Theory]
    [InlineData(150, Outcome.NotMet)]
    [InlineData(151, Outcome.Met)]
    [InlineData(152, Outcome.Met)]
    public void Evaluate_NewEmployment_StrictlyMoreThan150(int jobs, Outcome expected)
    {
        RuralETownProject p = WithYears(27_000_000m, XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 6), XiangyuanSamples.Year(2024, 33_000_000m, jobs, 10, 6));

        Assert.Equal(expected, Evaluate.Outcome(p, "XY-9-3-EMPLOYMENT"));
    }

    [Fact]
    public void Validate_ZeroBaseline_ReportsZeroBaseNotADivisionError()
    {
        RuralETownProject p = WithYears(0m, XiangyuanSamples.Year(2023, 30_000_000m, 151, 10, 6));

        ValidationProblem problem = Assert.Single(RuralETownRuleSet.Default.Validate(p).Problems);

        Assert.Equal(("$.market.baselineOnlineRetail", "zero-base"), (problem.Path, problem.Code));
    }

    [Fact]
    public void Validate_ZeroYearFollowedByAnother_ReportsZeroBaseAtThatYear()
    {
        RuralETownProject p = WithYears(27_000_000m, XiangyuanSamples.Year(2023, 0m, 151, 10, 6), XiangyuanSamples.Year(2024, 33_000_000m, 151, 10, 6));

        ValidationProblem problem = Assert.Single(RuralETownRuleSet.Default.Validate(p).Problems);

        Assert.Equal(("$.market.years[0].onlineRetail", "zero-base"), (problem.Path, problem.Code));
    }
}
