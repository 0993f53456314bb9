using System.Text.Json;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Serialization;

public class FactsJsonReaderTests
{
    [Fact]
    public void Read_ValidCitySelection_DeserializesEveryField()
    {
        var result = FactsJsonReader.Read(Repo.Sample("hlj-shared-base-city", "city-selection.json"), JsonContext.Default.SharedBaseCitySelection, out SharedBaseCitySelection? facts);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(4, facts!.Applicants.Length);
        Assert.Equal(92.5m, facts.Applicants[0].ExpertScore);
        Assert.Equal(Money.FromWan(260), facts.Applicants[0].Subsidy);
        Assert.Null(facts.Applicants[2].Subsidy);
        Assert.False(facts.Applicants[3].MeetsBasicCriteria);
    }

    [Fact]
    public void Read_NumbersInAnyNotation_ReadExactly()
    {
        byte[] json = Json.Bytes("""{"city":"x","applicants":[{"applicationId":"A","baseName":"a","expertScore":9.25e1,"meetsBasicCriteria":true,"inspectedOnSite":true,"accepted":true,"subsidy":2.6E6}]}""");

        var result = FactsJsonReader.Read(json, JsonContext.Default.SharedBaseCitySelection, out SharedBaseCitySelection? facts);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(92.5m, facts!.Applicants[0].ExpertScore);
        Assert.Equal(Money.FromYuan(2_600_000m), facts.Applicants[0].Subsidy);
    }

    [Fact]
    public void Read_TypeProblem_CarriesAttemptedValueAndBothLanguages()
    {
        byte[] json = Json.Bytes("""{"city":"x","applicants":[{"applicationId":"A","baseName":"a","expertScore":"high","meetsBasicCriteria":true,"inspectedOnSite":true}]}""");

        var result = FactsJsonReader.Read(json, JsonContext.Default.SharedBaseCitySelection, out SharedBaseCitySelection? facts);

        var problem = Assert.Single(result.Problems);
        Assert.Null(facts);
        Assert.Equal("$.applicants[0].expertScore", problem.Path);
        Assert.Equal("type", problem.Code);
        Assert.Equal("high", problem.AttemptedValue);
        Assert.Equal("Expected a number but found a string.", problem.Message.En);
        Assert.Equal("应为数字,实际为字符串", problem.Message.ZhCn);
    }

    [Fact]
    public void Read_BooleanAsNumber_Type()
    {
        byte[] json = Json.Bytes("""{"city":"x","applicants":[{"applicationId":"A","baseName":"a","expertScore":1,"meetsBasicCriteria":1,"inspectedOnSite":true}]}""");

        var result = FactsJsonReader.Read(json, JsonContext.Default.SharedBaseCitySelection, out _);

        Assert.Equal([("$.applicants[0].meetsBasicCriteria", "type")], Json.PathsAndCodes(result));
    }

    [Fact]
    public void Read_ArrayBeyondMaxLength_TooManyItems()
    {
        string items = string.Join(",", Enumerable.Repeat("null", FactsJsonReader.MaxArrayLength + 1));
        byte[] json = Json.Bytes("{\"city\":\"x\",\"applicants\":[" + items + "]}");

        var result = FactsJsonReader.Read(json, JsonContext.Default.SharedBaseCitySelection, out _);

        Assert.Equal([("$.applicants", "too-many-items")], Json.PathsAndCodes(result));
    }

    [Theory]
    [InlineData("a.b", "$['a.b']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("1st", "$['1st']")]
    [InlineData("plain_Name1", "$.plain_Name1")]
    public void ChildPath_SpecialNames_UseBracketNotation(string name, string expected)
    {
        Assert.Equal(expected, FactsJsonReader.ChildPath("$", name));
    }

    [Fact]
    public void Serialize_ValueObjects_UseTheDocumentedJsonForms()
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting();

        using JsonDocument json = JsonDocument.Parse(Json.Bytes(facts));
        JsonElement root = json.RootElement;

        Assert.Equal("2000", root.GetProperty("buildingArea").GetRawText());
        Assert.Equal("30000000.00", root.GetProperty("onlineRetail2022").GetRawText());
        Assert.Equal("2022-01", root.GetProperty("monthly2022")[0].GetProperty("month").GetString());
        Assert.Equal("2021-01-01", root.GetProperty("operator").GetProperty("operationStartDate").GetString());
        Assert.False(root.TryGetProperty("ruralDemonstrationFunding", out _));
    }
}
