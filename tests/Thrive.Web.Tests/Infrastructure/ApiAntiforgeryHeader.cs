using System.Runtime.CompilerServices;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// Adds the antiforgery header to a test client's API requests once it has signed in and read a token, as the pages'
/// scripts (board.js, htmx) do in a browser. Page form posts go without it, so they carry only the form's own field.
/// </summary>
public sealed class ApiAntiforgeryHeader : DelegatingHandler
{
    /// <summary>The handler of each client that ThriveApp or AppProcess made.</summary>
    public static readonly ConditionalWeakTable<HttpClient, ApiAntiforgeryHeader> Of = [];

    public string? Token { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Token is not null && request.RequestUri?.AbsolutePath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true
            && !request.Headers.Contains(ApiAntiforgery.HeaderName))
            request.Headers.Add(ApiAntiforgery.HeaderName, Token);
        return base.SendAsync(request, cancellationToken);
    }
}
