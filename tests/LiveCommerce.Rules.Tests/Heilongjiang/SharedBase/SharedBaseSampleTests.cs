using System.Text.Json;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

public class SharedBaseSampleTests
{
    [Theory]
    [InlineData("application-meets.json")]
    [InlineData("application-fails.json")]
    public void ReadFacts_ShippedSample_RoundTripsThroughTheContract(string file)
    {
        SharedBaseRuleSet.Default.ReadFacts(Repo.Sample("hlj-shared-base", file), out SharedBaseApplication? facts);
        Assert.NotNull(facts);
        byte[] written = Json.Bytes(facts);

        ValidationResult again = SharedBaseRuleSet.Default.ReadFacts(written, out SharedBaseApplication? back);

        Assert.True(again.IsValid, again.ToString());
        Assert.Equal(written, Json.Bytes(back!));
        Assert.Equal(SharedBaseRuleSet.Default.ComputeFingerprint(facts, Samples.AsOf), SharedBaseRuleSet.Default.ComputeFingerprint(back!, Samples.AsOf));
    }

    [Fact]
    public void EvaluateJson_FailingSample_FailsTheExpectedRules()
    {
        Report report = SharedBaseRuleSet.Default.EvaluateJson(Repo.Sample("hlj-shared-base", "application-fails.json"), Samples.AsOf).Report!;

        Assert.Equal(
            ["HLJ-BASE-OPERATOR", "HLJ-BASE-AREA", "HLJ-BASE-TENANTS", "HLJ-BASE-LIVE-ROOMS", "HLJ-BASE-RETAIL", "HLJ-BASE-INVESTMENT"],
            report.Findings.Where(f => f.Outcome == Outcome.NotMet).Select(f => f.RuleId));
        Assert.Equal(Outcome.NotApplicable, report["HLJ-BASE-RURAL-PROJECT"].Outcome);
    }

    [Fact]
    public void Serialize_Report_ContainsEveryFindingAndFingerprint()
    {
        Report report = SharedBaseRuleSet.Default.EvaluateJson(Repo.Sample("hlj-shared-base", "application-fails.json"), Samples.AsOf).Report!;

        using JsonDocument json = JsonDocument.Parse(LiveCommerceJson.Serialize(report));

        Assert.Equal(report.Fingerprint, json.RootElement.GetProperty("fingerprint").GetString());
        Assert.Equal(SharedBaseRuleSet.Default.Rules.Length, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal("notMet", json.RootElement.GetProperty("outcome").GetString(), ignoreCase: true);
    }
}
