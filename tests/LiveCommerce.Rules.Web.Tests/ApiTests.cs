using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Serialization;
using LiveCommerce.Rules.Web.Tests.Support;

namespace LiveCommerce.Rules.Web.Tests;

/// <summary>The API with the default configuration (no parameter overrides), in process.</summary>
public sealed class ApiTests : IClassFixture<WebHostFactory>
{
    private const string SharedBase = "hlj-shared-base";
    private static readonly DateOnly AsOf = new(2023, 3, 1);
    private readonly HttpClient client;

    public ApiTests(WebHostFactory factory) => client = factory.CreateClient();

    [Fact]
    public async Task GetPrograms_Default_ListsEveryCatalogRuleSetInCatalogOrder()
    {
        HttpResponseMessage response = await client.GetAsync("/programs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonArray programs = (await response.ReadJson()).AsArray();
        Assert.Equal(RuleCatalog.Default.RuleSets.Select(r => r.Id), programs.Select(p => p!["id"]!.GetValue<string>()));
        JsonNode shared = programs.Single(p => p!["id"]!.GetValue<string>() == SharedBase)!;
        Assert.Equal("黑龙江省", shared["jurisdiction"]!["zhCn"]!.GetValue<string>());
        Assert.Equal("InForce", shared["status"]!.GetValue<string>());
        Assert.Equal("2023-06-30", shared["effectiveWindow"]!["end"]!.GetValue<string>());
        Assert.Equal(RuleCatalog.Default[SharedBase].Rules.Length, shared["ruleCount"]!.GetValue<int>());
        Assert.Equal("/programs/hlj-shared-base/evaluate", shared["links"]!["evaluate"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetRules_SharedBase_ListsEveryRuleWithVerbatimCitationAndParameterDefaults()
    {
        JsonNode body = await (await client.GetAsync("/programs/hlj-shared-base/rules")).ReadJson();

        Assert.Equal(RuleCatalog.Default[SharedBase].Rules.Select(r => r.Id), body["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        JsonNode area = body["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "HLJ-BASE-AREA")!;
        Assert.Equal("建筑面积不少于2000平方米", area["citation"]!["clause"]!.GetValue<string>());
        Assert.Equal("六、(一)②", area["citation"]!["section"]!.GetValue<string>());
        Assert.Equal("AtLeast", area["comparison"]!.GetValue<string>());
        Assert.Equal("Mandatory", area["severity"]!.GetValue<string>());
        JsonNode parameter = body["parameters"]!.AsArray().Single(p => p!["key"]!.GetValue<string>() == "HLJ-BASE-AREA")!;
        Assert.Equal(2000m, parameter["defaultValue"]!.GetValue<decimal>());
        Assert.Equal(2000m, parameter["value"]!.GetValue<decimal>());
        Assert.False(parameter["overridden"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GetSchema_EveryProgram_ReturnsTheLibrarysFactsSchema()
    {
        foreach (RuleSet ruleSet in RuleCatalog.Default.RuleSets)
        {
            HttpResponseMessage response = await client.GetAsync($"/programs/{ruleSet.Id}/schema");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/schema+json", response.Content.Headers.ContentType!.MediaType);
            Assert.True(JsonNode.DeepEquals(ruleSet.GetFactsSchema(), await response.ReadJson()), ruleSet.Id);
        }
    }

    [Theory]
    [InlineData("GET", "/programs/no-such-programme/rules")]
    [InlineData("GET", "/programs/no-such-programme/schema")]
    [InlineData("POST", "/programs/no-such-programme/evaluate?asOf=2023-03-01")]
    public async Task UnknownProgram_AnyEndpoint_Returns404ProblemDetailsNamingTheKnownOnes(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "POST" ? Http.Json("{}") : null };

        HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        JsonNode problem = await response.ReadJson();
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Equal("no-such-programme", problem["programId"]!.GetValue<string>());
        Assert.Contains(SharedBase, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application-meets.json", "Met")]
    [InlineData("application-fails.json", "NotMet")]
    public async Task Evaluate_ShippedSample_ReturnsTheLibrarysReport(string file, string outcome)
    {
        byte[] facts = Repo.Sample(SharedBase, file);

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(facts));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Report expected = RuleCatalog.Default[SharedBase].EvaluateJson(facts, AsOf).Report!;
        Assert.Equal(LiveCommerceJson.Serialize(expected), await response.Content.ReadAsStringAsync());
        JsonNode report = await response.ReadJson();
        Assert.Equal(outcome, report["outcome"]!.GetValue<string>());
        Assert.Equal("2023-03-01", report["asOf"]!.GetValue<string>());
    }

    [Fact]
    public async Task Evaluate_FailingSample_ReportsTheAreaBelowTheStandard()
    {
        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(Repo.Sample(SharedBase, "application-fails.json")));

        JsonNode area = (await response.ReadJson())["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "HLJ-BASE-AREA")!;
        Assert.Equal("NotMet", area["outcome"]!.GetValue<string>());
        Assert.Equal(1850m, area["measured"]!["value"]!.GetValue<decimal>());
        Assert.Equal(2000m, area["required"]!["bound"]!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Evaluate_InvalidFacts_Returns422WithEveryProblemAndItsExactJsonPath()
    {
        JsonNode facts = JsonNode.Parse(Repo.Sample(SharedBase, "application-meets.json"))!;
        facts["buildingArea"] = -3;
        facts["monthly2022"]![0]!["month"] = "2022-13";
        facts["baseName"] = 5;
        facts["foo"] = 1;
        byte[] body = Encoding.UTF8.GetBytes(facts.ToJsonString());

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01&lang=en", Http.Json(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        JsonNode problem = await response.ReadJson();
        IReadOnlyList<(string Path, string Code)> problems = Http.Problems(problem);
        Assert.Contains(("$.baseName", "type"), problems);
        Assert.Contains(("$.buildingArea", "negative"), problems);
        Assert.Contains(("$.monthly2022[0].month", "format"), problems);
        Assert.Contains(("$.foo", "unknown-property"), problems);
        ValidationResult expected = RuleCatalog.Default[SharedBase].ValidateJson(body);
        Assert.Equal(expected.Problems.Select(p => (p.Path, p.Code)), problems);
        Assert.Equal(expected.Problems.Select(p => p.Message.En), problem["problems"]!.AsArray().Select(p => p!["message"]!.GetValue<string>()));
        Assert.Equal("Invalid facts", problem["title"]!.GetValue<string>());
        Assert.NotNull(problem["traceId"]);
    }

    [Fact]
    public async Task Evaluate_InvalidFactsWithoutLang_ProblemMessagesAreChinese()
    {
        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json("""{"foo": 1}"""));

        JsonNode problem = await response.ReadJson();
        Assert.Equal("事实数据无效", problem["title"]!.GetValue<string>());
        JsonNode foo = problem["problems"]!.AsArray().Single(p => p!["path"]!.GetValue<string>() == "$.foo")!;
        Assert.Equal("未知属性“foo”", foo["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Evaluate_JsonNestedDeeperThan32_Returns400JsonSyntax()
    {
        string deep = "{\"baseName\":" + new string('[', 40) + new string(']', 40) + "}";

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(deep));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("json-syntax", Assert.Single(Http.Problems(await response.ReadJson())).Code);
    }

    [Theory]
    [InlineData("{\"baseName\": ")]
    [InlineData("")]
    public async Task Evaluate_MalformedJson_Returns400JsonSyntax(string body)
    {
        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("$", "json-syntax"), Assert.Single(Http.Problems(await response.ReadJson())));
    }

    [Fact]
    public async Task Evaluate_BodyOneByteOverTheLimit_Returns413()
    {
        byte[] body = OversizedBody();

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.ReadJson())["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Evaluate_ChunkedBodyOverTheLimit_Returns413()
    {
        // No Content-Length: the limit is enforced while reading.
        using var stream = new NonSeekableStream(OversizedBody());
        using var content = new StreamContent(stream);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Evaluate_BodyAtTheLimit_IsReadAndValidated()
    {
        byte[] body = BodyOfSize(1024 * 1024);

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Evaluate_NotJson_Returns415()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "text/plain");

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("asOf=2023-3-1", "query.asOf", "format")]
    [InlineData("asOf=2023-02-30", "query.asOf", "format")]
    [InlineData("asOf=2023-03-01&lang=fr", "query.lang", "language")]
    public async Task Evaluate_BadQuery_Returns400NamingTheParameter(string query, string path, string code)
    {
        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?" + query, Http.Json(Repo.Sample(SharedBase, "application-meets.json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((path, code), Assert.Single(Http.Problems(await response.ReadJson())));
    }

    [Fact]
    public async Task Goals_ProvinceWithoutGoalSet_Returns404ProblemDetails()
    {
        HttpResponseMessage response = await client.PostAsync("/goals/Atlantis?asOf=2023-03-01", Http.Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        JsonNode problem = await response.ReadJson();
        Assert.Equal("Atlantis", problem["province"]!.GetValue<string>());
    }

    [Fact]
    public async Task Goals_EveryCatalogJurisdiction_Returns404ExactlyWhenItHasNoGoalSet()
    {
        foreach (RuleSetInfo info in RuleCatalog.Default.RuleSets.Select(r => r.Info).DistinctBy(i => i.Jurisdiction.ZhCn))
        {
            bool hasGoals = RuleCatalog.Default.RuleSets.Any(r => r.Id.EndsWith("-goals", StringComparison.Ordinal) && r.Info.Jurisdiction == info.Jurisdiction);

            HttpResponseMessage response = await client.PostAsync($"/goals/{Uri.EscapeDataString(info.Jurisdiction.En)}?asOf=2023-03-01", Http.Json("{}"));

            Assert.Equal(hasGoals, response.StatusCode != HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Goals_GuizhouFiguresSample_ReturnsEachGoalsProgressAsTheLibraryComputesIt()
    {
        string path = Directory.EnumerateFiles(Path.Combine(Repo.SamplesData, "gz-goals"), "*.json").Order(StringComparer.Ordinal).First();
        byte[] figures = File.ReadAllBytes(path);
        var goalSet = (LiveCommerce.Rules.Goals.GoalSet)RuleCatalog.Default["gz-goals"];
        LiveCommerce.Rules.Goals.GoalProgressReport expected = goalSet.ProgressJson(figures, new DateOnly(2024, 6, 30)).Report!;

        HttpResponseMessage response = await client.PostAsync("/goals/Guizhou?asOf=2024-06-30", new ByteArrayContent(figures) { Headers = { ContentType = new("application/json") } });
        JsonNode progress = await response.ReadJson();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            expected.Goals.Select(g => (g.Indicator, g.Status.ToString())),
            progress["goals"]!.AsArray().Select(g => (g!["indicator"]!.GetValue<string>(), g["status"]!.GetValue<string>())));
    }

    [Fact]
    public async Task GetGoals_Default_ListsExactlyTheCatalogsGoalSets()
    {
        JsonArray goals = (await (await client.GetAsync("/goals")).ReadJson()).AsArray();

        Assert.Equal(
            RuleCatalog.Default.RuleSets.Where(r => r.Id.EndsWith("-goals", StringComparison.Ordinal)).Select(r => r.Id),
            goals.Select(g => g!["programId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetSamples_Default_ListsEveryShippedSampleWithTheProgrammeThatAcceptsIt()
    {
        JsonArray samples = (await (await client.GetAsync("/samples")).ReadJson()).AsArray();

        // Facts samples sit directly in samples/data/<folder>/; subfolders (such as gz-demonstration/config) hold host configuration.
        string[] onDisk = [.. Directory.EnumerateDirectories(Repo.SamplesData)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.json", SearchOption.TopDirectoryOnly))
            .Select(f => Path.GetRelativePath(Repo.SamplesData, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
        Assert.Equal(onDisk, samples.Select(s => $"{s!["folder"]}/{s["file"]}").Order(StringComparer.Ordinal));
        foreach (JsonNode? sample in samples)
        {
            string? programId = sample!["programId"]?.GetValue<string>();
            if (programId is not null && RuleCatalog.Default.TryGet(programId, out RuleSet? ruleSet) && programId != sample["folder"]!.GetValue<string>())
            {
                Assert.True(ruleSet.ValidateJson(Repo.Sample(sample["folder"]!.GetValue<string>(), sample["file"]!.GetValue<string>())).IsValid);
            }
        }

        Assert.Equal("hlj-shared-base-city", samples.Single(s => s!["file"]!.GetValue<string>() == "city-selection.json")!["programId"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetSample_Listed_ReturnsTheFileUnchanged()
    {
        HttpResponseMessage response = await client.GetAsync("/samples/hlj-shared-base/application-fails.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Repo.Sample(SharedBase, "application-fails.json"), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/samples/hlj-shared-base/nope.json")]
    [InlineData("/samples/hlj-shared-base/..%2F..%2Fappsettings.json")]
    [InlineData("/samples/..%2F..%2F/appsettings.json")]
    public async Task GetSample_NotListed_Returns404(string url)
    {
        HttpResponseMessage response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpoint()
    {
        HttpResponseMessage response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonObject paths = (await response.ReadJson())["paths"]!.AsObject();
        Assert.Equal(
            ["/goals", "/goals/{province}", "/programs", "/programs/{id}/evaluate", "/programs/{id}/rules", "/programs/{id}/schema", "/samples", "/samples/{folder}/{file}"],
            paths.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.NotNull(paths["/programs/{id}/evaluate"]!["post"]!["responses"]!["422"]);
    }

    [Fact]
    public async Task Page_Root_ServesTheHtmlPageWithSecurityHeaders()
    {
        HttpResponseMessage response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script src=\"app.js\" defer></script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task UnknownRoute_Returns404ProblemDetails()
    {
        HttpResponseMessage response = await client.GetAsync("/no/such/route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    /// <summary>A syntactically valid body of exactly 1 MiB + 1 byte.</summary>
    private static byte[] OversizedBody() => BodyOfSize((1024 * 1024) + 1);

    /// <summary>A syntactically valid JSON object of exactly <paramref name="size"/> bytes.</summary>
    private static byte[] BodyOfSize(int size)
    {
        string prefix = "{\"baseName\":\"", suffix = "\"}";
        byte[] body = Encoding.UTF8.GetBytes(prefix + new string('x', size - prefix.Length - suffix.Length) + suffix);
        Assert.Equal(size, body.Length);
        return body;
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
