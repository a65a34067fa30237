using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Every page and API route, read from the app's own endpoint data, against seven people. A route that is not
/// in the table fails the test, so a new route cannot be forgotten.
/// </summary>
public sealed class AuthorizationMatrixTests : WebTest
{
    internal enum Rule { Public, AlwaysDenied, Gone, Nobody, SignedIn, ProgrammeMember, ProgrammeApplicant, ProgrammeManager, PairMember, PairManager, AdminOnly, Participant, GoalViewer, GoalOwner, GoalPair, FeedbackReceiver }

    internal static readonly Dictionary<string, Rule> Table = new(StringComparer.Ordinal)
    {
        ["GET /"] = Rule.SignedIn,
        ["GET /Error"] = Rule.Public,
        ["GET /Status/{code}"] = Rule.Public,
        ["GET /Setup"] = Rule.Gone,
        ["GET /Account/SignIn"] = Rule.Public,
        ["GET /Account/SignOut"] = Rule.SignedIn,
        ["GET /Account/AccessDenied"] = Rule.AlwaysDenied,
        ["GET /Account/Invitation"] = Rule.Public,
        ["GET /Account/ForgotPassword"] = Rule.Public,
        ["GET /Account/ResetPassword"] = Rule.Public,
        ["GET /Account/Profile"] = Rule.SignedIn,
        ["GET /Account/Data"] = Rule.SignedIn,
        ["GET /Account/Calendar"] = Rule.SignedIn,
        ["GET /calendar/{token}.ics"] = Rule.Public, // the secret token is the key (filled with MenteeA's)
        ["GET /Account/Notifications"] = Rule.SignedIn,
        ["GET /Unsubscribe"] = Rule.Public, // the signed token is the proof; without one the answer is 400
        ["GET /Admin/Programmes/New"] = Rule.AdminOnly,
        ["GET /Admin/Mail"] = Rule.AdminOnly,
        ["GET /Admin/Users"] = Rule.AdminOnly,
        ["GET /Admin/Audit"] = Rule.AdminOnly,
        ["GET /Programmes/{id}"] = Rule.ProgrammeMember,
        ["GET /Programmes/{id}/Edit"] = Rule.ProgrammeManager,
        ["GET /Programmes/{id}/Invite"] = Rule.ProgrammeManager,
        ["GET /Programmes/{id}/Apply"] = Rule.ProgrammeApplicant,
        ["GET /Programmes/{id}/Applications"] = Rule.ProgrammeManager,
        ["GET /Programmes/{id}/Applications/{participantId}"] = Rule.ProgrammeManager,
        ["GET /Programmes/{id}/Import"] = Rule.ProgrammeManager,
        ["GET /Programmes/{id}/Export"] = Rule.ProgrammeManager,
        ["GET /Programmes/{id}/Pairs/New"] = Rule.ProgrammeManager,
        ["GET /Pairs/{id}"] = Rule.PairMember,
        ["GET /Pairs/{id}/Charter"] = Rule.GoalPair,
        ["GET /Pairs/{id}/Plan"] = Rule.GoalPair,
        ["GET /Pairs/{id}/Sessions"] = Rule.GoalPair,
        ["GET /Pairs/{id}/Feedback"] = Rule.GoalPair,
        ["GET /Pairs/{id}/Check"] = Rule.GoalPair,
        ["GET /Pairs/{id}/Close"] = Rule.GoalPair,
        ["GET /Pairs/{id}/Journey"] = Rule.GoalPair,
        ["GET /Sessions/{id}"] = Rule.GoalPair,
        ["GET /healthz"] = Rule.Public,
        ["GET /openapi/{documentName}.json"] = Rule.Public,
        ["GET /api/reference/{documentName}"] = Rule.Public,
        ["GET /api/reference/favicon.svg"] = Rule.Public,
        ["GET /api/reference/scalar.aspnetcore.js"] = Rule.Public,
        ["GET /api/reference/scalar.js"] = Rule.Public,
        ["GET /api/v1/me"] = Rule.SignedIn,
        ["GET /api/v1/me/export"] = Rule.SignedIn,
        ["GET /api/v1/programmes"] = Rule.SignedIn,
        ["POST /api/v1/programmes"] = Rule.AdminOnly,
        ["GET /api/v1/programmes/{id}"] = Rule.ProgrammeMember,
        ["PUT /api/v1/programmes/{id}"] = Rule.ProgrammeManager,
        ["GET /api/v1/programmes/{id}/applications"] = Rule.ProgrammeManager,
        ["POST /api/v1/programmes/{id}/applications/{participantId}/decision"] = Rule.ProgrammeManager,
        ["POST /api/v1/programmes/{id}/invitations"] = Rule.ProgrammeManager,
        ["GET /api/v1/programmes/{id}/pairs"] = Rule.ProgrammeManager,
        ["POST /api/v1/programmes/{id}/pairs"] = Rule.ProgrammeManager,
        ["GET /api/v1/pairs/{id}"] = Rule.PairMember,
        ["POST /api/v1/pairs/{id}/activate"] = Rule.PairManager,
        ["POST /api/v1/pairs/{id}/complete"] = Rule.PairManager,
        ["POST /api/v1/pairs/{id}/dissolve"] = Rule.PairManager,
        ["GET /api/v1/pairs/{id}/feedback"] = Rule.GoalPair,
        ["GET /api/v1/pairs/{id}/sessions"] = Rule.GoalPair,
        ["GET /api/v1/sessions/{id}"] = Rule.GoalPair,
        ["POST /api/v1/action-items/{id}/toggle"] = Rule.GoalPair, // filled with an action item of pair A
        ["POST /api/v1/pairs/{id}/feedback"] = Rule.GoalPair,
        ["POST /api/v1/pairs/{id}/feedback/{feedbackId}/acknowledge"] = Rule.FeedbackReceiver, // filled with feedback to MenteeA
        ["POST /api/v1/pairs/{id}/feedback/{feedbackId}/reply"] = Rule.FeedbackReceiver,
        ["GET /Goals"] = Rule.SignedIn,
        ["GET /Goals/Index"] = Rule.SignedIn,
        ["GET /Commitments"] = Rule.SignedIn,
        ["GET /Commitments/Index"] = Rule.SignedIn,
        ["GET /api/v1/commitments"] = Rule.SignedIn, // one's own (people without a place get 400); ?owner= is tested in CommitmentTests
        ["POST /api/v1/commitments/{id}/check-ins"] = Rule.GoalOwner, // filled with MenteeA's commitment
        ["GET /Goals/New"] = Rule.Participant,
        ["GET /Goals/Coach"] = Rule.SignedIn,
        ["GET /Goals/Library"] = Rule.SignedIn,
        ["GET /Goals/{id}"] = Rule.GoalViewer,
        ["GET /Goals/{id}/Edit"] = Rule.GoalOwner,
        ["GET /Goals/{id}/Grow"] = Rule.GoalPair,
        ["GET /Swot/{analysisId}"] = Rule.GoalPair,
        ["GET /Swot/{analysisId}/Compare"] = Rule.GoalPair,
        ["POST /api/v1/smart/assess"] = Rule.SignedIn,
        ["GET /api/v1/goals"] = Rule.SignedIn,
        ["POST /api/v1/goals"] = Rule.Participant,
        ["GET /api/v1/goals/{id}"] = Rule.GoalViewer,
        ["PUT /api/v1/goals/{id}"] = Rule.GoalOwner,
        ["POST /api/v1/goals/{id}/measures"] = Rule.GoalOwner,
        ["POST /api/v1/goals/{id}/comments"] = Rule.GoalPair,
        ["POST /api/v1/goals/{id}/{change}"] = Rule.GoalOwner,
        ["GET /Board/{boardId}"] = Rule.GoalPair,
        ["GET /Tasks/{id}"] = Rule.GoalPair,
        ["GET /Board/{boardId}/Flow"] = Rule.GoalPair,
        ["GET /api/v1/boards/{id}/flow"] = Rule.GoalPair,
        ["GET /api/v1/board"] = Rule.SignedIn,
        ["GET /api/v1/boards/{id}"] = Rule.GoalPair,
        ["POST /api/v1/boards/{id}/tasks"] = Rule.GoalOwner,
        ["POST /api/v1/boards/{id}/columns"] = Rule.GoalOwner,
        ["PUT /api/v1/columns/{id}"] = Rule.GoalOwner,
        ["DELETE /api/v1/columns/{id}"] = Rule.GoalOwner,
        ["GET /api/v1/tasks/{id}"] = Rule.GoalPair,
        ["PUT /api/v1/tasks/{id}"] = Rule.GoalOwner,
        ["POST /api/v1/tasks/{id}/move"] = Rule.GoalOwner,
        ["POST /api/v1/tasks/{id}/comments"] = Rule.GoalPair,
    };

