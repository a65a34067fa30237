using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// A small, real OpenID Connect provider for the single sign-on tests (web and browser): a Kestrel app on a free
/// loopback port with a discovery document, its signing key (RS256), an authorization endpoint that shows a login
/// page, and a token endpoint that checks the client secret, the redirect URI and the PKCE verifier before it issues
/// a signed id token. The people who can sign in, and what their tokens say (e-mail, whether it is verified, another
/// audience, an id token that has expired), are the test's to choose.
/// </summary>
public sealed class OidcTestProvider : IAsyncLifetime
{
    public const string ClientId = "thrive-test";
    public const string ClientSecret = "test-provider-secret";

    /// <summary>Someone who can sign in at the provider, and how their id token comes out.</summary>
    public sealed record Person(string Email, bool EmailVerified = true, string Name = "Sam Provider")
    {
        public string Subject { get; init; } = "sub-" + Guid.NewGuid().ToString("N")[..12];
        /// <summary>The audience of the id token instead of the client's own.</summary>
        public string? Audience { get; init; }
        /// <summary>How long before now the id token was issued (it lives five minutes).</summary>
        public TimeSpan Age { get; init; }
    }

    private sealed record Grant(string ClientId, string RedirectUri, string Challenge, string? Nonce, Person Person);

    private readonly ConcurrentDictionary<string, Person> people = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Grant> codes = new(StringComparer.Ordinal);
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The RP-initiated sign-outs that reached the end-session endpoint: the client id and where to go back.</summary>
    public ConcurrentQueue<(string ClientId, string PostLogoutRedirectUri)> SignedOut { get; } = new();

    public string Issuer => BaseAddress.AbsoluteUri.TrimEnd('/');

    public Person Add(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        people[person.Email] = person;
        return person;
    }

    /// <summary>Thrive's settings for this provider under <paramref name="key"/>.</summary>
    public Dictionary<string, string> Settings(string key = "test", string label = "Test provider", string secret = ClientSecret, string allowedDomains = "") => new()
    {
        [$"Thrive:Sso:Providers:{key}:Authority"] = Issuer,
        [$"Thrive:Sso:Providers:{key}:ClientId"] = ClientId,
        [$"Thrive:Sso:Providers:{key}:ClientSecret"] = secret,
        [$"Thrive:Sso:Providers:{key}:DisplayName"] = label,
        [$"Thrive:Sso:Providers:{key}:AllowedDomains"] = allowedDomains,
        [$"Thrive:Sso:Providers:{key}:RequireHttpsMetadata"] = "false",
    };

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["jwks_uri"] = Issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["scopes_supported"] = new[] { "openid", "profile", "email" },
            ["end_session_endpoint"] = Issuer + "/logout",
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        app.MapGet("/authorize", Authorize);
        app.MapPost("/login", LoginAsync);
        app.MapPost("/token", TokenAsync);
        app.MapGet("/logout", EndSession);
        await app.StartAsync();
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        key.Rsa.Dispose();
    }

    /// <summary>The end-session endpoint: the provider's own session ends, and the browser goes back with the state.</summary>
    private IResult EndSession(HttpRequest request)
    {
        var q = request.Query;
        var back = q["post_logout_redirect_uri"].ToString();
        if (q["client_id"] != ClientId || !Uri.TryCreate(back, UriKind.Absolute, out _)) return Results.Text("invalid end-session request", statusCode: 400);
        SignedOut.Enqueue((q["client_id"].ToString(), back));
        return Results.Redirect(QueryHelpers.AddQueryString(back, "state", q["state"].ToString()));
    }

    /// <summary>The login page: the request travels on in a hidden field.</summary>
    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != ClientId || q["response_type"] != "code" || string.IsNullOrEmpty(q["redirect_uri"])
            || q["code_challenge_method"] != "S256" || string.IsNullOrEmpty(q["code_challenge"]))
            return Results.Text("invalid authorization request", statusCode: 400);
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test provider</title></head><body>
            <h1>Test provider</h1>
            <form method="post" action="/login">
            <input type="hidden" name="request" value="{WebUtility.HtmlEncode(request.QueryString.Value!.TrimStart('?'))}">
            <label for="email">Provider e-mail</label> <input id="email" name="email" type="email">
            <button type="submit" name="action" value="sign-in">Sign in at the provider</button>
            <button type="submit" name="action" value="cancel">Cancel</button>
            </form></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private async Task<IResult> LoginAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var q = QueryHelpers.ParseQuery(form["request"].ToString());
        var redirect = q["redirect_uri"].ToString();
        var state = q["state"].ToString();
        if (form["action"] == "cancel")
            return Results.Redirect(QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["error"] = "access_denied", ["state"] = state }));
        if (!people.TryGetValue(form["email"].ToString(), out var person)) return Results.Text("unknown person", statusCode: 400);
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        codes[code] = new Grant(q["client_id"].ToString(), redirect, q["code_challenge"].ToString(), q["nonce"].ToString(), person);
        return Results.Redirect(QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["code"] = code, ["state"] = state, ["iss"] = Issuer }));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (clientId, secret) = (form["client_id"].ToString(), form["client_secret"].ToString());
        var basic = request.Headers.Authorization.ToString();
        if (basic.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(basic[6..])).Split(':', 2);
            (clientId, secret) = (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }
        if (clientId != ClientId || secret != ClientSecret)
            return Results.Json(new { error = "invalid_client", error_description = "The client secret is wrong." }, statusCode: 401);
        if (form["grant_type"] != "authorization_code" || !codes.TryRemove(form["code"].ToString(), out var grant))
            return Results.Json(new { error = "invalid_grant", error_description = "Unknown or used code." }, statusCode: 400);
        var verifier = form["code_verifier"].ToString();
        if (grant.RedirectUri != form["redirect_uri"] || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.Challenge)
            return Results.Json(new { error = "invalid_grant", error_description = "The redirect URI or the PKCE verifier does not match." }, statusCode: 400);

        var person = grant.Person;
        var issued = DateTime.UtcNow - person.Age;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = person.Subject, ["email"] = person.Email, ["email_verified"] = person.EmailVerified, ["name"] = person.Name,
        };
        if (!string.IsNullOrEmpty(grant.Nonce)) claims["nonce"] = grant.Nonce;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer, Audience = person.Audience ?? grant.ClientId, Claims = claims,
            IssuedAt = issued, NotBefore = issued, Expires = issued.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { access_token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), token_type = "Bearer", expires_in = 300, id_token = idToken });
    }
}
