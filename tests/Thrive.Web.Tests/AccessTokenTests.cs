using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Accounts;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Personal access tokens: made on /Account/Tokens and shown once, stored as a hash, listed, revoked at once, audited;
/// sent as a bearer token on the API only, within their scope and their owner's access.
/// </summary>
public sealed class AccessTokenTests : WebTest
{
    private HttpClient WithToken(string secret)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task<string?> CodeOf(HttpResponseMessage r)
    {
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("code").GetString();
    }

    private static HttpRequestMessage AddTask(Guid board, string title) =>
        new(HttpMethod.Post, $"/api/v1/boards/{board}/tasks") { Content = JsonContent.Create(new { title }) };

    [Fact]
    public async Task A_person_makes_a_token_sees_it_once_uses_it_and_revokes_it_and_the_audit_log_records_both()
    {
        var given = Given.In(App);
        var mentee = await given.MenteeAsync(await given.ProgrammeAsync(), "Naledi Dube");
        var browser = await App.SignedInAsync(mentee.Email);
        Assert.Contains("/Account/Tokens", await browser.GetStringAsync("/Account/Profile", Ct), StringComparison.Ordinal);

        var made = await ThriveApp.PostFormAsync(browser, "/Account/Tokens", new() { ["Input.Name"] = "Weekly report", ["Input.Scope"] = "Read", ["Input.ExpiresInDays"] = "90" });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var page = await browser.GetStringAsync("/Account/Tokens", Ct);
        var secret = System.Text.RegularExpressions.Regex.Match(page, "value=\"(thr_[A-Za-z0-9_-]+)\"").Groups[1].Value;
        Assert.StartsWith(AccessToken.Prefix, secret, StringComparison.Ordinal);
        Assert.Contains("Weekly report", page, StringComparison.Ordinal);
        // Shown once: the next visit lists the token without its secret; the database holds only the hash.
        var again = await browser.GetStringAsync("/Account/Tokens", Ct);
        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);
        Assert.Contains("Weekly report", again, StringComparison.Ordinal);
        Assert.Contains("Never", again, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.AccessTokens.SingleAsync(t => t.OwnerId == mentee.Id));
        Assert.Equal(Tokens.Hash(secret), stored.TokenHash);
        Assert.Equal(TokenScope.Read, stored.Scope);
        Assert.Equal(90, (int)Math.Round((stored.ExpiresAt - stored.CreatedAt).TotalDays));

