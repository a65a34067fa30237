using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Thrive.Web.Features.Accounts;

/// <summary>
/// After Thrive's own sign-out: a person who signed in with a provider is signed out there too, when the provider
/// names an end_session_endpoint in its discovery document (OpenID Connect RP-initiated logout). The browser goes to
/// the provider and comes back to the sign-in page through the scheme's signed-out callback. A provider without one,
/// or one that cannot be reached, leaves the sign-out at Thrive's own.
/// </summary>
public sealed class SignOutAtProvider(IOptionsMonitor<OpenIdConnectOptions> schemes, IOptions<ThriveOptions> options, ILogger<SignOutAtProvider> log)
{
    /// <summary>True when the response now sends the browser to the provider; the caller writes nothing more.</summary>
    public async Task<bool> SignOutAsync(HttpContext http, ClaimsPrincipal signedOut, string returnUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(signedOut);
        var scheme = signedOut.FindFirstValue(ClaimTypes.AuthenticationMethod);
        if (SingleSignOn.KeyOf(scheme) is not { } key || !options.Value.Sso.Providers.ContainsKey(key)) return false;
        var o = schemes.Get(scheme);
        OpenIdConnectConfiguration configuration;
        try
        {
            if (o.ConfigurationManager is null) return false;
            configuration = await o.ConfigurationManager.GetConfigurationAsync(ct);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or TaskCanceledException)
        {
            // A provider that cannot be reached does not stop the sign-out from Thrive.
            log.LogWarning(e, "Could not read {Provider}'s discovery document at sign-out; signed out of Thrive only", key);
            return false;
        }
        if (string.IsNullOrEmpty(configuration.EndSessionEndpoint)) return false;
        await http.SignOutAsync(scheme, new AuthenticationProperties { RedirectUri = returnUrl });
        return true;
    }
}
