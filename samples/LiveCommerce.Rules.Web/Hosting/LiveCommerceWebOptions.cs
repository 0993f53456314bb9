namespace LiveCommerce.Rules.Web.Hosting;

/// <summary>The web host's own settings (section <c>LiveCommerceWeb</c> of appsettings.json).</summary>
internal sealed class LiveCommerceWebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "LiveCommerceWeb";

    /// <summary>The default request body limit: 1 MiB, far above any real application.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The smallest limit accepted.</summary>
    public const long MinMaxRequestBodyBytes = 1024;

    /// <summary>The largest limit accepted.</summary>
    public const long MaxMaxRequestBodyBytes = 64L * 1024 * 1024;

    /// <summary>The largest request body accepted, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>The folder of shipped samples (<c>&lt;rule-set-id&gt;/&lt;file&gt;.json</c>), absolute or relative to the
    /// application's folder; default <c>samples</c> (the build copies samples/data there).</summary>
    public string SamplesPath { get; set; } = "samples";

    /// <summary>
    /// An optional JSON file of parameter overrides, shaped like <c>LiveCommerceRules:ParameterOverrides</c>
    /// (<c>{ "hlj-shared-base": { "HLJ-BASE-AREA": 2500 } }</c>), absolute or relative to the content root. Its values
    /// are applied over appsettings.json; a missing file, malformed JSON, a duplicate key, an unknown rule set or
    /// parameter, or a loosening value stops start-up with a message naming the file, the key and the rule.
    /// </summary>
    public string? ParameterFile { get; set; }

    /// <summary>The request rate limit (off by default).</summary>
    public RateLimitSettings RateLimit { get; set; } = new();

    /// <summary>The reverse proxies whose <c>X-Forwarded-For</c> is trusted (none by default).</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
}

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so a per-address rate limit would count all
/// clients as one. The client's address is taken from <c>X-Forwarded-For</c> only when the request comes from a proxy
/// listed here; with none listed (the default) the header is ignored, so a client cannot choose its own address.
/// </summary>
internal sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of trusted proxies, such as <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, such as <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Whether any proxy is trusted.</summary>
    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

/// <summary>The host's request rate limit: a fixed one-minute window per client address, answered with 429 and Retry-After.</summary>
internal sealed class RateLimitSettings
{
    /// <summary>The largest number of permits accepted.</summary>
    public const int MaxPermitsPerMinute = 1_000_000;

    /// <summary>Requests allowed per client address per minute; 0 (the default) turns the limit off.</summary>
    public int PermitsPerMinute { get; set; }
}
