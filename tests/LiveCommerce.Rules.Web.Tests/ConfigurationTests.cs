using System.Net;
using System.Text.Json.Nodes;
using LiveCommerce.Rules.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.Web.Tests;

/// <summary>appsettings.json's <c>LiveCommerceRules</c> section, the options pattern and start-up validation.</summary>
public sealed class ConfigurationTests
{
    private const string AreaKey = "LiveCommerceRules:ParameterOverrides:hlj-shared-base:HLJ-BASE-AREA";

    [Fact]
    public async Task StricterAreaStandard_InConfiguration_IsHonouredByEvaluationAndListed()
    {
        // The meeting sample's building is 2,350.5 m²: enough for the document's 2,000, not for a city's 2,500.
        using var factory = new WebHostFactory(new Dictionary<string, string?> { [AreaKey] = "2500" });
        HttpClient client = factory.CreateClient();

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(Repo.Sample("hlj-shared-base", "application-meets.json")));
        JsonNode rules = await (await client.GetAsync("/programs/hlj-shared-base/rules")).ReadJson();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode report = await response.ReadJson();
        JsonNode area = report["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "HLJ-BASE-AREA")!;
        Assert.Equal("NotMet", area["outcome"]!.GetValue<string>());
        Assert.Equal(2500m, area["required"]!["bound"]!["value"]!.GetValue<decimal>());
        Assert.Equal(2500m, report["parameters"]!["HLJ-BASE-AREA"]!.GetValue<decimal>());
        JsonNode parameter = rules["parameters"]!.AsArray().Single(p => p!["key"]!.GetValue<string>() == "HLJ-BASE-AREA")!;
        Assert.Equal(2500m, parameter["value"]!.GetValue<decimal>());
        Assert.Equal(2000m, parameter["defaultValue"]!.GetValue<decimal>());
        Assert.True(parameter["overridden"]!.GetValue<bool>());
    }

    [Fact]
    public async Task StricterAreaStandard_AsWrittenInAppSettingsJson_IsHonoured()
    {
        using var factory = new WebHostFactory("""
            { "LiveCommerceRules": { "ParameterOverrides": { "hlj-shared-base": { "HLJ-BASE-AREA": 2500 } } } }
            """);

        HttpResponseMessage response = await factory.CreateClient().PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(Repo.Sample("hlj-shared-base", "application-meets.json")));

