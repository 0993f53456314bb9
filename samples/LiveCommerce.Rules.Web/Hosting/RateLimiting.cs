using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LiveCommerce.Rules.Web.Hosting;

/// <summary>ASP.NET Core's built-in rate limiter, configured from <see cref="RateLimitSettings"/>.</summary>
internal static class RateLimiting
{
    /// <summary>
    /// Registers a global fixed-window limiter per client address (one minute, no queue) when
    /// <c>LiveCommerceWeb:RateLimit:PermitsPerMinute</c> is above 0; rejected requests get 429, a Retry-After header in
    /// seconds and a problem document. With 0 (the default) every request passes.
    /// </summary>
    public static IServiceCollection AddLiveCommerceRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LiveCommerceWebOptions>>((limiter, web) =>
        {
            int permits = web.Value.RateLimit.PermitsPerMinute;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                permits <= 0 || !IsApi(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetFixedWindowLimiter(
                        (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString(),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                TimeSpan retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? wait : TimeSpan.FromMinutes(1);
                HttpResponse response = context.HttpContext.Response;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: string.Create(CultureInfo.InvariantCulture, $"At most {permits} requests per minute; retry after the number of seconds in Retry-After.")).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>
    /// Trusts <c>X-Forwarded-For</c> from the configured proxies only (<see cref="ForwardedHeadersSettings"/>), so that
    /// the rate limit counts each client behind the proxy, not the proxy. With none configured, nothing is trusted.
    /// </summary>
    public static IServiceCollection AddLiveCommerceForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<LiveCommerceWebOptions>>((forwarded, web) =>
        {
            ForwardedHeadersSettings settings = web.Value.ForwardedHeaders;
            forwarded.KnownProxies.Clear(); // the framework trusts loopback by default
            forwarded.KnownIPNetworks.Clear();
            forwarded.ForwardedHeaders = settings.Enabled ? ForwardedHeaders.XForwardedFor : ForwardedHeaders.None;
            forwarded.ForwardLimit = null; // walk back through every trusted proxy, stopping at the first untrusted one
            foreach (string proxy in settings.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out IPAddress? address))
                {
                    forwarded.KnownProxies.Add(address);
                }
            }

            foreach (string network in settings.KnownNetworks)
            {
                if (System.Net.IPNetwork.TryParse(network, out System.Net.IPNetwork parsed))
                {
                    forwarded.KnownIPNetworks.Add(parsed);
                }
            }
        });
        return services;
    }

    /// <summary>Only the API counts: the page, its files and the OpenAPI document are not limited.</summary>
    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/programs", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/goals", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/samples", StringComparison.OrdinalIgnoreCase);
}