    /// <summary>Pages whose posts are for fewer people than their GET (members read a pair; coordinators change it).</summary>
    internal static readonly Dictionary<string, Rule> PostOverrides = new(StringComparer.Ordinal)
    {
        ["GET /Pairs/{id}"] = Rule.PairManager,
        ["GET /Goals/{id}/Grow"] = Rule.GoalOwner,
        ["GET /Goals/Library"] = Rule.Nobody, // adding a template needs a programme the person runs; an empty post names none
        ["GET /calendar/{token}.ics"] = Rule.Nobody, // the feed is read-only: a post is never accepted, even with the secret
    };

    internal static bool Allowed(Rule rule, Persona p) => rule switch
    {
        Rule.Public => true,
        Rule.SignedIn => p != Persona.Anonymous,
        Rule.ProgrammeMember => p is Persona.MenteeA or Persona.MentorA or Persona.MenteeB or Persona.Coordinator or Persona.Admin,
        Rule.ProgrammeApplicant => p is Persona.MenteeA or Persona.MentorA or Persona.MenteeB,
        Rule.ProgrammeManager or Rule.PairManager => p is Persona.Coordinator or Persona.Admin,
        Rule.PairMember => p is Persona.MenteeA or Persona.MentorA or Persona.Coordinator or Persona.Admin,
        Rule.AdminOnly => p == Persona.Admin,
        Rule.Participant => p is Persona.MenteeA or Persona.MentorA or Persona.MenteeB,
        Rule.GoalViewer => p is Persona.MenteeA or Persona.MentorA or Persona.Coordinator or Persona.Admin,
        Rule.GoalOwner => p == Persona.MenteeA,
        Rule.GoalPair => p is Persona.MenteeA or Persona.MentorA,
        Rule.FeedbackReceiver => p == Persona.MenteeA,
        _ => false,
    };

