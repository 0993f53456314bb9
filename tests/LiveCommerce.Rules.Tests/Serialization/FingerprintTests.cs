using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Serialization;

public class FingerprintTests
{
    private static string FingerprintOf(SharedBaseApplication facts) => SharedBaseRuleSet.Default.Evaluate(facts, Samples.AsOf).Fingerprint;

    [Property]
    public Property EvaluateJson_ShuffledPropertyOrder_SameFingerprint()
    {
        Gen<(SharedBaseApplication App, int Seed)> gen = Generators.Application().Zip(Gen.Choose(0, int.MaxValue));

        return Prop.ForAll(Arb.From(gen), c =>
        {
            JsonNode shuffled = Json.Shuffle(JsonNode.Parse(Json.Bytes(c.App)), new Random(c.Seed))!;
            EvaluationResult result = SharedBaseRuleSet.Default.EvaluateJson(Json.Bytes(shuffled), Samples.AsOf);
            return result.IsValid && result.Report!.Fingerprint == FingerprintOf(c.App);
        });
    }

    /// <summary>One-fact changes, each to a different valid application.</summary>
    private static readonly Func<SharedBaseApplication, SharedBaseApplication>[] Mutations =
    [
        a => a with { BaseName = a.BaseName + "二" },
        a => a with { City = a.City == "大庆市" ? "哈尔滨市" : "大庆市" },
        a => a with { Operator = a.Operator with { Name = a.Operator.Name + "!" } },
        a => a with { Operator = a.Operator with { IsLegalEntity = !a.Operator.IsLegalEntity } },
        a => a with { Operator = a.Operator with { OperationStartDate = a.Operator.OperationStartDate.AddDays(1) } },
        a => a with { BuildingArea = Area.FromSquareMetres(a.BuildingArea.SquareMetres + 0.01m) },
        a => a with { Monthly2022 = a.Monthly2022.SetItem(5, a.Monthly2022[5] with { Tenants = a.Monthly2022[5].Tenants + 1 }) },
        a => a with { Monthly2022 = a.Monthly2022.SetItem(0, a.Monthly2022[0] with { LiveRooms = a.Monthly2022[0].LiveRooms + 1 }) },
        a => a with { OnlineRetail2022 = a.OnlineRetail2022 + Money.FromFen(1) },
        a => a with { Investments = a.Investments.Add(new Investment { Date = new DateOnly(2021, 1, 1), Amount = Money.Zero }) },
        a => a with { AuditReport = a.AuditReport with { Provided = !a.AuditReport.Provided } },
        a => a with { AuditReport = a.AuditReport with { CoversOnlineRetail = !a.AuditReport.CoversOnlineRetail } },
        a => a with { AuthenticityCommitmentSigned = !a.AuthenticityCommitmentSigned },
        a => a with { PreviouslySupportedAsProvincialBase = !a.PreviouslySupportedAsProvincialBase },
        a => a with { RuralDemonstrationFunding = a.RuralDemonstrationFunding is null ? new RuralDemonstrationFunding { Funded = false } : null },
    ];

    [Property]
    public Property Evaluate_AnyOneFactChanged_DifferentFingerprint()
    {
        Gen<(SharedBaseApplication App, int Mutation)> gen = Generators.Application().Zip(Gen.Choose(0, Mutations.Length - 1));

        return Prop.ForAll(Arb.From(gen), c => FingerprintOf(c.App) != FingerprintOf(Mutations[c.Mutation](c.App)))
            ;
    }

    [Fact]
    public void Evaluate_InvestmentDescriptionAdded_DifferentFingerprint()
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting();
        SharedBaseApplication described = facts with { Investments = [facts.Investments[0] with { Description = "设备" }] };

        Assert.NotEqual(FingerprintOf(facts), FingerprintOf(described));
    }

    [Fact]
    public void Evaluate_SameFactsOtherAsOfOrParameters_DifferentFingerprint()
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting();
        string baseline = FingerprintOf(facts);

        Assert.NotEqual(baseline, SharedBaseRuleSet.Default.Evaluate(facts, Samples.AsOf.AddDays(1)).Fingerprint);
        Assert.NotEqual(baseline, SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 2000.01m)).Evaluate(facts, Samples.AsOf).Fingerprint);
        Assert.Equal(baseline, SharedBaseRuleSet.Create(ParameterSet.Empty.With("HLJ-BASE-AREA", 2000m)).Evaluate(facts, Samples.AsOf).Fingerprint);
        Assert.Equal(baseline, FingerprintOf(facts));
        Assert.Matches("^[0-9a-f]{64}$", baseline);
    }

    [Theory]
    [InlineData("2000", "2000.00")]
    [InlineData("2000", "2e3")]
    [InlineData("2000", "2000.000000")]
    [InlineData("0.5", "5E-1")]
    public void Compute_EquivalentNumberSpellings_SameFingerprint(string a, string b)
    {
        Assert.Equal(Compute("{\"n\":" + a + "}"), Compute("{\"n\":" + b + "}"));
    }

    [Fact]
    public void Compute_EscapedAndLiteralStrings_SameFingerprint()
    {
        Assert.Equal(Compute("{\"city\":\"哈尔滨市\"}"), Compute("{\"city\":\"\\u54c8\\u5c14\\u6ee8\\u5e02\"}"));
        Assert.Equal(Compute("{\"a\":1,\"b\":[2,3]}"), Compute("{ \"b\" : [ 2 , 3 ] , \"a\" : 1 }"));
        Assert.NotEqual(Compute("{\"b\":[2,3]}"), Compute("{\"b\":[3,2]}"));
    }

    [Theory]
    [InlineData("{\"a\":")]
    [InlineData("{\"\\ud800\":1}")]
    [InlineData("{\"a\":\"\\udc00\"}")]
    public void Compute_NotValidJsonText_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Compute(json));
    }

    private static string Compute(string json) =>
        Fingerprint.Compute("test", "1.0.0", new DateOnly(2023, 1, 1), [KeyValuePair.Create("K", 1m)], Json.Bytes(json));
}
