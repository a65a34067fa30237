using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Infrastructure;

public static class ServiceSetup
{
    public const string AdminPolicy = "Admin";
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddThriveOptions(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ThriveOptions>(configuration.GetSection(ThriveOptions.Section));

    public static IServiceCollection AddThriveAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<ThriveUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Tokens.PasswordResetTokenProvider = ResetTokenProvider.Name;
            })
            .AddEntityFrameworkStores<ThriveDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ResetTokenProvider>(ResetTokenProvider.Name)
            .AddClaimsPrincipalFactory<ThriveClaimsFactory>();

        // The sign-in cookie for pages and the API; personal access tokens for the API only (ApiTokens).
        services.AddThriveAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "thrive.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            // The JSON API answers 401/403 instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = c => ApiAware(c.HttpContext, c.RedirectUri, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiAware(c.HttpContext, c.RedirectUri, StatusCodes.Status403Forbidden);
        });
        // Behind HTTPS (PublicBaseUrl https), the sign-in cookie is always Secure, even if TLS ends at a proxy that does
        // not forward the scheme. (The antiforgery cookie follows the request: it refuses to be Secure over plain http.)
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<ThriveOptions>>((o, t) =>
        {
            if (t.Value.PublicBaseUrl.Scheme == Uri.UriSchemeHttps) o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "thrive.af";
            o.HeaderName = ApiAntiforgery.HeaderName; // the JSON API's token travels in a header (forms keep their hidden field)
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ThriveOptions>>((o, t) => TrustProxies(o, t.Value.Security.TrustedProxies));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.RequireClaim(CurrentUser.AdminClaim, "true"));
        services.AddDataProtection().SetApplicationName("Thrive").PersistKeysToDbContext<ThriveDbContext>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, SignInAttempts.Partition);
        });
        return services;
    }

    /// <summary>The services every area may use: the clock, the access policy, mail, the audit log, links.</summary>
    public static IServiceCollection AddThriveInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Access>();
        services.AddScoped<Mailer>();
        services.AddScoped<AuditLog>();
        services.AddHttpContextAccessor();
        services.AddScoped<LinkBuilder>();
        return services;
    }

    private static Task ApiAware(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Believes X-Forwarded-For/Proto from loopback and from the configured proxies only.</summary>
    public static void TrustProxies(ForwardedHeadersOptions o, string configured)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var entry in configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry == "*")
            {
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
                return;
            }
            if (System.Net.IPNetwork.TryParse(entry, out var network)) o.KnownIPNetworks.Add(network);
            else if (System.Net.IPAddress.TryParse(entry, out var address)) o.KnownProxies.Add(address);
            else throw new InvalidOperationException($"Thrive:Security:TrustedProxies: '{entry}' is not an address or network.");
        }
    }
}
