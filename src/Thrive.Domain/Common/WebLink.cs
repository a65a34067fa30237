namespace Thrive.Domain.Common;

/// <summary>Links people type into Thrive (a solved problem, a blog post, a CV): only http and https.</summary>
public static class WebLink
{
    /// <summary>Only http and https with a host: a javascript: or data: link would run when clicked.</summary>
    public static bool IsValid(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(u.Host);
}