    private List<string> Routes() => TestWorld.Routes(App);

    [Fact]
    public async Task Every_route_is_in_the_table()
    {
        var missing = Routes().Where(r => !Table.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "Routes missing from the authorization matrix: " + string.Join(", ", missing));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Each_person_reaches_exactly_what_their_role_and_pair_allow()
    {
        var ids = await SetUpWorldAsync();
        var routes = Routes().Where(Table.ContainsKey).ToList();
        var failures = new List<string>();
        foreach (var persona in Enum.GetValues<Persona>())
        {
            var client = await ClientForAsync(ids, persona);
            foreach (var route in routes)
            {
                var rule = Table[route];
                var (method, url) = Fill(route, ids);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method != "GET") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request, Ct);
                var (status, location, denied) = Outcome(response);
                var ok = rule switch
                {
                    Rule.AlwaysDenied => status == 403,
                    Rule.Gone => status == 404,
                    _ => status < 500 && denied != Allowed(rule, persona),
                };
                if (!ok) failures.Add($"{persona} {method} {url}: {status} {location} (expected {(Allowed(rule, persona) ? "allow" : "deny")})");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Page_posts_are_refused_to_whoever_may_not_see_the_page()
    {
        var ids = await SetUpWorldAsync();
        // Page routes only (the API is covered above); signing out goes last so that the person stays signed in.
        var pages = Routes().Where(r => r.StartsWith("GET /", StringComparison.Ordinal) && !r.StartsWith("GET /api/", StringComparison.Ordinal)
                && Table.ContainsKey(r) && r is not "GET /healthz" and not "GET /openapi/{documentName}.json")
            .OrderBy(r => r == "GET /Account/SignOut" ? 1 : 0).ToList();
        var failures = new List<string>();
        foreach (var persona in Enum.GetValues<Persona>())
        {
            var client = await ClientForAsync(ids, persona);
            var token = ThriveApp.AntiforgeryToken(await client.GetStringAsync(persona == Persona.Anonymous ? "/Account/SignIn" : "/", Ct));
            foreach (var route in pages)
            {
                var rule = PostOverrides.GetValueOrDefault(route, Table[route]);
                var (_, url) = Fill(route, ids);
                var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
                var (status, location, denied) = Outcome(response);
                var ok = status == 405 // the page takes no posts
                    || (route == "GET /Account/SignOut" && status == 302 && location == "/Account/SignIn") // signed out (or already out)
                    || rule switch
                    {
                        Rule.AlwaysDenied => status == 403,
                        Rule.Gone => status == 404,
                        _ => status < 500 && denied != Allowed(rule, persona),
                    };
                if (!ok) failures.Add($"{persona} POST {url}: {status} {location} (expected {(Allowed(rule, persona) ? "allow" : "deny")})");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Denied is 401, 403, 404, or a redirect to sign in or to the access-denied page.</summary>
    private static (int Status, string Location, bool Denied) Outcome(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var denied = status is 401 or 403 or 404 || (status == 302
            && (location.Contains("/Account/SignIn", StringComparison.Ordinal) || location.Contains("/Account/AccessDenied", StringComparison.Ordinal)));
        return (status, location, denied);
    }

    private Task<HttpClient> ClientForAsync(World world, Persona persona) => TestWorld.ClientForAsync(App, world, persona);

    private static (string Method, string Url) Fill(string route, World w) => TestWorld.Fill(route, w);

    private Task<World> SetUpWorldAsync() => TestWorld.SetUpAsync(App, Ct);
}
