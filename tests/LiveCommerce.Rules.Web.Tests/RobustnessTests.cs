using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Web.Tests.Support;

namespace LiveCommerce.Rules.Web.Tests;

/// <summary>Issue 17: the API accepts a byte-order mark and returns a bounded list of problems with their total.</summary>
public sealed class RobustnessTests : IClassFixture<WebHostFactory>
{
    private readonly HttpClient client;

    public RobustnessTests(WebHostFactory factory) => client = factory.CreateClient();

    [Fact]
    public async Task Evaluate_BodyWithAByteOrderMark_IsEvaluated()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Repo.Sample("hlj-shared-base", "application-meets.json")];

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Met", (await response.ReadJson())["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Evaluate_ThousandsOfProblems_ListsTheFirstHundredWithTheTotal()
    {
        string json = "{\"monthly2022\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 3_000)) + "]}";

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(Encoding.UTF8.GetBytes(json)));

        JsonNode problem = await response.ReadJson();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(100, problem["problems"]!.AsArray().Count);
        Assert.True(problem["problemCount"]!.GetValue<int>() > 3_000);
    }
}

/// <summary>Issue 17: the API's answer says when the programme is closed or not yet open on the as-of date.</summary>
public sealed class ProgrammeWindowApiTests : IClassFixture<WebHostFactory>
{
    private readonly HttpClient client;

    public ProgrammeWindowApiTests(WebHostFactory factory) => client = factory.CreateClient();

    [Theory]
    [InlineData("2023-06-30", null)]
    [InlineData("2023-07-01", "closed")]
    [InlineData("2022-02-23", "not-yet-open")]
    public async Task Evaluate_ReportCarriesTheWindowOutsideIt(string asOf, string? status)
    {
        HttpResponseMessage response = await client.PostAsync($"/programs/hlj-shared-base/evaluate?asOf={asOf}", Http.Json(Repo.Sample("hlj-shared-base", "application-meets.json")));

        JsonNode report = await response.ReadJson();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(status, report["window"]?["status"]!.GetValue<string>());
    }
}

/// <summary>Issue 17: the API's JSON answers keep Chinese readable, not \uXXXX.</summary>
public sealed class ReadableJsonTests : IClassFixture<WebHostFactory>
{
    private readonly HttpClient client;

    public ReadableJsonTests(WebHostFactory factory) => client = factory.CreateClient();

    [Theory]
    [InlineData("/programs")]
    [InlineData("/programs/hlj-shared-base/rules")]
    public async Task Get_AnswersWithChineseAsWritten(string url)
    {
        string body = await client.GetStringAsync(url);

        Assert.Contains("黑龙江", body, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\\u[0-9A-Fa-f]{4}", body.Replace("\\u0026", "", StringComparison.Ordinal).Replace("\\u003C", "", StringComparison.Ordinal).Replace("\\u003E", "", StringComparison.Ordinal).Replace("\\u0027", "", StringComparison.Ordinal).Replace("\\u0022", "", StringComparison.Ordinal).Replace("\\u002B", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Goals_AnswersWithChineseAsWritten()
    {
        HttpResponseMessage response = await client.PostAsync("/goals/黑龙江省?program=hlj-base-goals&asOf=2023-03-01", Http.Json(Repo.Sample("hlj-base-goals", "figures-2023.json")));

        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("黑龙江", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u9ed1", body, StringComparison.OrdinalIgnoreCase);
    }
}
