using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

/// <summary>Every HLJ-BASE-* threshold at the boundary, one smallest unit below and one above.</summary>
public class SharedBaseBoundaryTests
{
    private static Finding Evaluate(SharedBaseApplication facts, string ruleId, DateOnly? asOf = null)
    {
        Report report = SharedBaseRuleSet.Default.Evaluate(facts, asOf ?? Samples.AsOf);
        Assert.Equal(report.Outcome is ReportOutcome.Met or ReportOutcome.MetWithWarnings, SharedBaseRuleSet.Default.IsMet(facts, asOf ?? Samples.AsOf));
        return report[ruleId];
    }

    private static SharedBaseApplication StartedOn(DateOnly start) =>
        Samples.SharedBaseMeeting() with { Operator = Samples.SharedBaseMeeting().Operator with { OperationStartDate = start } };

    [Theory]
    [InlineData("2022-01-01", Outcome.Met)]
    [InlineData("2021-12-31", Outcome.NotMet)]
    [InlineData("2022-01-02", Outcome.Met)]
    public void Operator_OneYearAfterStart_MetFromThatDay(string asOf, Outcome expected)
    {
        SharedBaseApplication facts = StartedOn(new DateOnly(2021, 1, 1));

        Finding finding = Evaluate(facts, "HLJ-BASE-OPERATOR", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, finding.Outcome);
    }

    [Theory]
    [InlineData("2021-02-28", Outcome.Met, 12)]
    [InlineData("2021-02-27", Outcome.NotMet, 11)]
    [InlineData("2021-03-01", Outcome.Met, 12)]
    public void Operator_StartOnFebruary29_OneYearEndsOnFebruary28(string asOf, Outcome expected, int months)
    {
        SharedBaseApplication facts = StartedOn(new DateOnly(2020, 2, 29));

        Finding finding = Evaluate(facts, "HLJ-BASE-OPERATOR", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(new Quantity(months, Unit.Months), finding.Measured);
    }

    [Fact]
    public void Operator_StartAfterAsOf_NotMetWithZeroMonths()
    {
        Finding finding = Evaluate(StartedOn(new DateOnly(2023, 6, 1)), "HLJ-BASE-OPERATOR", new DateOnly(2023, 3, 1));

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Equal(new Quantity(0, Unit.Months), finding.Measured);
    }

    [Fact]
    public void Operator_NotALegalEntity_NotMetEvenAfterOneYear()
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with { Operator = Samples.SharedBaseMeeting().Operator with { IsLegalEntity = false } };

        Finding finding = Evaluate(facts, "HLJ-BASE-OPERATOR");

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Contains("legal entity", finding.Explanation!.En, StringComparison.Ordinal);
        Assert.Equal(
            "Formal operation (by a legal-entity operator) 26 months meets the required at least 12 months; The operator '测试运营有限公司' is not a legal entity",
            finding.Message.En);
    }

