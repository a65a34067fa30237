namespace Thrive.Web.Infrastructure;

/// <summary>Absolute links for mail, from the configured public base URL (never from the request's Host header).</summary>
public sealed class LinkBuilder(IOptions<ThriveOptions> options)
{
    public string Absolute(string pathAndQuery) =>
        new Uri(options.Value.PublicBaseUrl, pathAndQuery.TrimStart('/')).ToString();
}
