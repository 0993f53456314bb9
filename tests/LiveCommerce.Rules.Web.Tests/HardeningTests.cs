using System.Net;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.Web.Tests;

/// <summary>The rate limit and the parameter file (LiveCommerceWeb:RateLimit, LiveCommerceWeb:ParameterFile).</summary>
public sealed class HardeningTests : IDisposable
{
    private const string Evaluate = "/programs/hlj-shared-base/evaluate?asOf=2023-03-01";
    private readonly string folder = Directory.CreateTempSubdirectory("lcr-web-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task RateLimit_Configured_ThirdRequestInTheMinuteGets429WithRetryAfter()
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceWeb:RateLimit:PermitsPerMinute"] = "2" });
        HttpClient client = factory.CreateClient();

        HttpResponseMessage first = await client.PostAsync(Evaluate, Http.Json(Repo.Sample("hlj-shared-base", "application-meets.json")));
        HttpResponseMessage second = await client.GetAsync("/programs");
        HttpResponseMessage third = await client.GetAsync("/programs");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        TimeSpan retryAfter = Assert.IsType<TimeSpan>(third.Headers.RetryAfter?.Delta);
        Assert.InRange(retryAfter.TotalSeconds, 1, 60);
        Assert.Equal(429, (await third.ReadJson())["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task RateLimit_NotConfigured_ManyRequestsAllPass()
    {
        using var factory = new WebHostFactory();
        HttpClient client = factory.CreateClient();

        HttpStatusCode[] codes = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ => (await client.GetAsync("/programs")).StatusCode));

        Assert.All(codes, c => Assert.Equal(HttpStatusCode.OK, c));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1000001")]
    public void RateLimit_OutOfRange_StopsStartUp(string permits)
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceWeb:RateLimit:PermitsPerMinute"] = permits });

        Assert.Contains("RateLimit:PermitsPerMinute", ConfigurationTests.StartUpFailure(factory).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParameterFile_StricterValue_IsApplied()
    {
        string file = Write("""{ "hlj-shared-base": { "HLJ-BASE-AREA": 2500 } }""");
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceWeb:ParameterFile"] = file });

        JsonNode report = await (await factory.CreateClient().PostAsync(Evaluate, Http.Json(Repo.Sample("hlj-shared-base", "application-meets.json")))).ReadJson();

        Assert.Equal("NotMet", report["outcome"]!.GetValue<string>());
        Assert.Equal(2500m, report["parameters"]!["HLJ-BASE-AREA"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("""{ "hlj-shared-base": { "HLJ-BASE-AREA": 1999.99 } }""", "HLJ-BASE-AREA", "loosens")]
    [InlineData("""{ "no-such-rule-set": { "X": 1 } }""", "no-such-rule-set", "no rule set")]
    [InlineData("""{ "hlj-shared-base": { "NO-SUCH-RULE": 1 } }""", "NO-SUCH-RULE", "NO-SUCH-RULE")]
    [InlineData("""{ "hlj-shared-base": { "HLJ-BASE-AREA": 2500, "HLJ-BASE-AREA": 2600 } }""", "hlj-shared-base:HLJ-BASE-AREA", "duplicate key")]
    [InlineData("""{ "hlj-shared-base": { "HLJ-BASE-AREA": 2500 }, "hlj-shared-base": {} }""", "hlj-shared-base", "duplicate key")]
    [InlineData("""{ "hlj-shared-base": { "HLJ-BASE-AREA": "2500" } }""", "hlj-shared-base:HLJ-BASE-AREA", "decimal number")]
    [InlineData("""{ "hlj-shared-base": """, "ParameterFile", "not valid JSON")]
    public void ParameterFile_Faulty_StopsStartUpNamingTheFileKeyAndRule(string content, string key, string what)
    {
        string file = Write(content);
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceWeb:ParameterFile"] = file });

        OptionsValidationException ex = ConfigurationTests.StartUpFailure(factory);

        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
        Assert.Contains(what, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ParameterFile_Missing_StopsStartUpNamingTheFile()
    {
        string file = Path.Combine(folder, "missing.json");
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceWeb:ParameterFile"] = file });

        OptionsValidationException ex = ConfigurationTests.StartUpFailure(factory);

        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    private string Write(string content)
    {
        string path = Path.Combine(folder, "parameters-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
