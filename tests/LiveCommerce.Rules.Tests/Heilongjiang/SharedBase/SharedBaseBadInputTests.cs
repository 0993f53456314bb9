using System.Text;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;

namespace LiveCommerce.Rules.Tests.Heilongjiang.SharedBase;

/// <summary>Bad input through EvaluateJson / ValidateJson: exactly the expected problems (path and code), nothing else.</summary>
public class SharedBaseBadInputTests
{
    private static (string Path, string Code)[] Problems(byte[] json)
    {
        EvaluationResult evaluated = SharedBaseRuleSet.Default.EvaluateJson(json, Samples.AsOf);
        ValidationResult validated = SharedBaseRuleSet.Default.ValidateJson(json);

        Assert.False(evaluated.IsValid);
        Assert.Null(evaluated.Report);
        Assert.Equal(Json.PathsAndCodes(validated), Json.PathsAndCodes(evaluated.Validation));
        Assert.All(evaluated.Validation.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message.ZhCn) || string.IsNullOrWhiteSpace(p.Message.En)));
        return Json.PathsAndCodes(evaluated.Validation);
    }

    private static (string Path, string Code)[] Problems(Action<JsonObject> mutate)
    {
        JsonObject sample = Json.MeetingSample();
        mutate(sample);
        return Problems(Json.Bytes(sample));
    }

    private static JsonArray Months(JsonObject o) => o["monthly2022"]!.AsArray();

    [Fact]
    public void EvaluateJson_UnmodifiedSample_Valid()
    {
        Assert.True(SharedBaseRuleSet.Default.EvaluateJson(Json.Bytes(Json.MeetingSample()), Samples.AsOf).IsValid);
    }

    [Fact]
    public void EvaluateJson_NegativeArea_Negative()
    {
        Assert.Equal([("$.buildingArea", "negative")], Problems(o => o["buildingArea"] = -0.01m));
    }

    [Fact]
    public void EvaluateJson_ElevenMonths_MonthMissing()
    {
        Assert.Equal([("$.monthly2022", "month-missing")], Problems(o => Months(o).RemoveAt(6)));
    }

    [Fact]
    public void EvaluateJson_ThirteenthMonthOutsideWindow_ReportedWithIndex()
    {
        Assert.Equal(
            [("$.monthly2022[12].month", "month-outside-window")],
            Problems(o => Months(o).Add(new JsonObject { ["month"] = "2023-01", ["tenants"] = 10, ["liveRooms"] = 10 })));
    }

    [Fact]
    public void EvaluateJson_ThirteenthMonthDuplicate_ReportedWithIndex()
    {
        Assert.Equal(
            [("$.monthly2022[12].month", "month-duplicate")],
            Problems(o => Months(o).Add(new JsonObject { ["month"] = "2022-05", ["tenants"] = 10, ["liveRooms"] = 10 })));
    }

    [Fact]
    public void EvaluateJson_DuplicateMonthReplacingAnother_DuplicateAndMissing()
    {
        Assert.Equal(
            [("$.monthly2022[4].month", "month-duplicate"), ("$.monthly2022", "month-missing")],
            Problems(o => Months(o)[4]!["month"] = "2022-04"));
    }

    [Theory]
    [InlineData("2020-10-31")]
    [InlineData("2023-01-01")]
    public void EvaluateJson_InvestmentOutsideWindow_ValidAndNotCounted(string date)
    {
        // Issue 14 item 1: an investment outside the window is left out of ⑤, not a reason to reject the application.
        JsonObject sample = Json.MeetingSample();
        sample["investments"]![1]!["date"] = date;

        Assert.True(SharedBaseRuleSet.Default.ValidateJson(Json.Bytes(sample)).IsValid);
    }

    [Theory]
    [InlineData("2020-11-01")]
    [InlineData("2022-12-31")]
    public void EvaluateJson_InvestmentOnWindowEnds_Valid(string date)
    {
        JsonObject sample = Json.MeetingSample();
        sample["investments"]![1]!["date"] = date;

        Assert.True(SharedBaseRuleSet.Default.ValidateJson(Json.Bytes(sample)).IsValid);
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("auditReport")]
    [InlineData("monthly2022")]
    [InlineData("baseName")]
    public void EvaluateJson_NullForRequired_Null(string property)
    {
        Assert.Equal([("$." + property, "null")], Problems(o => o[property] = null));
    }

    [Fact]
    public void EvaluateJson_NullForOptional_Valid()
    {
        JsonObject sample = Json.MeetingSample();
        sample["ruralDemonstrationFunding"] = null;
        sample["investments"]![0]!["description"] = null;

        Assert.True(SharedBaseRuleSet.Default.ValidateJson(Json.Bytes(sample)).IsValid);
    }

    [Fact]
    public void EvaluateJson_MissingRequired_Required()
    {
        Assert.Equal([("$.operator.operationStartDate", "required")], Problems(o => o["operator"]!.AsObject().Remove("operationStartDate")));
    }

    [Fact]
    public void EvaluateJson_StringWhereNumberExpected_Type()
    {
        Assert.Equal([("$.buildingArea", "type")], Problems(o => o["buildingArea"] = "2000"));
        Assert.Equal([("$.monthly2022[0].tenants", "type")], Problems(o => Months(o)[0]!["tenants"] = "10"));
        Assert.Equal([("$.onlineRetail2022", "type")], Problems(o => o["onlineRetail2022"] = true));
    }

    [Fact]
    public void EvaluateJson_WrongContainerTypes_Type()
    {
        Assert.Equal([("$.operator", "type")], Problems(o => o["operator"] = new JsonArray()));
        Assert.Equal([("$.investments", "type")], Problems(o => o["investments"] = new JsonObject()));
        Assert.Equal([("$.authenticityCommitmentSigned", "type")], Problems(o => o["authenticityCommitmentSigned"] = "true"));
    }

    [Fact]
    public void EvaluateJson_RootNotAnObject_Type()
    {
        Assert.Equal([("$", "type")], Problems(Json.Bytes("[]")));
        Assert.Equal([("$", "type")], Problems(Json.Bytes("null")));
    }

    [Fact]
    public void EvaluateJson_HugeDecimal_Range()
    {
        byte[] json = Json.Bytes(Json.MeetingSample().ToJsonString().Replace("\"buildingArea\":2350.5", "\"buildingArea\":1e400", StringComparison.Ordinal));

        Assert.Equal([("$.buildingArea", "range")], Problems(json));
    }

    [Fact]
    public void EvaluateJson_CountBeyondInt_Range()
    {
        Assert.Equal([("$.monthly2022[0].tenants", "range")], Problems(o => Months(o)[0]!["tenants"] = 99_999_999_999L));
    }

    [Fact]
    public void EvaluateJson_NegativeOrFractionalCount_Range()
    {
        Assert.Equal([("$.monthly2022[0].tenants", "range")], Problems(o => Months(o)[0]!["tenants"] = -1));
        Assert.Equal([("$.monthly2022[0].liveRooms", "range")], Problems(o => Months(o)[0]!["liveRooms"] = 1.5m));
    }

    [Fact]
    public void EvaluateJson_CountAboveSemanticLimit_Range()
    {
        Assert.Equal([("$.monthly2022[3]", "range")], Problems(o => Months(o)[3]!["liveRooms"] = 100_001));
    }

    [Fact]
    public void EvaluateJson_MoneyWithThreeDecimals_Range()
    {
        Assert.Equal([("$.onlineRetail2022", "range")], Problems(o => o["onlineRetail2022"] = 30_000_000.001m));
        Assert.Equal([("$.investments[0].amount", "range")], Problems(o => o["investments"]![0]!["amount"] = 0.001m));
    }

    [Fact]
    public void EvaluateJson_MoneyBeyondMaxYuan_Range()
    {
        Assert.Equal([("$.onlineRetail2022", "range")], Problems(o => o["onlineRetail2022"] = 1_000_000_000_000_000m));
    }

    [Fact]
    public void EvaluateJson_NegativeMoney_Negative()
    {
        Assert.Equal([("$.investments[2].amount", "negative")], Problems(o => o["investments"]![2]!["amount"] = -1m));
    }

    [Fact]
    public void EvaluateJson_InvestmentTotalBeyondMoneyRange_RangeNotException()
    {
        Assert.Equal(
            [("$.investments", "range")],
            Problems(o =>
            {
                o["investments"]![0]!["amount"] = 999_999_999_999_999.99m;
                o["investments"]![1]!["amount"] = 999_999_999_999_999.99m;
            }));
    }

    [Fact]
    public void EvaluateJson_UnknownProperty_UnknownProperty()
    {
        Assert.Equal([("$.floorArea", "unknown-property")], Problems(o => o["floorArea"] = 2000));
        Assert.Equal([("$.operator['legal name']", "unknown-property")], Problems(o => o["operator"]!["legal name"] = "x"));
        Assert.Equal([("$.BaseName", "unknown-property")], Problems(o => o["BaseName"] = "x"));
    }

    [Fact]
    public void EvaluateJson_DuplicateProperty_DuplicateProperty()
    {
        string json = Json.MeetingSample().ToJsonString().Replace("\"city\":", "\"city\":\"x\",\"city\":", StringComparison.Ordinal);

        Assert.Equal([("$.city", "duplicate-property")], Problems(Json.Bytes(json)));
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022/01/01")]
    [InlineData("2022-1-1")]
    [InlineData("20220101")]
    public void EvaluateJson_BadDate_Format(string date)
    {
        Assert.Equal([("$.operator.operationStartDate", "format")], Problems(o => o["operator"]!["operationStartDate"] = date));
    }

    [Fact]
    public void EvaluateJson_BadMonth_Format()
    {
        Assert.Equal([("$.monthly2022[0].month", "format")], Problems(o => Months(o)[0]!["month"] = "2022-13"));
    }

    [Fact]
    public void EvaluateJson_BlankNames_Blank()
    {
        Assert.Equal(
            [("$.baseName", "blank"), ("$.operator.name", "blank")],
            Problems(o =>
            {
                o["baseName"] = " ";
                o["operator"]!["name"] = "";
            }));
    }

    [Fact]
    public void EvaluateJson_AcceptanceDateWithoutFunding_Inconsistent()
    {
        Assert.Equal(
            [("$.ruralDemonstrationFunding.nationalAcceptanceDate", "inconsistent")],
            Problems(o => o["ruralDemonstrationFunding"]!["funded"] = false));
    }

    [Theory]
    [InlineData("{\"baseName\": ")]
    [InlineData("{\"baseName\": \"x\",}")]
    [InlineData("")]
    [InlineData("{} {}")]
    [InlineData("{'baseName': 'x'}")]
    public void EvaluateJson_MalformedJson_JsonSyntax(string text)
    {
        (string Path, string Code)[] problems = Problems(Encoding.UTF8.GetBytes(text));

        Assert.Equal([("$", "json-syntax")], problems);
    }

    [Theory]
    [InlineData(" {}")]
    [InlineData(" x")]
    [InlineData(",")]
    [InlineData(" null")]
    public void EvaluateJson_ContentAfterAValidDocument_JsonSyntax(string trailing)
    {
        byte[] json = Json.Bytes(Json.MeetingSample().ToJsonString() + trailing);

        Assert.Equal([("$", "json-syntax")], Problems(json));
    }

    [Fact]
    public void EvaluateJson_TrailingWhitespace_Valid()
    {
        Assert.True(SharedBaseRuleSet.Default.ValidateJson(Json.Bytes(Json.MeetingSample().ToJsonString() + " \n\t ")).IsValid);
    }

    [Fact]
    public void EvaluateJson_DeepNestingBeyondLimit_JsonSyntax()
    {
        string deep = "{\"baseName\":" + new string('[', 100) + new string(']', 100) + "}";

        (string Path, string Code)[] problems = Problems(Encoding.UTF8.GetBytes(deep));

        Assert.Equal([("$", "json-syntax")], problems);
        Assert.Contains("depth", SharedBaseRuleSet.Default.ValidateJson(Encoding.UTF8.GetBytes(deep)).Problems[0].Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateJson_NestingWithinLimit_TypeNotSyntax()
    {
        string nested = "{\"baseName\":" + new string('[', 20) + new string(']', 20) + "}";

        Assert.Contains(("$.baseName", "type"), Problems(Encoding.UTF8.GetBytes(nested)));
    }

    [Fact]
    public void EvaluateJson_SeveralStructuralProblems_AllListedInDocumentOrder()
    {
        Assert.Equal(
            [
                ("$.operator.isLegalEntity", "type"),
                ("$.buildingArea", "negative"),
                ("$.monthly2022[1].tenants", "range"),
                ("$.onlineRetail2022", "range"),
                ("$.extra", "unknown-property"),
                ("$.city", "required"),
            ],
            Problems(o =>
            {
                o.Remove("city");
                o["operator"]!["isLegalEntity"] = "yes";
                o["buildingArea"] = -5;
                Months(o)[1]!["tenants"] = -1;
                o["onlineRetail2022"] = 1.234m;
                o["extra"] = 1;
            }));
    }

    [Fact]
    public void EvaluateJson_SeveralSemanticProblems_AllListed()
    {
        Assert.Equal(
            [
                ("$.city", "blank"),
                ("$.monthly2022", "month-missing"),
            ],
            Problems(o =>
            {
                o["city"] = "";
                Months(o).RemoveAt(11);
                o["investments"]![0]!["date"] = "2020-10-31"; // outside the window: left out of ⑤, not a problem (issue 14 item 1)
                o["investments"]![2]!["date"] = "2023-01-01";
            }));
    }

    private static byte[] RawSample(string find, string replace)
    {
        string text = Encoding.UTF8.GetString(Repo.Sample("hlj-shared-base", "application-meets.json"));
        Assert.Contains(find, text, StringComparison.Ordinal);
        return Json.Bytes(text.Replace(find, replace, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"x\\udc00\"")]
    public void EvaluateJson_UnpairedSurrogateEscapeInText_Invalid(string value)
    {
        Assert.Equal([("$.city", "invalid")], Problems(RawSample("\"city\": \"哈尔滨市\"", "\"city\": " + value)));
    }

    [Fact]
    public void EvaluateJson_UnpairedSurrogateEscapeWhereObjectExpected_Type()
    {
        Assert.Equal(
            [("$.auditReport", "type"), ("$.x", "unknown-property")],
            Problems(RawSample("\"auditReport\": {", "\"auditReport\": \"\\ud800\", \"x\": {")));
    }

    [Fact]
    public void EvaluateJson_UnpairedSurrogateEscapeInPropertyName_Invalid()
    {
        Assert.Equal([("$", "invalid")], Problems(RawSample("\"city\": \"哈尔滨市\",", "\"city\": \"哈尔滨市\", \"\\ud800\": 1,")));
    }

    [Fact]
    public void EvaluateJson_PairedSurrogateEscape_Valid()
    {
        Assert.True(SharedBaseRuleSet.Default.ValidateJson(RawSample("\"city\": \"哈尔滨市\"", "\"city\": \"\\ud83d\\ude80\"")).IsValid);
    }

    [Fact]
    public void EvaluateJson_NullArrayItem_Null()
    {
        Assert.Equal([("$.investments[1]", "null")], Problems(o => o["investments"]![1] = null));
    }

    [Fact]
    public void EvaluateJson_TooLongString_TooLong()
    {
        Assert.Equal([("$.baseName", "too-long")], Problems(o => o["baseName"] = new string('x', 10_001)));
    }

    [Fact]
    public void Evaluate_InvalidFacts_ThrowsFactsValidationExceptionListingProblems()
    {
        SharedBaseApplication facts = Samples.SharedBaseMeeting() with { Monthly2022 = Samples.Months(10, 10).RemoveAt(0), City = " " };

        FactsValidationException ex = Assert.Throws<FactsValidationException>(() => SharedBaseRuleSet.Default.Evaluate(facts, Samples.AsOf));

        Assert.Equal([("$.city", "blank"), ("$.monthly2022", "month-missing")], Json.PathsAndCodes(ex.Result));
        Assert.False(SharedBaseRuleSet.Default.TryEvaluate(facts, Samples.AsOf).IsValid);
        Assert.Throws<FactsValidationException>(() => SharedBaseRuleSet.Default.IsMet(facts, Samples.AsOf));
    }

    [Fact]
    public void Validate_NullFacts_NullAtRoot()
    {
        Assert.Equal([("$", "null")], Json.PathsAndCodes(SharedBaseRuleSet.Default.Validate(null!)));
    }
}