    [Fact]
    public void Operator_NotALegalEntityAndTooShort_MessageGivesBothReasons()
    {
        SharedBaseApplication facts = StartedOn(new DateOnly(2022, 6, 1)) with { Operator = StartedOn(new DateOnly(2022, 6, 1)).Operator with { IsLegalEntity = false } };

        Finding finding = Evaluate(facts, "HLJ-BASE-OPERATOR");

        Assert.StartsWith("Formal operation (by a legal-entity operator) 9 months is below the required at least 12 months; ", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Area_Messages_StateValueAndBoundInBothLanguages()
    {
        Finding below = Evaluate(Samples.SharedBaseMeeting() with { BuildingArea = Area.FromSquareMetres(1850m) }, "HLJ-BASE-AREA");
        Finding at = Evaluate(Samples.SharedBaseMeeting(), "HLJ-BASE-AREA");

        Assert.Equal("Building area 1,850 m² is below the required at least 2,000 m²", below.Message.En);
        Assert.Equal("建筑面积 1,850 m²,低于要求的不少于 2,000 m²", below.Message.ZhCn);
        Assert.Equal("Building area 2,000 m² meets the required at least 2,000 m²", at.Message.En);
    }

    [Theory]
    [InlineData("2000", Outcome.Met)]
    [InlineData("1999.99", Outcome.NotMet)]
    [InlineData("2000.01", Outcome.Met)]
    public void Area_Boundary_AtLeast2000SquareMetres(string squareMetres, Outcome expected)
    {
        decimal m2 = decimal.Parse(squareMetres, System.Globalization.CultureInfo.InvariantCulture);
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with { BuildingArea = Area.FromSquareMetres(m2) };

        Finding finding = Evaluate(facts, "HLJ-BASE-AREA");

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(new Quantity(m2, Unit.SquareMetres), finding.Measured);
        Assert.Equal(Threshold.AtLeast(2000m, Unit.SquareMetres, "不少于"), finding.Required);
    }

    private static ImmutableArray<MonthlyOccupancy> MonthsSumming(int total, bool tenants)
    {
        // Uneven months: 11 months of total / 12 and the remainder in December, so the mean is not a whole number.
        int each = total / 12;
        return [.. Enumerable.Range(1, 12).Select(m =>
        {
            int value = m == 12 ? total - (each * 11) : each;
            return new MonthlyOccupancy { Month = new YearMonth(2022, m), Tenants = tenants ? value : 10, LiveRooms = tenants ? 10 : value };
        })];
    }

    [Theory]
    [InlineData("HLJ-BASE-TENANTS", true)]
    [InlineData("HLJ-BASE-LIVE-ROOMS", false)]
    public void MonthlyMean_Sum120_Met(string ruleId, bool tenants)
    {
        Finding finding = Evaluate(Samples.SharedBaseMeeting() with { Monthly2022 = MonthsSumming(120, tenants) }, ruleId);

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal(new Quantity(10m, Unit.Count), finding.Measured);
    }

    [Theory]
    [InlineData("HLJ-BASE-TENANTS", true)]
    [InlineData("HLJ-BASE-LIVE-ROOMS", false)]
    public void MonthlyMean_Sum119_NotMetAlthoughMeanRoundsTo10(string ruleId, bool tenants)
    {
        Finding finding = Evaluate(Samples.SharedBaseMeeting() with { Monthly2022 = MonthsSumming(119, tenants) }, ruleId);

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Equal(9.92m, finding.Measured!.Value.Value); // 119 / 12 = 9.9166…, shown rounded, decided exactly
    }

    [Theory]
    [InlineData("HLJ-BASE-TENANTS", true)]
    [InlineData("HLJ-BASE-LIVE-ROOMS", false)]
    public void MonthlyMean_Sum121_Met(string ruleId, bool tenants)
    {
        Assert.Equal(Outcome.Met, Evaluate(Samples.SharedBaseMeeting() with { Monthly2022 = MonthsSumming(121, tenants) }, ruleId).Outcome);
    }

    [Fact]
    public void MonthlyMean_ZeroMonthsBeforeOperation_CountInTheMean()
    {
        // Operation began in July: six zero months and six months of 20 give a mean of exactly 10.
        ImmutableArray<MonthlyOccupancy> months = [.. Enumerable.Range(1, 12).Select(m => new MonthlyOccupancy { Month = new YearMonth(2022, m), Tenants = m < 7 ? 0 : 20, LiveRooms = m < 7 ? 0 : 19 })];

        Report report = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting() with { Monthly2022 = months }, Samples.AsOf);

        Assert.Equal(Outcome.Met, report["HLJ-BASE-TENANTS"].Outcome);
        Assert.Equal(Outcome.NotMet, report["HLJ-BASE-LIVE-ROOMS"].Outcome);
    }

    [Theory]
    [InlineData("30000000", Outcome.Met)]
    [InlineData("29999999.99", Outcome.NotMet)]
    [InlineData("30000000.01", Outcome.Met)]
    public void Retail_Boundary_AtLeast30Million(string yuan, Outcome expected)
    {
        Money retail = Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture));

