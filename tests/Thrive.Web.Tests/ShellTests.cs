using System.Net;
using System.Text.Json;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class ShellTests : WebTest
{
    [Fact]
    public async Task Healthz_checks_the_database()
    {
        var r = await App.Anonymous().GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("Healthy", await r.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_a_strict_csp()
    {
        var r = await App.Anonymous().GetAsync("/Account/SignIn", Ct);
        var csp = string.Join(" ", r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_the_api_answers_401()
    {
        await Given.In(App).AdminAsync(); // set up: an empty installation asks for its admin instead
        var client = App.Anonymous();
        var home = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/SignIn", home.Headers.Location!.OriginalString);
        var api = await client.GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Unknown_page_gets_a_friendly_404()
    {
        var client = await (await Given.In(App).PersonAsync()).SignInAsync();
        var r = await client.GetAsync("/Programmes/" + Guid.NewGuid(), Ct);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Contains("couldn&#x27;t find that page", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var lerato = await Given.In(App).PersonAsync("Lerato Mokoena");
        var client = await lerato.SignInAsync();
        var r = await client.PostAsync("/Account/Profile", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.DisplayName"] = "Mallory" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var name = await App.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == lerato.Id).DisplayName));
        Assert.Equal("Lerato Mokoena", name);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        var json = await App.Anonymous().GetStringAsync("/openapi/v1.json", Ct);
        using var doc = JsonDocument.Parse(json);
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/programmes/{id}", paths);
        Assert.Contains("/api/v1/pairs/{id}/dissolve", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }
}