        JsonNode report = await response.ReadJson();
        Assert.Equal("NotMet", report["outcome"]!.GetValue<string>());
        Assert.Equal(2500m, report["parameters"]!["HLJ-BASE-AREA"]!.GetValue<decimal>());
    }

    [Fact]
    public void LooserAreaStandard_AsWrittenInAppSettingsJson_StopsStartUp()
    {
        using var factory = new WebHostFactory("""
            { "LiveCommerceRules": { "ParameterOverrides": { "hlj-shared-base": { "HLJ-BASE-AREA": 1999.99 } } } }
            """);

        OptionsValidationException ex = StartUpFailure(factory);

        Assert.Contains("HLJ-BASE-AREA = 1999.99", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LooserAreaStandard_InConfiguration_StopsStartUpNamingTheRuleAndBothValues()
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?> { [AreaKey] = "1500" });

        OptionsValidationException ex = StartUpFailure(factory);

        Assert.Contains("HLJ-BASE-AREA", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1500", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2000", ex.Message, StringComparison.Ordinal);
        Assert.Contains("loosens", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRuleSetAndParameter_InConfiguration_StopStartUpListingEveryProblem()
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?>
        {
            ["LiveCommerceRules:ParameterOverrides:no-such-rule-set:X"] = "1",
            ["LiveCommerceRules:ParameterOverrides:hlj-shared-base:NO-SUCH-PARAMETER"] = "1",
        });

        OptionsValidationException ex = StartUpFailure(factory);

        Assert.Equal(2, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("'no-such-rule-set'", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("'NO-SUCH-PARAMETER'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2,500")]
    [InlineData("2500m2")]
    [InlineData("２５００")]
    [InlineData("")]
    [InlineData(" 2500")]
    [InlineData("2.5e3")]
    [InlineData("2500.")]
    public void AreaOverride_NotAPlainNumber_StopsStartUpNamingTheKeyAndTheValue(string written)
    {
        // The configuration binder dropped these without a word and the provincial 2,000 m² stayed in force (issue 17, finding 1).
        using var factory = new WebHostFactory(new Dictionary<string, string?> { [AreaKey] = written });

        OptionsValidationException ex = StartUpFailure(factory);

        string failure = Assert.Single(ex.Failures);
        Assert.Contains(AreaKey, failure, StringComparison.Ordinal);
        Assert.Contains($"'{written}'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AreaOverride_ThousandsSeparatorInAppSettingsJson_StopsStartUp()
    {
        using var factory = new WebHostFactory("""
            { "LiveCommerceRules": { "ParameterOverrides": { "hlj-shared-base": { "HLJ-BASE-AREA": "2,500" } } } }
            """);

        OptionsValidationException ex = StartUpFailure(factory);

        Assert.Contains("'2,500'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthsOverride_WithAFraction_StopsStartUp()
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceRules:ParameterOverrides:hlj-shared-base:HLJ-BASE-OPERATOR"] = "24.4" });

        OptionsValidationException ex = StartUpFailure(factory);

        Assert.Contains("HLJ-BASE-OPERATOR = '24.4'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("whole number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledSection_UnderLiveCommerceRules_StopsStartUp()
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceRules:ParameterOverride:hlj-shared-base:HLJ-BASE-AREA"] = "2500" });

        OptionsValidationException ex = StartUpFailure(factory);

        Assert.Contains("LiveCommerceRules:ParameterOverride ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigurationFault_InTheRealProcess_ExitsNonZeroWithTheMessageAndNoStackTrace()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "LiveCommerce.Rules.Web.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["LiveCommerceRules__ParameterOverrides__hlj-shared-base__HLJ-BASE-AREA"] = "2,500";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = System.Diagnostics.Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        bool exited = true;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            exited = false;
            process.Kill();
        }

        Assert.True(exited, "the host started instead of refusing its configuration");
        string error = await stderr + await stdout;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("HLJ-BASE-AREA = '2,500'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1073741824")]
    public void RequestBodyLimit_OutOfRange_StopsStartUp(string limit)
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceWeb:MaxRequestBodyBytes"] = limit });

        OptionsValidationException ex = StartUpFailure(factory);

        Assert.Contains("MaxRequestBodyBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestBodyLimit_Configured_IsEnforced()
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?> { ["LiveCommerceWeb:MaxRequestBodyBytes"] = "1024" });
        HttpClient client = factory.CreateClient();

        HttpResponseMessage response = await client.PostAsync("/programs/hlj-shared-base/evaluate?asOf=2023-03-01", Http.Json(Repo.Sample("hlj-shared-base", "application-meets.json")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Evaluate_WithoutAsOf_EvaluatesAsOfTodayFromTheTimeProvider()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2023, 5, 17, 10, 0, 0, TimeSpan.Zero));
        using var factory = new WebHostFactory(new Dictionary<string, string?>(), s => s.AddSingleton<TimeProvider>(clock));

        HttpResponseMessage response = await factory.CreateClient().PostAsync("/programs/hlj-shared-base/evaluate", Http.Json(Repo.Sample("hlj-shared-base", "application-meets.json")));

        Assert.Equal("2023-05-17", (await response.ReadJson())["asOf"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnhandledException_InProduction_Returns500ProblemDetailsWithoutStackTrace()
    {
        using var factory = new WebHostFactory(new Dictionary<string, string?>(), s => s.AddSingleton<TimeProvider>(new BrokenTimeProvider()));

        HttpResponseMessage response = await factory.CreateClient().PostAsync("/programs/hlj-shared-base/evaluate", Http.Json("{}"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret-internal-detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    internal static OptionsValidationException StartUpFailure(WebHostFactory factory)
    {
        Exception thrown = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        for (Exception? e = thrown; e is not null; e = e.InnerException)
        {
            if (e is OptionsValidationException options)
            {
                return options;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() is { } inner)
            {
                return inner;
            }
        }

        throw new Xunit.Sdk.XunitException($"Start-up failed with {thrown.GetType()}, not OptionsValidationException: {thrown}");
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private sealed class BrokenTimeProvider : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("secret-internal-detail");
    }
}
