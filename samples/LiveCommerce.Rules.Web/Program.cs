using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.DependencyInjection;
using LiveCommerce.Rules.Web.Api;
using LiveCommerce.Rules.Web.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// The LiveCommerce.Rules web host: a JSON API over every programme of the library's catalog, an OpenAPI document and
// a plain HTML page (wwwroot) for people. See README "Web host".
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// The catalog, with a city's stricter standards from appsettings.json read strictly, validated on start: a looser
// standard, or a value such as 2,500 that is not a plain number, stops start-up. The NRules engine (?engine=nrules)
// compiles each rule set of the same catalog once.
builder.Services.AddLiveCommerceRules(builder.Configuration.GetSection(LiveCommerceRulesOptions.SectionName)).AddNRules();

builder.Services.AddOptions<LiveCommerceWebOptions>()
    .Bind(builder.Configuration.GetSection(LiveCommerceWebOptions.Section))
    .ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<LiveCommerceWebOptions>, LiveCommerceWebOptionsValidator>();

// An optional parameter file (LiveCommerceWeb:ParameterFile) applied over the configured overrides.
builder.Services.AddSingleton<IPostConfigureOptions<LiveCommerceRulesOptions>, ApplyParameterFile>();

// The built-in rate limiter, off unless LiveCommerceWeb:RateLimit:PermitsPerMinute is set: 429 with Retry-After.
builder.Services.AddLiveCommerceRateLimiting();
builder.Services.AddLiveCommerceForwardedHeaders();
builder.Services.AddOptions<KestrelServerOptions>()
    .Configure<IOptions<LiveCommerceWebOptions>>((kestrel, web) => kestrel.Limits.MaxRequestBodySize = web.Value.MaxRequestBodyBytes);

builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton(sp =>
{
    LiveCommerceWebOptions web = sp.GetRequiredService<IOptions<LiveCommerceWebOptions>>().Value;
    string root = Path.IsPathRooted(web.SamplesPath) ? web.SamplesPath : Path.Combine(AppContext.BaseDirectory, web.SamplesPath);
    return SampleLibrary.Load(root, sp.GetRequiredService<RuleCatalog>(), web.MaxRequestBodyBytes);
});

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default);

    // Chinese as written, not \uXXXX; HTML-sensitive characters stay escaped (the answers may end up in a page).
    o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "LiveCommerce.Rules";
    document.Info.Description = "Chinese provincial live-commerce (直播电商) policy as explainable rules: list the programmes, read their clauses, evaluate an application, follow a province's goals.";
    return Task.CompletedTask;
}));

WebApplication app = builder.Build();

// Fail fast, before the server listens: reading the options runs their validators (ValidateOnStart guards the same
// options for hosts that skip this line) and throws an OptionsValidationException listing every problem. The web
// options come first: a faulty parameter file is reported there, naming the file.
// A configuration fault ends the process with its message and exit code 1, not with a stack trace. Hosted in a test's
// WebApplicationFactory (another entry assembly), the exception goes on to the factory, which reports it to the test.
bool ownProcess = System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly;
try
{
    _ = app.Services.GetRequiredService<IOptions<LiveCommerceWebOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<LiveCommerceRulesOptions>>().Value;
    _ = app.Services.GetRequiredService<RuleCatalog>();
}
catch (OptionsValidationException ex) when (ownProcess)
{
    return StartUpFailed(ex.Failures);
}
catch (LiveCommerce.Rules.Engine.RuleConfigurationException ex) when (ownProcess)
{
    return StartUpFailed(ex.Problems);
}

// Errors are RFC 9457 problem details; no stack trace leaves the server (the developer page exists only in Development).
app.UseForwardedHeaders(); // first: every later step (the rate limit) sees the client's address
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseRateLimiter();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapLiveCommerceApi();

app.Run();
return 0;

static int StartUpFailed(IEnumerable<string> problems)
{
    Console.Error.WriteLine("LiveCommerce.Rules.Web did not start: the configuration is invalid.");
    foreach (string problem in problems)
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 1;
}

/// <summary>The web host's entry point (public for <c>WebApplicationFactory</c> in the tests).</summary>
public partial class Program;
