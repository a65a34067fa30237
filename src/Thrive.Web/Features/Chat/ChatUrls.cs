using Microsoft.AspNetCore.DataProtection;
using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Features.Chat;

/// <summary>
/// A chat connection's URL, which is itself the secret (whoever has it can post to the channel): checked as a webhook's
/// is (<see cref="WebhookTargets"/>: no private address unless allowed, checked again at every connection), https only
/// unless private networks are allowed, and kept protected by the installation's data protection keys.
/// </summary>
public sealed class ChatUrls(IDataProtectionProvider protection, WebhookTargets targets, IOptionsMonitor<ThriveOptions> options)
{
    private readonly IDataProtector protector = protection.CreateProtector("Thrive.Chat.Url");

    public async Task<Result<Uri>> CheckAsync(string? url, CancellationToken ct)
    {
        var checkedUrl = await targets.CheckAsync(url?.Trim(), ct);
        if (!checkedUrl.Succeeded) return checkedUrl;
        if (checkedUrl.Value!.Scheme != Uri.UriSchemeHttps && !options.CurrentValue.Webhooks.AllowPrivateNetworks)
            return Error.Validation("Url", "Use the https address Slack or Teams gave you (it starts with https://).");
        return checkedUrl;
    }

    public string Protect(Uri url) => protector.Protect(url.AbsoluteUri);

    /// <summary>The URL to post to; null when the keys that protected it are gone (the connection must be made again).</summary>
    public string? Unprotect(string stored)
    {
        try { return protector.Unprotect(stored); }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
    }

    /// <summary>How a connection is shown: its host and a mask for the rest.</summary>
    public static string Masked(string host) => $"https://{host}/…";
}
