using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Personal access tokens on the JSON API: <c>Authorization: Bearer thr_…</c> on /api only (a token never signs in a
/// page). A token carries its owner's identity and admin flag, made by the same claims factory as the cookie, so the
/// access policy answers for it exactly as for its owner; a read token may only GET or HEAD. An unknown, expired or
/// revoked token is 401 with WWW-Authenticate; an unsafe call with a read token is 403.
/// </summary>
public static class ApiTokens
{
    public const string Scheme = "Bearer";
    public const string SecurityScheme = "bearer";
    public const string ScopeClaim = "thrive:token-scope";

    /// <summary>Chooses the scheme per request: a bearer token on the API, the sign-in cookie everywhere else.</summary>
    private const string Selector = "ThriveSelector";

    public static AuthenticationBuilder AddThriveAuthentication(this IServiceCollection services)
    {
        var auth = services.AddAuthentication(o =>
        {
            o.DefaultScheme = Selector;
            o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignOutScheme = IdentityConstants.ApplicationScheme;
        });
        auth.AddPolicyScheme(Selector, "Cookie or personal access token",
            o => o.ForwardDefaultSelector = c => SendsBearer(c.Request) ? Scheme : IdentityConstants.ApplicationScheme);
        auth.AddScheme<AuthenticationSchemeOptions, BearerHandler>(Scheme, null);
        return auth;
    }

    /// <summary>After authentication: a bearer call must authenticate (401) and stay within its scope (403).</summary>
    public static IApplicationBuilder UseApiTokenScopes(this IApplicationBuilder app) =>
        app.UseWhen(c => SendsBearer(c.Request), b => b.Use(async (context, next) =>
        {
            var identity = context.User.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == Scheme);
            if (identity is null)
            {
                await context.ChallengeAsync(Scheme);
                return;
            }
            var scope = Enum.TryParse<TokenScope>(identity.FindFirst(ScopeClaim)?.Value, true, out var s) ? s : TokenScope.Read;
            var method = context.Request.Method;
            if (!AccessToken.Allows(scope, HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\", scope=\"write\"";
                await Problem(context, StatusCodes.Status403Forbidden, "insufficient_scope", "Forbidden.",
                    "This token has the read scope: it may only GET and HEAD. Make a token with the write scope to change things.");
                return;
            }
            await next();
        }));

    /// <summary>An Authorization: Bearer header on an /api request.</summary>
    public static bool SendsBearer(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Authorization.ToString().StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase);

    /// <summary>A new secret with the recognisable prefix.</summary>
    public static string NewSecret() => AccessToken.Prefix + Tokens.New();

    private static Task Problem(HttpContext context, int status, string code, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(context);

    public sealed class BearerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
        ThriveDbContext db, TimeProvider clock, UserManager<ThriveUser> users, IUserClaimsPrincipalFactory<ThriveUser> principals)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        private const string Refused = "The token is unknown, expired or revoked.";

        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!SendsBearer(Request)) return AuthenticateResult.NoResult();
            var secret = Request.Headers.Authorization.ToString()[(ApiTokens.Scheme.Length + 1)..].Trim();
            if (!secret.StartsWith(AccessToken.Prefix, StringComparison.Ordinal) || secret.Length > 200) return AuthenticateResult.Fail(Refused);
            var hash = Tokens.Hash(secret);
            var token = await db.AccessTokens.AsNoTracking().Where(t => t.TokenHash == hash)
                .Select(t => new { t.Id, t.OwnerId, t.Scope, t.ExpiresAt, t.RevokedAt, t.LastUsedAt }).FirstOrDefaultAsync(Context.RequestAborted);
            var now = clock.GetUtcNow();
            if (token is null || token.RevokedAt is not null || now >= token.ExpiresAt) return AuthenticateResult.Fail(Refused);
            var user = await users.FindByIdAsync(token.OwnerId.ToString());
            if (user is null || await users.IsLockedOutAsync(user)) return AuthenticateResult.Fail(Refused);
            if (AccessToken.ShouldRecordUse(token.LastUsedAt, now))
                await db.AccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);

            var cookieLike = (ClaimsIdentity)(await principals.CreateAsync(user)).Identity!;
            var identity = new ClaimsIdentity(cookieLike.Claims, ApiTokens.Scheme, cookieLike.NameClaimType, cookieLike.RoleClaimType);
            identity.AddClaim(new Claim(ScopeClaim, token.Scope.ToString()));
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiTokens.Scheme));
        }

        protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            Response.Headers.WWWAuthenticate = "Bearer realm=\"thrive\", error=\"invalid_token\"";
            return Problem(Context, StatusCodes.Status401Unauthorized, "invalid_token", "Unauthorized.",
                Refused + " Make a new one on /Account/Tokens.");
        }

        protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
            Problem(Context, StatusCodes.Status403Forbidden, "forbidden", "Forbidden.", "You do not have access to this.");
    }
}
