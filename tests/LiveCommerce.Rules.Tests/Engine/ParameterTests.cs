using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Engine;

public class ParameterTests
{
    [Fact]
    public void Create_TighteningAreaTo2500_AcceptedAndApplied()
    {
        SharedBaseRuleSet rules = SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 2500m));
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with { BuildingArea = Area.FromSquareMetres(2499.99m) };

        Report report = rules.Evaluate(facts, Samples.AsOf);

        Assert.Equal(2500m, rules.Parameters.ValueOf("HLJ-BASE-AREA"));
        Assert.Equal(2500m, report.Parameters["HLJ-BASE-AREA"]);
        Assert.Equal(Outcome.NotMet, report["HLJ-BASE-AREA"].Outcome);
        Assert.Equal(Outcome.Met, rules.Evaluate(facts with { BuildingArea = Area.FromSquareMetres(2500m) }, Samples.AsOf)["HLJ-BASE-AREA"].Outcome);
        Assert.Equal(Outcome.Met, SharedBaseRuleSet.Default.Evaluate(facts, Samples.AsOf)["HLJ-BASE-AREA"].Outcome);
    }

    [Fact]
    public void Create_OverrideEqualToDefault_Accepted()
    {
        SharedBaseRuleSet rules = SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-RETAIL", 30_000_000m));

        Assert.Equal(30_000_000m, rules.Parameters.ValueOf("HLJ-BASE-RETAIL"));
    }

    [Fact]
    public void Create_LooseningArea_ThrowsNamingRuleAndBothValues()
    {
        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() =>
            SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 1999.99m)));

        string problem = Assert.Single(ex.Problems);
        Assert.Contains("HLJ-BASE-AREA", problem, StringComparison.Ordinal);
        Assert.Contains("1999.99", problem, StringComparison.Ordinal);
        Assert.Contains("2000", problem, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LooseningInspectionShare_Throws()
    {
        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() =>
            SharedBaseCityRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-INSPECTION", 49.99m)));

        Assert.Contains("HLJ-BASE-INSPECTION", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownKey_ThrowsNamingTheKey()
    {
        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() =>
            SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-FLOOR", 3m)));

        string problem = Assert.Single(ex.Problems);
        Assert.Contains("HLJ-BASE-FLOOR", problem, StringComparison.Ordinal);
        Assert.Contains("hlj-shared-base", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SeveralBadOverrides_ListsEveryProblemAtOnce()
    {
        ParameterSet overrides = ParameterSet.From(
        [
            KeyValuePair.Create("HLJ-BASE-AREA", 1000m),
            KeyValuePair.Create("HLJ-BASE-RETAIL", 29_999_999.99m),
            KeyValuePair.Create("NO-SUCH-KEY", 1m),
            KeyValuePair.Create("HLJ-BASE-TENANTS", 12m),
        ]);

        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() => SharedBaseRuleSet.Create(overrides));

        Assert.Equal(3, ex.Problems.Count);
        Assert.Contains(ex.Problems, p => p.Contains("HLJ-BASE-AREA", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("HLJ-BASE-RETAIL", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("NO-SUCH-KEY", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_NegativeThreshold_Rejected()
    {
        Assert.Throws<RuleConfigurationException>(() => SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-OPERATOR", -1m)));
    }

    [Fact]
    public void From_DuplicateKey_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ParameterSet.From([KeyValuePair.Create("A", 1m), KeyValuePair.Create("A", 2m)]));
    }

    [Fact]
    public void ParameterSet_EqualityIgnoresOrder()
    {
        ParameterSet a = ParameterSet.Empty.With("B", 2m).With("A", 1m);
        ParameterSet b = ParameterSet.From([KeyValuePair.Create("A", 1m), KeyValuePair.Create("B", 2m)]);

        Assert.Equal(a, b);
        Assert.NotEqual(a, b.With("B", 3m));
        Assert.Equal("A=1; B=2", a.ToString());
    }

    [Fact]
    public void Default_ParametersWithoutDefault_NotEvaluatedAndIncomplete()
    {
        SharedBaseCitySelection selection = CitySamples.Selection(
            CitySamples.Candidate("A", 90m, inspected: true),
            CitySamples.Candidate("B", 80m, inspected: true));

        Report report = SharedBaseCityRuleSet.Default.Evaluate(selection, Samples.AsOf);

        Assert.Null(SharedBaseCityRuleSet.Default.Parameters.ValueOf("HLJ-BASE-CITY-QUOTA"));
        Assert.Equal(Outcome.NotEvaluated, report["HLJ-BASE-RANKING"].Outcome);
        Assert.Contains("HLJ-BASE-CITY-QUOTA", report["HLJ-BASE-RANKING"].Explanation!.En, StringComparison.Ordinal);
        Assert.Equal(Outcome.NotEvaluated, report["HLJ-BASE-SUBSIDY-CAP"].Outcome);
        Assert.Contains("HLJ-BASE-CITY-FUNDS", report["HLJ-BASE-SUBSIDY-CAP"].Explanation!.En, StringComparison.Ordinal);
        Assert.Equal(Outcome.Met, report["HLJ-BASE-INSPECTION"].Outcome);
        Assert.Equal(ReportOutcome.Incomplete, report.Outcome);
        Assert.False(report.Parameters.ContainsKey("HLJ-BASE-CITY-QUOTA"));
    }

    [Fact]
    public void Create_QuotaOnlyWithoutFunds_SubsidyCapNamesTheFunds()
    {
        SharedBaseCityRuleSet rules = SharedBaseCityRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-CITY-QUOTA", 2m));
        SharedBaseCitySelection selection = CitySamples.Selection(CitySamples.Candidate("A", 90m, inspected: true));

        Report report = rules.Evaluate(selection, Samples.AsOf);

        Assert.Equal(Outcome.Met, report["HLJ-BASE-RANKING"].Outcome);
        Assert.Equal(Outcome.NotEvaluated, report["HLJ-BASE-SUBSIDY-CAP"].Outcome);
        Assert.Equal(ReportOutcome.Incomplete, report.Outcome);
    }

    [Fact]
    public void Default_MissingParametersButAMandatoryFailure_NotMet()
    {
        SharedBaseCitySelection selection = CitySamples.Selection(
            CitySamples.Candidate("A", 90m, inspected: false),
            CitySamples.Candidate("B", 80m, inspected: false));

        Assert.Equal(ReportOutcome.NotMet, SharedBaseCityRuleSet.Default.Evaluate(selection, Samples.AsOf).Outcome);
    }

    [Theory]
    [InlineData("HLJ-BASE-CITY-QUOTA", 0)]
    [InlineData("HLJ-BASE-CITY-QUOTA", -3)]
    [InlineData("HLJ-BASE-CITY-FUNDS", -0.01)]
    public void Create_ValueParameterBelowMinimum_Rejected(string key, double value)
    {
        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() =>
            SharedBaseCityRuleSet.Create(ParameterSet.Empty.With(key, (decimal)value)));

        Assert.Contains(key, Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HLJ-BASE-CITY-QUOTA", "1.5")]
    [InlineData("HLJ-BASE-CITY-QUOTA", "3000000000")]
    [InlineData("HLJ-BASE-CITY-FUNDS", "1000000.001")]
    [InlineData("HLJ-BASE-CITY-FUNDS", "1E+20")]
    public void Create_ValueParameterNotRepresentable_RejectedAsConfigurationProblem(string key, string value)
    {
        decimal d = decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() => SharedBaseCityRuleSet.Create(ParameterSet.Empty.With(key, d)));

        Assert.Contains(key, Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HLJ-BASE-RETAIL", "1E+16")]
    [InlineData("HLJ-BASE-RETAIL", "30000000.001")]
    [InlineData("HLJ-BASE-TENANTS", "1E+28")]
    [InlineData("HLJ-BASE-AREA", "1E+20")]
    public void Create_ThresholdOverrideBeyondTheUnitsRange_RejectedAsConfigurationProblem(string key, string value)
    {
        decimal d = decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(() => SharedBaseRuleSet.Create(ParameterSet.Empty.With(key, d)));

        Assert.Contains(key, Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InspectionBeyondPercentRange_RejectedAsConfigurationProblem()
    {
        Assert.Throws<RuleConfigurationException>(() => SharedBaseCityRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-INSPECTION", 2_000_000m)));
    }

    [Fact]
    public void WithParameters_ReturnsRuleSetWithOverrides()
    {
        RuleSet rules = SharedBaseRuleSet.Default.WithParameters(ParameterSet.Empty.With("HLJ-BASE-INVESTMENT", 6_000_000m));

        Assert.Equal(6_000_000m, rules.Parameters.ValueOf("HLJ-BASE-INVESTMENT"));
        Assert.Equal(ParameterSet.Empty.With("HLJ-BASE-INVESTMENT", 6_000_000m), rules.Parameters.Overrides);
        Assert.Same(SharedBaseRuleSet.Default, SharedBaseRuleSet.Create(ParameterSet.Empty));
    }

    [Theory]
    [InlineData("HLJ-BASE-OPERATOR", "24.4", "Months")] // a threshold in whole months
    [InlineData("HLJ-BASE-TENANTS", "10.5", "Count")]   // a threshold in whole things
    public void Create_FractionOfAWholeNumberThresholdFromCode_IsRefused(string key, string value, string unit)
    {
        // Issue 17: configuration, --param and the options refused it; the code API kept the fraction and showed it rounded.
        RuleConfigurationException ex = Assert.Throws<RuleConfigurationException>(
            () => SharedBaseRuleSet.Create(ParameterSet.Empty.With(key, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal($"Rule {key}: parameter {key} = {value} is not a whole number of {unit}.", Assert.Single(ex.Problems));
    }
}
