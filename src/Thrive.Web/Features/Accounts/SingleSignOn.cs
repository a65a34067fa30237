using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Thrive.Web.Features.Accounts;

/// <summary>
/// Single sign-on: one OpenID Connect scheme per configured provider (Thrive:Sso:Providers:&lt;key&gt;), the
/// authorization code flow with PKCE, its answer kept for a moment in Identity's external cookie until
/// <see cref="SignInWithProvider"/> decides. Every failure of the flow ends on /Account/SsoError with a reason code.
/// </summary>
public static partial class SingleSignOn
{
    public const string SchemePrefix = "sso-";
    public const string LinkItem = "thrive.link";
    public const string ErrorPage = "/Account/SsoError";

    public static string Scheme(string key) => SchemePrefix + key.ToLowerInvariant();

    public static string CallbackPath(string key) => "/signin-" + key.ToLowerInvariant();

    /// <summary>Where the provider sends the browser back after signing the person out there too.</summary>
    public static string SignedOutCallbackPath(string key) => "/signout-callback-" + key.ToLowerInvariant();

    /// <summary>The provider key of a scheme name, or null when it is not one of ours.</summary>
    public static string? KeyOf(string? scheme) =>
        scheme is not null && scheme.StartsWith(SchemePrefix, StringComparison.Ordinal) ? scheme[SchemePrefix.Length..] : null;

    public static IServiceCollection AddSingleSignOn(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<ThriveOptions>>((o, t) =>
        {
            foreach (var (key, provider) in t.Value.Sso.Providers)
            {
                if (!KeyPattern().IsMatch(key))
                    throw new InvalidOperationException($"Thrive:Sso:Providers:{key}: a provider's key is made of letters, digits and dashes.");
                if (string.IsNullOrWhiteSpace(provider.Authority) || string.IsNullOrWhiteSpace(provider.ClientId))
                    throw new InvalidOperationException($"Thrive:Sso:Providers:{key}: Authority and ClientId are required.");
                o.AddScheme<OpenIdConnectHandler>(Scheme(key), Label(key, provider));
            }
        });
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, ProviderScheme>();
        services.AddScoped<SignOutAtProvider>();
        return services;
    }

    public static string Label(string key, SsoProviderOptions provider) =>
        string.IsNullOrWhiteSpace(provider.DisplayName) ? key : provider.DisplayName.Trim();

    /// <summary>The configured providers as their buttons show them, in the order of their labels.</summary>
    public static IReadOnlyList<(string Key, string Label)> Buttons(SsoOptions sso)
    {
        ArgumentNullException.ThrowIfNull(sso);
        return sso.Providers.Select(p => (p.Key, Label: Label(p.Key, p.Value)))
            .OrderBy(p => p.Label, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Sets up each provider's scheme from its settings.</summary>
    private sealed class ProviderScheme(IOptions<ThriveOptions> thrive) : IConfigureNamedOptions<OpenIdConnectOptions>
    {
        public void Configure(OpenIdConnectOptions options) { }

        public void Configure(string? name, OpenIdConnectOptions o)
        {
            if (KeyOf(name) is not { } key || !thrive.Value.Sso.Providers.TryGetValue(key, out var provider)) return;
            var https = thrive.Value.PublicBaseUrl.Scheme == Uri.UriSchemeHttps;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = provider.Authority.Trim();
            o.ClientId = provider.ClientId.Trim();
            o.ClientSecret = string.IsNullOrEmpty(provider.ClientSecret) ? null : provider.ClientSecret;
            o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            o.CallbackPath = CallbackPath(key);
            o.SignedOutCallbackPath = SignedOutCallbackPath(key);
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.ResponseMode = OpenIdConnectResponseMode.Query; // a top-level GET back: the Lax correlation cookie travels with it
            o.UsePkce = true;
            o.SaveTokens = false;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.Scope.Clear();
            o.Scope.Add("openid");
            foreach (var scope in provider.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)) if (!o.Scope.Contains(scope)) o.Scope.Add(scope);
            o.TokenValidationParameters.NameClaimType = "name";
            o.BackchannelTimeout = TimeSpan.FromSeconds(15);
            // Lax, not None: the provider sends the browser back with a GET, and plain-http installations keep working.
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Events.OnTokenValidated = c =>
            {
                // Identity's external login reads the subject from the name identifier.
                if (c.Principal?.FindFirst("sub") is { } sub && c.Principal.Identity is ClaimsIdentity id)
                    id.AddClaim(new Claim(ClaimTypes.NameIdentifier, sub.Value));
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToIdentityProviderForSignOut = c =>
            {
                // No id token is kept (SaveTokens is off), so the client id tells the provider who asks.
                c.ProtocolMessage.ClientId = c.Options.ClientId;
                return Task.CompletedTask;
            };
            o.Events.OnAccessDenied = c =>
            {
                c.Response.Redirect(ErrorUrl(SsoRefusal.Denied, key));
                c.HandleResponse();
                return Task.CompletedTask;
            };
            o.Events.OnRemoteFailure = async c =>
            {
                var reason = Classify(c.Failure);
                await RecordRefusalAsync(c.HttpContext, key, "", reason);
                c.Response.Redirect(ErrorUrl(reason, key));
                c.HandleResponse();
            };
        }
    }

    public static string ErrorUrl(string reason, string? key = null) =>
        ErrorPage + "?reason=" + Uri.EscapeDataString(reason) + (key is null ? "" : "&provider=" + Uri.EscapeDataString(key));

    /// <summary>What went wrong in the provider's answer, as one of <see cref="SsoRefusal"/>'s codes.</summary>
    public static string Classify(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SecurityTokenInvalidAudienceException: return SsoRefusal.Audience;
                case SecurityTokenExpiredException: return SsoRefusal.Expired;
                case SecurityTokenException: return SsoRefusal.Token;
                case HttpRequestException or TaskCanceledException: return SsoRefusal.Unavailable;
            }
            var m = e.Message;
            if (m.Contains("invalid_client", StringComparison.Ordinal) || m.Contains("unauthorized_client", StringComparison.Ordinal)) return SsoRefusal.Client;
            if (m.Contains("access_denied", StringComparison.Ordinal)) return SsoRefusal.Denied;
            if (m.Contains("Correlation failed", StringComparison.Ordinal) || m.Contains("message.State", StringComparison.Ordinal)) return SsoRefusal.State;
            if (m.Contains("IDX20803", StringComparison.Ordinal) || m.Contains("IDX20804", StringComparison.Ordinal)) return SsoRefusal.Unavailable;
        }
        return SsoRefusal.Failed;
    }

