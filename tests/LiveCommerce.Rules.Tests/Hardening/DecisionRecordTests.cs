using System.Text;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Hardening;

/// <summary>A stored decision re-verifies against the catalog; any tampering is detected.</summary>
public sealed class DecisionRecordTests
{
    private static readonly DateOnly AsOf = new(2023, 3, 1);

    public static TheoryData<string, string> EverySample()
    {
        var data = new TheoryData<string, string>();
        foreach (RuleSet rules in RuleCatalog.Default.RuleSets)
        {
            foreach (string file in CatalogFuzzTests.SampleFiles(rules.Id))
            {
                data.Add(rules.Id, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySample))]
    public void Verify_RecordOfEveryShippedSampleAfterJsonRoundTrip_Verified(string ruleSetId, string file)
    {
        DecisionRecord record = Record(RuleCatalog.Default, ruleSetId, file);

        DecisionRecord stored = DecisionRecord.Parse(record.ToJson());

        Assert.Equal(record.Fingerprint, stored.Fingerprint);
        Assert.Equal(record.Outcome, stored.Outcome);
        Assert.Equal(record.Parameters, stored.Parameters);
        Assert.Equal(DecisionRecordStatus.Verified, stored.Verify(RuleCatalog.Default));
    }

    [Fact]
    public void Verify_RecordUnderStricterCityParameters_VerifiedWithTheRecordedParameters()
    {
        RuleCatalog city = RuleCatalog.Create(new Dictionary<string, ParameterSet> { ["hlj-shared-base"] = ParameterSet.Empty.With("HLJ-BASE-AREA", 2500m) });
        DecisionRecord record = Record(city, "hlj-shared-base", "application-meets.json");

        // The default catalog re-runs it with the recorded (stricter) parameters, so the decision reproduces.
        Assert.Equal(ReportOutcome.NotMet, record.Outcome);
        Assert.Equal(DecisionRecordStatus.Verified, DecisionRecord.Parse(record.ToJson()).Verify(RuleCatalog.Default));
    }

    [Theory]
    [InlineData("facts", DecisionRecordStatus.FingerprintMismatch)]
    [InlineData("parameter", DecisionRecordStatus.FingerprintMismatch)]
    [InlineData("looser-parameter-and-fingerprint", DecisionRecordStatus.ParametersRejected)]
    [InlineData("fingerprint", DecisionRecordStatus.FingerprintMismatch)]
    [InlineData("asOf", DecisionRecordStatus.FingerprintMismatch)]
    [InlineData("outcome", DecisionRecordStatus.OutcomeMismatch)]
    [InlineData("version", DecisionRecordStatus.UnknownVersion)]
    [InlineData("ruleSet", DecisionRecordStatus.UnknownRuleSet)]
    public void Verify_TamperedRecord_Detected(string tamper, DecisionRecordStatus expected)
    {
        DecisionRecord record = Record(RuleCatalog.Default, "hlj-shared-base", "application-meets.json");
        JsonNode json = JsonNode.Parse(record.ToJson())!;
        switch (tamper)
        {
            case "facts":
                json["facts"]!["buildingArea"] = json["facts"]!["buildingArea"]!.GetValue<decimal>() + 0.01m;
                break;
            case "parameter":
                json["parameters"]!["HLJ-BASE-AREA"] = 2000.01m;
                break;
            case "looser-parameter-and-fingerprint":
                // Whoever rewrites the parameters and recomputes the fingerprint still cannot loosen a standard.
                json["parameters"]!["HLJ-BASE-AREA"] = 1000m;
                json["fingerprint"] = LiveCommerce.Rules.Serialization.Fingerprint.Compute(
                    record.RuleSetId, record.RuleSetVersion, record.AsOf, record.Parameters.SetItem("HLJ-BASE-AREA", 1000m), Encoding.UTF8.GetBytes(record.Facts));
                break;
            case "fingerprint":
                json["fingerprint"] = new string('0', 64);
                break;
            case "asOf":
                json["asOf"] = "2023-03-02";
                break;
            case "outcome":
                json["outcome"] = nameof(ReportOutcome.NotMet);
                break;
            case "version":
                json["version"] = "0.0.0-forged";
                break;
            case "ruleSet":
                json["ruleSet"] = "no-such-programme";
                break;
        }

        DecisionRecord tampered = DecisionRecord.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.Equal(expected, tampered.Verify(RuleCatalog.Default));
    }

    [Fact]
    public void Verify_FactsReorderedAndReformatted_StillVerified()
    {
        DecisionRecord record = Record(RuleCatalog.Default, "hlj-shared-base", "application-meets.json");
        JsonNode json = JsonNode.Parse(record.ToJson())!;
        var reordered = new JsonObject();
        foreach ((string key, JsonNode? value) in json["facts"]!.AsObject().Reverse().ToList())
        {
            reordered[key] = value?.DeepClone();
        }

        json["facts"] = reordered;

        Assert.Equal(DecisionRecordStatus.Verified, DecisionRecord.Parse(Encoding.UTF8.GetBytes(json.ToJsonString())).Verify(RuleCatalog.Default));
    }

    [Fact]
    public void Create_FactsOfAnotherReport_ThrowsArgumentException()
    {
        RuleSet rules = RuleCatalog.Default["hlj-shared-base"];
        Report report = rules.EvaluateJson(Repo.Sample("hlj-shared-base", "application-meets.json"), AsOf).Report!;

        Assert.Throws<ArgumentException>(() => DecisionRecord.Create(report, Repo.Sample("hlj-shared-base", "application-fails.json")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"format\":\"other\"}")]
    [InlineData("{\"format\":\"lcr-decision-record/1\",\"ruleSet\":\"hlj-shared-base\"}")]
    public void Parse_NotARecord_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => DecisionRecord.Parse(Encoding.UTF8.GetBytes(text)));
    }

    private static DecisionRecord Record(RuleCatalog catalog, string ruleSetId, string file)
    {
        byte[] facts = Repo.Sample(ruleSetId, file);
        Report report = catalog[ruleSetId].EvaluateJson(facts, AsOf).Report!;
        return DecisionRecord.Create(report, facts);
    }
}
