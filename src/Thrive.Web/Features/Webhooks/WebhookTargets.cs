using System.Net;
using System.Net.Sockets;

namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// Which addresses a webhook may reach. When a webhook is saved its host is resolved and refused if it is (or resolves
/// to) a private, loopback or link-local address, unless Thrive:Webhooks:AllowPrivateNetworks is on. At delivery the
/// same check runs again inside the connection itself (<see cref="ConnectAsync"/>), on the address actually connected
/// to, so that a host whose DNS answer changes after the save (DNS rebinding) still cannot reach inside.
/// </summary>
public sealed class WebhookTargets(IOptionsMonitor<ThriveOptions> options)
{
    public const string RefusedMessage = "This address is on a private network (or this computer), which Thrive does not send webhooks to. Use a public address.";

    private bool AllowPrivate => options.CurrentValue.Webhooks.AllowPrivateNetworks;

    /// <summary>The URL parsed and its host checked; field errors on "Url".</summary>
    public async Task<Result<Uri>> CheckAsync(string? url, CancellationToken ct)
    {
        var parsed = WebhookAddress.Parse(url);
        if (!parsed.Succeeded || AllowPrivate) return parsed;
        var uri = parsed.Value!;
        IPAddress[] addresses;
        try { addresses = await ResolveAsync(uri.IdnHost, ct); }
        catch (SocketException) { return Error.Validation("Url", $"Thrive could not find the host {uri.Host}. Check the address."); }
        if (addresses.Length == 0) return Error.Validation("Url", $"Thrive could not find the host {uri.Host}. Check the address.");
        return addresses.Any(WebhookAddress.IsInternal) ? Error.Validation("Url", RefusedMessage) : uri;
    }

    /// <summary>The delivery client's connection: to a checked address only (no redirect is followed, see the area's client).</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var addresses = await ResolveAsync(endpoint.Host, ct);
        var allowed = AllowPrivate ? addresses : addresses.Where(a => !WebhookAddress.IsInternal(a)).ToArray();
        if (allowed.Length == 0) throw new WebhookRefusedException($"Refused: {endpoint.Host} is a private, loopback or link-local address.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.Select(a => new IPEndPoint(a, endpoint.Port)).First(), ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var ip) ? [ip] : await Dns.GetHostAddressesAsync(host, ct);
}

/// <summary>A delivery refused before it left: the address was not one Thrive may reach.</summary>
public sealed class WebhookRefusedException(string message) : Exception(message)
{
    public WebhookRefusedException() : this("Refused.") { }

    public WebhookRefusedException(string message, Exception inner) : this(message) => _ = inner;
}
