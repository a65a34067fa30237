using System.Security.Cryptography;

namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Jitsi Meet links for installations that set Thrive:Meetings:JitsiBaseUrl: a room named with 128 random bits, so
/// that no one finds a pair's room by guessing. Nothing is stored until the person saves the form it fills.
/// </summary>
public sealed class JitsiRooms(IOptions<ThriveOptions> options)
{
    /// <summary>Whether the installation offers the button (a valid http or https base address is set).</summary>
    public bool Enabled => WebLink.IsValid(options.Value.Meetings.JitsiBaseUrl.Trim());

    /// <summary>A new room's address, or null when the installation offers none.</summary>
    public string? NewLink() => Enabled
        ? $"{options.Value.Meetings.JitsiBaseUrl.Trim().TrimEnd('/')}/Thrive-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}"
        : null;
}