    /// <summary>Writes a refusal into the audit log at once (no change of the caller's is waiting to be saved).</summary>
    public static async Task RecordRefusalAsync(HttpContext http, string key, string email, string reason)
    {
        var services = http.RequestServices;
        services.GetRequiredService<AuditLog>().Record(new Actor(Guid.Empty, false), AuditActions.SsoRefused, null, email, detail: key + ": " + reason);
        await services.GetRequiredService<ThriveDbContext>().SaveChangesAsync(http.RequestAborted);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$")]
    private static partial Regex KeyPattern();
}

/// <summary>The reasons a single sign-on ends on the error page, each with the sentence the page shows.</summary>
public static class SsoRefusal
{
    public const string Denied = "denied";
    public const string Audience = "audience";
    public const string Expired = "expired";
    public const string Token = "token";
    public const string State = "state";
    public const string Client = "client";
    public const string Unavailable = "unavailable";
    public const string Unverified = "unverified";
    public const string NoEmail = "no_email";
    public const string NoAccount = "no_account";
    public const string LinkOnProfile = "link_on_profile";
    public const string Locked = "locked";
    public const string LinkedElsewhere = "linked_elsewhere";
    public const string UnknownProvider = "unknown_provider";
    public const string Failed = "failed";

    public static string Sentence(string? reason) => reason switch
    {
        Denied => "You cancelled the sign-in, or the provider did not allow it.",
        Audience => "The provider's answer was meant for another application (wrong audience), so Thrive did not accept it.",
        Expired => "The provider's answer had expired before it reached Thrive. Please try again.",
        Token => "The provider's answer could not be verified, so Thrive did not accept it.",
        State => "This sign-in link was already used or did not start here. Please start again from the sign-in page.",
        Client => "Thrive could not finish the sign-in with the provider: the provider refused Thrive's client id or secret. Please tell your administrator.",
        Unavailable => "The sign-in provider cannot be reached right now. Please try again later.",
        Unverified => "The provider has not verified your e-mail address, so Thrive cannot tell who you are. Verify it with the provider, then try again.",
        NoEmail => "The provider did not tell Thrive your e-mail address. Please tell your administrator (the provider must send the email scope).",
        NoAccount => "There is no Thrive account for this e-mail address, and no open invitation. Ask your coordinator for an invitation.",
        LinkOnProfile => "A Thrive account has this e-mail address but has not confirmed it yet. Sign in with your password, then link this provider under Sign-in methods on your profile.",
        Locked => "This account is locked for a while after too many failed attempts. Please try again later.",
        LinkedElsewhere => "This provider account is already linked to another Thrive account.",
        UnknownProvider => "This installation has no such sign-in provider.",
        _ => "The sign-in with the provider did not work. Please try again.",
    };
}
