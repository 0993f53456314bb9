using System.Globalization;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Engine;

/// <summary>Reports and validation messages never depend on the machine's culture.</summary>
public class CultureTests
{
    private static string[] Outputs()
    {
        JsonObject bad = Json.MeetingSample();
        bad["baseName"] = new string('x', 10_001);
        bad["buildingArea"] = -1;
        string tooMany = "{\"city\":\"x\",\"applicants\":[" + string.Join(",", Enumerable.Repeat("null", 100_001)) + "]}";
        SharedBaseCityRuleSet city = SharedBaseCityRuleSet.ForCity(3, Money.FromWan(1000));
        SharedBaseCitySelection selection = CitySamples.Selection(
            CitySamples.Candidate("A", 1234.5m - 400m, accepted: true, subsidy: Money.FromYuan(3_333_333.33m)),
            CitySamples.Candidate("B", 834.5m, accepted: true, subsidy: Money.FromYuan(3_333_333.34m)),
            CitySamples.Candidate("C", 12.25m));

        return
        [
            LiveCommerceJson.Serialize(SharedBaseRuleSet.Default.EvaluateJson(Repo.Sample("hlj-shared-base", "application-fails.json"), new DateOnly(2023, 7, 1)).Report!),
            LiveCommerceJson.Serialize(SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting(), Samples.AsOf)),
            LiveCommerceJson.Serialize(city.Evaluate(selection, new DateOnly(2023, 7, 1))),
            LiveCommerceJson.Serialize(SharedBaseRuleSet.Default.ValidateJson(Json.Bytes(bad))),
            LiveCommerceJson.Serialize(SharedBaseCityRuleSet.Default.ValidateJson(Json.Bytes(tooMany))),
            string.Join("\n", Assert.Throws<RuleConfigurationException>(() => SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-RETAIL", 1234567.5m))).Problems),
        ];
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void Outputs_OtherCurrentCulture_SameAsInvariant(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        string[] invariant;
        string[] other;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = Outputs();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            other = Outputs();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }

        Assert.Equal(invariant.Length, other.Length);
        for (int i = 0; i < invariant.Length; i++)
        {
            Assert.Equal(invariant[i], other[i]);
        }

        Assert.Contains("100,000", invariant[4], StringComparison.Ordinal);
    }
}
