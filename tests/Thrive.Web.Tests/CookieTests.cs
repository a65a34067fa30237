using System.Net;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Cookies are HttpOnly and SameSite always, and Secure whenever the visitor came over HTTPS.</summary>
public sealed class CookieTests : WebTest
{
    private Task<GivenPerson> PersonAsync() => Given.In(App).PersonAsync();

    private static async Task<(string Auth, string Antiforgery)> SignInCookiesAsync(HttpClient client, GivenPerson person, Action<HttpRequestMessage>? decorate = null)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/Account/SignIn");
        decorate?.Invoke(get);
        var page = await client.SendAsync(get, Ct);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("thrive.af=", StringComparison.Ordinal));
        var token = ThriveApp.AntiforgeryToken(await page.Content.ReadAsStringAsync(Ct));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = person.Email, ["Input.Password"] = ThriveApp.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]); // sent by hand: a Secure cookie would not travel over the test's http
        decorate?.Invoke(post);
        var signedIn = await client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("thrive.auth=", StringComparison.Ordinal));
        return (auth.ToLowerInvariant(), antiforgery.ToLowerInvariant());
    }

    private static HttpClient Manual(ThriveApp app) => app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task Over_plain_http_cookies_are_httponly_and_samesite()
    {
        var (auth, antiforgery) = await SignInCookiesAsync(Manual(App), await PersonAsync());
        Assert.Contains("httponly", auth, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", auth, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", auth, StringComparison.Ordinal); // a local http://localhost install still works
        Assert.Contains("httponly", antiforgery, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_https_cookies_are_secure()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        var (auth, antiforgery) = await SignInCookiesAsync(client, await PersonAsync());
        Assert.Contains("secure", auth, StringComparison.Ordinal);
        Assert.Contains("httponly", auth, StringComparison.Ordinal);
        Assert.Contains("secure", antiforgery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_that_ended_tls_cookies_are_secure()
    {
        using var trusting = new ThriveApp(App.Database, seed: false, settings: new Dictionary<string, string> { ["Thrive:Security:TrustedProxies"] = "*" });
        var (auth, _) = await SignInCookiesAsync(Manual(trusting), await PersonAsync(), r => r.Headers.Add("X-Forwarded-Proto", "https"));
        Assert.Contains("secure", auth, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_proxies_are_addresses_or_networks_and_anything_else_stops_the_start()
    {
        var o = new Microsoft.AspNetCore.Builder.ForwardedHeadersOptions();
        Thrive.Web.Infrastructure.ServiceSetup.TrustProxies(o, " 10.0.0.0/8, 192.168.1.5 ");
        Assert.Contains(o.KnownIPNetworks, n => n.ToString() == "10.0.0.0/8");
        Assert.Contains(o.KnownProxies, a => a.ToString() == "192.168.1.5");
        Assert.Contains(o.KnownProxies, System.Net.IPAddress.IsLoopback); // loopback stays trusted
        var any = new Microsoft.AspNetCore.Builder.ForwardedHeadersOptions();
        Thrive.Web.Infrastructure.ServiceSetup.TrustProxies(any, "*");
        Assert.Empty(any.KnownProxies);
        Assert.Empty(any.KnownIPNetworks);
        var bad = Assert.Throws<InvalidOperationException>(() => Thrive.Web.Infrastructure.ServiceSetup.TrustProxies(new(), "proxy.local"));
        Assert.Contains("'proxy.local' is not an address or network", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_https_public_address_cookies_are_always_secure()
    {
        using var https = new ThriveApp(App.Database, seed: false, settings: new Dictionary<string, string> { ["Thrive:PublicBaseUrl"] = "https://thrive.example.org" });
        var (auth, _) = await SignInCookiesAsync(Manual(https), await PersonAsync());
        Assert.Contains("secure", auth, StringComparison.Ordinal);
    }
}
