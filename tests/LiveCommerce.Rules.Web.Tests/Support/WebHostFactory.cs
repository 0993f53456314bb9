using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LiveCommerce.Rules.Web.Tests.Support;

/// <summary>The web host in process, in the Production environment, with optional settings and services.</summary>
public sealed class WebHostFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;
    private readonly string? appSettingsJson;

    public WebHostFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal WebHostFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        this.settings = settings;
        this.services = services;
    }

    /// <summary>A host with an extra appsettings-style JSON document layered over appsettings.json.</summary>
    internal WebHostFactory(string appSettingsJson)
        : this(new Dictionary<string, string?>())
    {
        this.appSettingsJson = appSettingsJson;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(c =>
        {
            if (appSettingsJson is not null)
            {
                c.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(appSettingsJson)));
            }

            c.AddInMemoryCollection(settings);
        });
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}

/// <summary>Small helpers for the API tests.</summary>
internal static class Http
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static ByteArrayContent Json(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static async Task<JsonNode> ReadJson(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>The <c>problems</c> extension as (path, code) pairs.</summary>
    public static IReadOnlyList<(string Path, string Code)> Problems(JsonNode problem) =>
        [.. problem["problems"]!.AsArray().Select(p => (p!["path"]!.GetValue<string>(), p["code"]!.GetValue<string>()))];
}

/// <summary>Locates the repository's files (the shipped samples).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SamplesData => Path.Combine(Root, "samples", "data");

    public static byte[] Sample(string folder, string file) => File.ReadAllBytes(Path.Combine(SamplesData, folder, file));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LiveCommerce.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with LiveCommerce.Rules.sln) was not found above " + AppContext.BaseDirectory);
    }
}
