using System.Net;
using LiveCommerce.Rules.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LiveCommerce.Rules.Web.Tests;

/// <summary>Issue 17: behind a reverse proxy the rate limit counts clients, not the proxy, and only the API counts.</summary>
public sealed class ProxyRateLimitTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task BehindAKnownProxy_EachForwardedClientHasItsOwnLimit()
    {
        using var factory = Factory(new() { ["LiveCommerceWeb:ForwardedHeaders:KnownProxies:0"] = Proxy });
        HttpClient client = factory.CreateClient();

        HttpStatusCode a1 = await Get(client, "/programs", Proxy, "203.0.113.1");
        HttpStatusCode a2 = await Get(client, "/programs", Proxy, "203.0.113.1");
        HttpStatusCode b1 = await Get(client, "/programs", Proxy, "203.0.113.2");

        Assert.Equal(HttpStatusCode.OK, a1);
        Assert.Equal(HttpStatusCode.TooManyRequests, a2);
        Assert.Equal(HttpStatusCode.OK, b1); // without the proxy setting all three would share the proxy's one permit
    }

    [Fact]
    public async Task FromAnUnknownPeer_TheForwardedHeaderIsIgnored()
    {
        using var factory = Factory(new() { ["LiveCommerceWeb:ForwardedHeaders:KnownProxies:0"] = Proxy });
        HttpClient client = factory.CreateClient();

        HttpStatusCode first = await Get(client, "/programs", "198.51.100.7", "203.0.113.1");
        HttpStatusCode spoofed = await Get(client, "/programs", "198.51.100.7", "203.0.113.99");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed); // a client cannot pick a fresh address for itself
    }

    [Fact]
    public async Task NoProxyConfigured_TheForwardedHeaderIsIgnored()
    {
        using var factory = Factory([]);
        HttpClient client = factory.CreateClient();

        _ = await Get(client, "/programs", Proxy, "203.0.113.1");
        HttpStatusCode second = await Get(client, "/programs", Proxy, "203.0.113.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, second);
    }

    [Fact]
    public async Task ThePageAndItsFiles_DoNotCount()
    {
        using var factory = Factory([]);
        HttpClient client = factory.CreateClient();

        HttpStatusCode[] page = [await Get(client, "/", Proxy, null), await Get(client, "/app.js", Proxy, null), await Get(client, "/app.css", Proxy, null)];
        HttpStatusCode api = await Get(client, "/programs", Proxy, null);

        Assert.All(page, c => Assert.Equal(HttpStatusCode.OK, c));
        Assert.Equal(HttpStatusCode.OK, api);
    }

    [Theory]
    [InlineData("LiveCommerceWeb:ForwardedHeaders:KnownProxies:0", "10.0.0")]
    [InlineData("LiveCommerceWeb:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99")]
    public void AMalformedProxySetting_StopsStartUp(string key, string value)
    {
        using var factory = Factory(new() { [key] = value });

        Assert.Contains($"'{value}'", ConfigurationTests.StartUpFailure(factory).Message, StringComparison.Ordinal);
    }

    private static WebHostFactory Factory(Dictionary<string, string?> settings)
    {
        settings["LiveCommerceWeb:RateLimit:PermitsPerMinute"] = "1";
        return new WebHostFactory(settings, s => s.AddSingleton<IStartupFilter, PeerFromHeader>());
    }

    private static async Task<HttpStatusCode> Get(HttpClient client, string url, string peer, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Test-Peer", peer);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    /// <summary>The test server has no network peer: take it from a test header, before the host's own middleware.</summary>
    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers["X-Test-Peer"].ToString(), out IPAddress? peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