        Finding finding = Evaluate(Samples.SharedBaseMeeting() with { OnlineRetail2022 = retail }, "HLJ-BASE-RETAIL");

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(Quantity.Of(retail), finding.Measured);
    }

    [Theory]
    [InlineData("5000000", Outcome.Met)]
    [InlineData("4999999.99", Outcome.NotMet)]
    [InlineData("5000000.01", Outcome.Met)]
    public void Investment_Boundary_AtLeast5MillionSummedOverInvestments(string yuan, Outcome expected)
    {
        Money total = Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture));
        Money first = Money.FromWan(180);
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with
        {
            Investments =
            [
                new Investment { Date = new DateOnly(2020, 11, 1), Amount = first },
                new Investment { Date = new DateOnly(2022, 12, 31), Amount = total - first },
            ],
        };

        Finding finding = Evaluate(facts, "HLJ-BASE-INVESTMENT");

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(Quantity.Of(total), finding.Measured);
    }

    [Theory]
    [InlineData("2020-10-31", false)]
    [InlineData("2020-11-01", true)]
    [InlineData("2022-12-31", true)]
    [InlineData("2023-01-01", false)]
    public void Investment_OnlyInvestmentInTheWindowCounts_OthersListedAndTheApplicationStillEvaluated(string date, bool counted)
    {
        // Issue 14 item 1: ¥4,999,999.99 inside plus ¥0.01 at the given date; the rest of ①–⑨ is still evaluated.
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with
        {
            Investments =
            [
                new Investment { Date = new DateOnly(2021, 6, 1), Amount = Money.FromYuan(4_999_999.99m) },
                new Investment { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Amount = Money.FromYuan(0.01m) },
            ],
        };

        Report report = SharedBaseRuleSet.Default.Evaluate(facts, new DateOnly(2023, 3, 1));
        Finding finding = report["HLJ-BASE-INVESTMENT"];

        Assert.Equal(counted ? Outcome.Met : Outcome.NotMet, finding.Outcome);
        Assert.Equal(Quantity.Of(Money.FromYuan(counted ? 5_000_000m : 4_999_999.99m)), finding.Measured);
        Assert.Equal(Outcome.Met, report["HLJ-BASE-AREA"].Outcome);
        Assert.Equal(3, finding.Notes.Length);
        Assert.EndsWith(counted ? ": counted" : "outside 2020-11-01..2022-12-31, not counted", finding.Notes[1].En, StringComparison.Ordinal);
        Assert.StartsWith("2 investment(s) listed, " + (counted ? "2" : "1") + " dated", finding.Notes[2].En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-06-30", Outcome.Met)]
    [InlineData("2022-06-29", Outcome.NotMet)]
    public void Investment_DatedAfterTheAsOfDate_ReportedAndNotCounted(string asOf, Outcome expected)
    {
        // Issue 17: an investment dated after the as-of date is not yet known on that date.
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with
        {
            Investments =
            [
                new Investment { Date = new DateOnly(2021, 6, 1), Amount = Money.FromWan(400) },
                new Investment { Date = new DateOnly(2022, 6, 30), Amount = Money.FromWan(100) },
            ],
        };

        Finding finding = Evaluate(facts, "HLJ-BASE-INVESTMENT", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.Met, finding.Notes[1].En.EndsWith(": counted", StringComparison.Ordinal));
        Assert.Equal(expected != Outcome.Met, finding.Notes[1].En.Contains("after the as-of date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022-12-30", Outcome.NotEvaluated)] // December 2022 is not over: its count is not yet known (issue 17)
    [InlineData("2022-12-31", Outcome.Met)]
    public void MonthlyMean_MonthNotOverOnTheAsOfDate_NotYetDue(string asOf, Outcome expected)
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with { Operator = Samples.SharedBaseMeeting().Operator with { OperationStartDate = new DateOnly(2020, 1, 1) } };

        Finding finding = Evaluate(facts, "HLJ-BASE-TENANTS", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.NotEvaluated, finding.Explanation?.En.Contains("2022-12 are dated after", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Investment_None_NotMetWithZero()
    {
        Finding finding = Evaluate(Samples.SharedBaseMeeting() with { Investments = [] }, "HLJ-BASE-INVESTMENT");

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Equal(Quantity.Of(Money.Zero), finding.Measured);
    }

    [Theory]
    [InlineData(true, true, true, true, Outcome.Met)]
    [InlineData(false, true, true, true, Outcome.NotMet)]
    [InlineData(true, false, true, true, Outcome.NotMet)]
    [InlineData(true, true, false, true, Outcome.NotMet)]
    [InlineData(true, true, true, false, Outcome.NotMet)]
    public void Audit_EveryFlagRequired(bool provided, bool qualified, bool investment, bool retail, Outcome expected)
    {
        var audit = new AuditReport { Provided = provided, FirmQualified = qualified, CoversInvestment = investment, CoversOnlineRetail = retail };

        Assert.Equal(expected, Evaluate(Samples.SharedBaseMeeting() with { AuditReport = audit }, "HLJ-BASE-AUDIT").Outcome);
    }

    [Theory]
    [InlineData(true, Outcome.Met)]
    [InlineData(false, Outcome.NotMet)]
    public void Commitment_SignedRequired(bool signed, Outcome expected)
    {
        Assert.Equal(expected, Evaluate(Samples.SharedBaseMeeting() with { AuthenticityCommitmentSigned = signed }, "HLJ-BASE-COMMITMENT").Outcome);
    }

    [Theory]
    [InlineData(false, Outcome.Met)]
    [InlineData(true, Outcome.NotMet)]
    public void NoDoubleSupport_PreviouslySupported_NotMet(bool supported, Outcome expected)
    {
        Assert.Equal(expected, Evaluate(Samples.SharedBaseMeeting() with { PreviouslySupportedAsProvincialBase = supported }, "HLJ-BASE-NO-DOUBLE-SUPPORT").Outcome);
    }

    [Theory]
    [InlineData("2020-10-31", Outcome.Met)]
    [InlineData("2020-10-30", Outcome.Met)]
    [InlineData("2020-11-01", Outcome.NotMet)]
    public void RuralProject_AcceptanceOnOrBefore20201031_Met(string date, Outcome expected)
    {
        var funding = new RuralDemonstrationFunding { Funded = true, NationalAcceptanceDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, Evaluate(Samples.SharedBaseMeeting() with { RuralDemonstrationFunding = funding }, "HLJ-BASE-RURAL-PROJECT").Outcome);
    }

    [Fact]
    public void RuralProject_FundedWithoutAcceptance_NotMet()
    {
        var funding = new RuralDemonstrationFunding { Funded = true };

        Assert.Equal(Outcome.NotMet, Evaluate(Samples.SharedBaseMeeting() with { RuralDemonstrationFunding = funding }, "HLJ-BASE-RURAL-PROJECT").Outcome);
    }

    [Fact]
    public void RuralProject_NoFunding_NotApplicableAndReportMet()
    {
        Report none = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting() with { RuralDemonstrationFunding = null }, Samples.AsOf);
        Report notFunded = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting() with { RuralDemonstrationFunding = new RuralDemonstrationFunding { Funded = false } }, Samples.AsOf);

        Assert.Equal(Outcome.NotApplicable, none["HLJ-BASE-RURAL-PROJECT"].Outcome);
        Assert.Equal(Outcome.NotApplicable, notFunded["HLJ-BASE-RURAL-PROJECT"].Outcome);
        Assert.Equal(ReportOutcome.Met, none.Outcome);
    }

    [Fact]
    public void Evaluate_EveryRuleOnce_InClauseOrderWithCitations()
    {
        Report report = SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), Samples.AsOf);

        Assert.Equal(
            ["HLJ-BASE-IN-PROVINCE", "HLJ-BASE-OPERATOR", "HLJ-BASE-AREA", "HLJ-BASE-TENANTS", "HLJ-BASE-LIVE-ROOMS", "HLJ-BASE-RETAIL", "HLJ-BASE-INVESTMENT", "HLJ-BASE-AUDIT", "HLJ-BASE-COMMITMENT", "HLJ-BASE-NO-DOUBLE-SUPPORT", "HLJ-BASE-RURAL-PROJECT", "HLJ-ACT-TARGET-BLACKLIST"],
            report.Findings.Select(f => f.RuleId));
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Citation.Clause)));
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message.ZhCn) || string.IsNullOrWhiteSpace(f.Message.En)));
    }
}
