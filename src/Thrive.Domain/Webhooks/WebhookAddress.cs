using System.Net;
using System.Net.Sockets;

namespace Thrive.Domain.Webhooks;

/// <summary>
/// Where a webhook may be sent: an absolute http or https URL without credentials in it, and (unless the installation
/// allows private networks) never a private, loopback, link-local or otherwise internal address, so that a subscription
/// cannot make Thrive reach into the network it runs in.
/// </summary>
public static class WebhookAddress
{
    public const int UrlMax = 500;

    /// <summary>The URL's form: scheme, length, no user name or password. Host addresses are checked separately.</summary>
    public static Result<Uri> Parse(string? url)
    {
        var text = url?.Trim() ?? "";
        if (text.Length == 0) return Error.Validation("Url", "Enter the URL Thrive should send events to.");
        if (text.Length > UrlMax) return Error.Validation("Url", $"The URL can be at most {UrlMax} characters.");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
            return Error.Validation("Url", "Enter a web address that starts with https:// (or http://).");
        if (!string.IsNullOrEmpty(uri.UserInfo)) return Error.Validation("Url", "Leave the user name and password out of the URL.");
        return uri;
    }

    /// <summary>Whether an address is one Thrive refuses to call unless private networks are allowed.</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast)) return true;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 0 || b[0] == 10 || b[0] == 127
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)   // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                 // link-local (cloud metadata)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))  // benchmarking
                || b[0] >= 224;                                 // multicast and reserved
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC;                       // unique local fc00::/7
        }
        return true;
    }
}