        var api = WithToken(secret);
        var me = await api.GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("Naledi Dube", await me.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotNull(await App.WithDbAsync(db => db.AccessTokens.Where(t => t.Id == stored.Id).Select(t => t.LastUsedAt).SingleAsync()));

        var revoked = await ThriveApp.PostFormAsync(browser, $"/Account/Tokens?handler=Revoke&tokenId={stored.Id}", [], "/Account/Tokens");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await api.GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("Revoked", await browser.GetStringAsync("/Account/Tokens", Ct), StringComparison.Ordinal);
        var audit = await App.WithDbAsync(db => db.AuditLog.Where(e => e.SubjectId == mentee.Id).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.TokenCreated, AuditActions.TokenRevoked], audit);
    }

    [Fact]
    public async Task A_token_form_with_no_name_or_a_lifetime_over_a_year_is_refused_beside_its_fields()
    {
        var given = Given.In(App);
        var mentee = await given.MenteeAsync(await given.ProgrammeAsync());
        var browser = await App.SignedInAsync(mentee.Email);

        var r = await ThriveApp.PostFormAsync(browser, "/Account/Tokens", new() { ["Input.Name"] = " ", ["Input.Scope"] = "Write", ["Input.ExpiresInDays"] = "400" });

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var page = System.Net.WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Name is required.", page, StringComparison.Ordinal);
        Assert.Contains("between 1 and 365 days", page, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.AccessTokens.CountAsync()));
    }

    [Fact]
    public async Task A_read_token_reads_its_owners_goals_but_may_not_post()
    {
        var given = Given.In(App);
        var mentee = await given.MenteeAsync(await given.ProgrammeAsync());
        await given.GoalAsync(mentee, "Ship the accessibility audit");
        var board = await given.BoardAsync(mentee);
        var api = WithToken(await given.AccessTokenAsync(mentee, TokenScope.Read));

        var goals = await api.GetAsync("/api/v1/goals", Ct);
        Assert.Equal(HttpStatusCode.OK, goals.StatusCode);
        Assert.Contains("Ship the accessibility audit", await goals.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var post = await api.SendAsync(AddTask(board.Id, "From a read token"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("insufficient_scope", await CodeOf(post));
        Assert.Equal(0, await App.WithDbAsync(db => db.Tasks.CountAsync(t => t.Title == "From a read token")));
    }

    [Fact]
    public async Task A_write_token_posts_without_the_antiforgery_header()
    {
        var given = Given.In(App);
        var mentee = await given.MenteeAsync(await given.ProgrammeAsync());
        var board = await given.BoardAsync(mentee);
        var api = WithToken(await given.AccessTokenAsync(mentee, TokenScope.Write));

        var post = await api.SendAsync(AddTask(board.Id, "From a script"), Ct);

        Assert.True(post.IsSuccessStatusCode, $"{(int)post.StatusCode} {await post.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(1, await App.WithDbAsync(db => db.Tasks.CountAsync(t => t.Title == "From a script")));
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("expired")]
    [InlineData("garbage")]
    [InlineData("unknown")]
    public async Task A_revoked_expired_or_unknown_token_is_401_with_a_challenge(string kind)
    {
        var given = Given.In(App);
        var mentee = await given.MenteeAsync(await given.ProgrammeAsync());
        var secret = kind switch
        {
            "revoked" => await given.AccessTokenAsync(mentee, TokenScope.Write, revoked: true),
            "expired" => await given.AccessTokenAsync(mentee, TokenScope.Write, days: 1),
            "garbage" => "not a token at all <script>",
            _ => ApiTokens.NewSecret(),
        };
        if (kind == "expired") App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var r = await WithToken(secret).GetAsync("/api/v1/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.StartsWith("Bearer", r.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("invalid_token", await CodeOf(r));
    }

    [Fact]
    public async Task A_token_reaches_only_what_its_owner_may_and_never_signs_in_a_page()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var other = await given.MenteeAsync(programme);
        var privateCheckIn = await given.WellbeingCheckInAsync(pair.Mentee, note: "Not sleeping well.");
        var othersGoal = await given.GoalAsync(other, "Someone else's goal");
        var mentor = WithToken(await given.AccessTokenAsync(pair.Mentor, TokenScope.Write));
        var stranger = WithToken(await given.AccessTokenAsync(other, TokenScope.Write));

        // The mentor may not read the mentee's private check-in with a cookie, nor with a token.
        var checkIn = await mentor.GetAsync($"/api/v1/wellbeing/check-ins/{privateCheckIn}", Ct);
        Assert.True(checkIn.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, checkIn.StatusCode.ToString());
        Assert.DoesNotContain("Not sleeping", await checkIn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var goal = await mentor.GetAsync($"/api/v1/goals/{othersGoal.Id}", Ct);
        Assert.True(goal.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, goal.StatusCode.ToString());
        var pairRead = await stranger.GetAsync($"/api/v1/pairs/{pair.Id}", Ct);
        Assert.True(pairRead.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, pairRead.StatusCode.ToString());
        // A page does not take the token: it asks the caller to sign in.
        var page = await mentor.GetAsync("/Goals", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/SignIn", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_use_is_written_at_most_once_a_minute()
    {
        var given = Given.In(App);
        var mentee = await given.MenteeAsync(await given.ProgrammeAsync());
        var api = WithToken(await given.AccessTokenAsync(mentee, TokenScope.Read));
        Task<DateTimeOffset?> LastUse() => App.WithDbAsync(db => db.AccessTokens.Where(t => t.OwnerId == mentee.Id).Select(t => t.LastUsedAt).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
        var first = await LastUse();
        App.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal(first, await LastUse());
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.True(await LastUse() > first);
    }

    [Fact]
    public async Task The_api_document_declares_the_cookie_and_the_bearer_schemes()
    {
        using var doc = JsonDocument.Parse(await App.Anonymous().GetStringAsync("/openapi/v1.json", Ct));
        var schemes = doc.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.True(schemes.TryGetProperty(ApiDocument.CookieScheme, out _));
        Assert.Equal("bearer", schemes.GetProperty(ApiTokens.SecurityScheme).GetProperty("scheme").GetString());
        var me = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/me").GetProperty("get").GetProperty("security");
        Assert.Equal(2, me.GetArrayLength());
    }
}
