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
}
