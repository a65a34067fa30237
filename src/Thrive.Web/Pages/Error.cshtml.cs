namespace Thrive.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : ThrivePageModel
{
    public string RequestId { get; private set; } = "";

    /// <summary>The exception handler set 503: the database is down or locked, not a bug.</summary>
    public bool Unavailable => Response.StatusCode == StatusCodes.Status503ServiceUnavailable;

    /// <summary>The exception handler set 409: a save lost a race with someone else's.</summary>
    public bool Conflict => Response.StatusCode == StatusCodes.Status409Conflict;

    public void OnGet()
    {
        RequestId = System.Diagnostics.Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (Unavailable) Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public void OnPost() => OnGet();
}
