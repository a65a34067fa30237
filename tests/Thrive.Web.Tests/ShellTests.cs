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
    public async Task The_participant_tools_are_in_the_navigation_of_mentors_mentees_and_newcomers_only()
    {
        var programme = await Given.In(App).ProgrammeAsync();
        var pair = await Given.In(App).PairAsync(programme);
        var newcomer = await Given.In(App).PersonAsync();
        var admin = await Given.In(App).AdminAsync();
        var coordinatingMentor = await Given.In(App).CoordinatorAsync(await Given.In(App).ProgrammeAsync(), pair.Mentor);

        async Task<string> NavOf(GivenPerson person) => await (await person.SignInAsync()).GetStringAsync("/Groups", Ct);

        foreach (var person in new[] { pair.Mentee, pair.Mentor, newcomer, coordinatingMentor })
            Assert.Contains("href=\"/Board\"", await NavOf(person), StringComparison.Ordinal);
        foreach (var person in new[] { programme.Coordinator, admin })
        {
            var nav = await NavOf(person);
            Assert.DoesNotContain("href=\"/Board\"", nav, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"tools-menu\"", nav, StringComparison.Ordinal);
            Assert.Contains("href=\"/Groups\"", nav, StringComparison.Ordinal);
        }
        // What's new stays for a coordinator (their groups); an administrator without a place has none.
        Assert.Contains("href=\"/Activity\"", await NavOf(programme.Coordinator), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Activity\"", await NavOf(admin), StringComparison.Ordinal);
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

    [Fact]
    public async Task OpenApi_states_the_success_schema_and_the_problem_answers_of_programmes_intake_and_accounts()
    {
        var json = await App.Anonymous().GetStringAsync("/openapi/v1.json", Ct);
        using var doc = JsonDocument.Parse(json);
        var operations = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Name: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)))
            .Where(o => o.Operation.GetProperty("tags").EnumerateArray().Any(t => t.GetString() is "Programmes" or "Intake" or "Accounts"))
            .ToList();
        Assert.Equal(9, operations.Count);
        foreach (var (name, op) in operations)
        {
            Assert.True(op.TryGetProperty("operationId", out _), $"{name} has no name");
            Assert.True(op.TryGetProperty("summary", out _), $"{name} has no summary");
            var responses = op.GetProperty("responses");
            var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.True(success.Count == 1, $"{name} states {success.Count} success answers");
            if (success[0].Name != "204")
                Assert.True(success[0].Value.TryGetProperty("content", out var content) && content.EnumerateObject().All(c => c.Value.TryGetProperty("schema", out _)),
                    $"{name} answers {success[0].Name} without a schema");
            foreach (var code in new[] { "400", "401", "403", "404" })
                Assert.True(responses.TryGetProperty(code, out var problem) && problem.GetProperty("content").TryGetProperty("application/problem+json", out _),
                    $"{name} does not state its {code} ProblemDetails");
        }
    }
}
