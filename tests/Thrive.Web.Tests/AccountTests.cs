using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class AccountTests : WebTest
{
    /// <summary>A programme with its coordinator and one mentee, and an admin who has no place in it.</summary>
    private sealed record World(GivenProgramme Programme, GivenPerson Mentee, GivenPerson Admin);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        return new World(programme, await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg"), await given.AdminAsync());
    }

    /// <summary>A person with an account and no place in any programme.</summary>
    private Task<GivenPerson> PersonAsync() => Given.In(App).PersonAsync();

    private static Task<HttpResponseMessage> InviteAsync(HttpClient coordinator, GivenProgramme programme, string email, string role = "Mentee") =>
        ThriveApp.PostFormAsync(coordinator, $"/Programmes/{programme.Id}/Invite", new() { ["Input.Email"] = email, ["Input.Role"] = role });

    private static Dictionary<string, string> Choose(string name, string password, string? confirm = null) => new()
    {
        ["Input.DisplayName"] = name, ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirm ?? password, ["Input.TimeZone"] = "Europe/Amsterdam",
    };

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message()
    {
        var person = await PersonAsync();
        var client = App.Anonymous();
        var r = await ThriveApp.PostFormAsync(client, "/Account/SignIn", new() { ["Input.Email"] = person.Email, ["Input.Password"] = "wrong-password" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("do not match an account", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var person = await PersonAsync();
        var client = App.Anonymous();
        for (var i = 0; i < 5; i++)
            await ThriveApp.PostFormAsync(client, "/Account/SignIn", new() { ["Input.Email"] = person.Email, ["Input.Password"] = "nope-" + i });
        var r = await ThriveApp.PostFormAsync(client, "/Account/SignIn", new() { ["Input.Email"] = person.Email, ["Input.Password"] = ThriveApp.Password });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("locked for 15 minutes", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_and_reset_requests_from_one_address_are_limited_per_minute_with_a_clear_page()
    {
        var person = await PersonAsync();
        // The suite's apps allow 10,000 a minute; this one the installation's kind of limit.
        using var strict = new ThriveApp(App.Database, seed: false, settings: new Dictionary<string, string> { ["Thrive:Security:SignInAttemptsPerMinute"] = "5" });
        var guest = strict.Anonymous();
        var token = ThriveApp.AntiforgeryToken(await guest.GetStringAsync("/Account/SignIn", Ct)); // loading the page does not count (SignInLimitTests)
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var attempt = await guest.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Email"] = $"guess{i}@example.com", ["Input.Password"] = "guess-" + i,
            }), Ct);
            codes.Add(attempt.StatusCode);
            if (attempt.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var page = WebUtility.HtmlDecode(await attempt.Content.ReadAsStringAsync(Ct));
                Assert.Contains("Too many attempts in a short time", page, StringComparison.Ordinal);
            }
        }
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), codes);

        // While limited, even the right password does not get through, nor does a password reset from the same address.
        var right = await guest.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = person.Email, ["Input.Password"] = ThriveApp.Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guest.PostAsync("/Account/ForgotPassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = person.Email,
        }), Ct)).StatusCode);
        // The rest of the app is not limited.
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync("/healthz", Ct)).StatusCode);
    }

    [Fact]
    public async Task Invited_person_chooses_a_password_and_lands_in_the_programme()
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var invite = await InviteAsync(coordinator, world.Programme, "new.mentee@example.com");
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var link = await App.LastLinkToAsync("new.mentee@example.com");
        Assert.StartsWith("/Account/Invitation?token=", link, StringComparison.Ordinal);

        var guest = App.Anonymous();
        var accept = await ThriveApp.PostFormAsync(guest, link, Choose("Nia Mensah", "Strong-pass-42"));
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        var home = WebUtility.HtmlDecode(await guest.GetStringAsync("/", Ct));
        Assert.Contains("Welcome, Nia Mensah", home, StringComparison.Ordinal);
        Assert.Contains("Fill in your application", home, StringComparison.Ordinal);

        // The link is single use.
        var again = await App.Anonymous().GetStringAsync(link, Ct);
        Assert.Contains("already been used", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_invitation_is_refused_and_creates_nothing()
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        await InviteAsync(coordinator, world.Programme, "late@example.com");
        await App.WithDbAsync(db => db.Invitations.Where(i => i.Email == "late@example.com")
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        var link = await App.LastLinkToAsync("late@example.com");
        var guest = App.Anonymous();
        var page = await guest.GetStringAsync(link, Ct);
        Assert.Contains("has expired", page, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "late@example.com")));
    }

    [Fact]
    public async Task Weak_or_mismatched_password_keeps_the_invitation_usable()
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        await InviteAsync(coordinator, world.Programme, "weak@example.com");
        var link = await App.LastLinkToAsync("weak@example.com");
        var guest = App.Anonymous();
        var weak = await ThriveApp.PostFormAsync(guest, link, Choose("Weak", "short"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("at least 10 characters", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var mismatch = await ThriveApp.PostFormAsync(guest, link, Choose("Weak", "Strong-pass-42", "Strong-pass-43"));
        Assert.Contains("not the same", await mismatch.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "weak@example.com")));
        var ok = await ThriveApp.PostFormAsync(guest, link, Choose("Finally Strong", "Strong-pass-42"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Theory]
    [InlineData("not-an-email", "valid email address")]
    [InlineData("the mentee's address", "already has a place")]
    public async Task Bad_invitations_get_a_clear_message(string email, string message)
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var r = await InviteAsync(coordinator, world.Programme, email == "the mentee's address" ? world.Mentee.Email : email);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains(message, await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inviting_the_same_new_address_twice_is_refused()
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        await InviteAsync(coordinator, world.Programme, "twice@example.com");
        var r = await InviteAsync(coordinator, world.Programme, "TWICE@example.com");
        Assert.Contains("already waiting", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Invitations.CountAsync(i => i.NormalisedEmail == "TWICE@EXAMPLE.COM")));
    }

    [Fact]
    public async Task Existing_account_is_added_to_the_programme_without_a_new_sign_up()
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var r = await InviteAsync(coordinator, world.Programme, world.Admin.Email, "Coordinator");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var place = await App.WithDbAsync(db => db.Participants.Where(p => p.UserId == world.Admin.Id).Select(p => p.Role).SingleAsync());
        Assert.Equal(ParticipantRole.Coordinator, place);
        Assert.False(await App.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == world.Admin.Email)));
        Assert.True(await App.WithDbAsync(db => db.SentMail.AnyAsync(m => m.To == world.Admin.Email)));
    }

    [Fact]
    public async Task Password_reset_by_email_works_once()
    {
        var email = (await PersonAsync()).Email;
        var guest = App.Anonymous();
        var request = await ThriveApp.PostFormAsync(guest, "/Account/ForgotPassword", new() { ["Input.Email"] = email });
        Assert.Contains("we've sent it a link", WebUtility.HtmlDecode(await request.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var link = await App.LastLinkToAsync(email);
        var reset = await ThriveApp.PostFormAsync(guest, link.Split('?')[0], new()
        {
            ["Input.Email"] = email, ["Input.Token"] = Uri.UnescapeDataString(link.Split("token=")[1]),
            ["Input.Password"] = "Brand-new-pass-7", ["Input.ConfirmPassword"] = "Brand-new-pass-7",
        }, formPage: link);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await App.SignedInAsync(email, "Brand-new-pass-7");

        var reuse = await ThriveApp.PostFormAsync(guest, link.Split('?')[0], new()
        {
            ["Input.Email"] = email, ["Input.Token"] = Uri.UnescapeDataString(link.Split("token=")[1]),
            ["Input.Password"] = "Another-pass-8", ["Input.ConfirmPassword"] = "Another-pass-8",
        }, formPage: link);
        Assert.Contains("invalid, expired or already used", await reuse.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_link_expires_after_a_day_by_the_apps_clock_and_an_altered_one_never_works()
    {
        var email = (await PersonAsync()).Email;
        var guest = App.Anonymous();
        await ThriveApp.PostFormAsync(guest, "/Account/ForgotPassword", new() { ["Input.Email"] = email });
        var link = await App.LastLinkToAsync(email);
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);
        async Task<string> TryAsync(string t) => WebUtility.HtmlDecode(await (await ThriveApp.PostFormAsync(guest, link.Split('?')[0], new()
        {
            ["Input.Email"] = email, ["Input.Token"] = t, ["Input.Password"] = "Never-used-pass-9", ["Input.ConfirmPassword"] = "Never-used-pass-9",
        }, formPage: link)).Content.ReadAsStringAsync(Ct));

        // One character changed: refused.
        var altered = token[..5] + (token[5] == 'A' ? 'B' : 'A') + token[6..];
        Assert.Contains("invalid, expired or already used", await TryAsync(altered), StringComparison.Ordinal);

        App.Clock.Advance(ResetTokenLifespan + TimeSpan.FromMinutes(1));
        Assert.Contains("invalid, expired or already used", await TryAsync(token), StringComparison.Ordinal);
        await App.SignedInAsync(email); // the old password still works: nothing was changed
    }

    private static readonly TimeSpan ResetTokenLifespan = Thrive.Web.Infrastructure.ResetTokenProvider.Lifespan;

    [Fact]
    public async Task Reset_for_an_unknown_address_says_the_same_and_sends_nothing()
    {
        var r = await ThriveApp.PostFormAsync(App.Anonymous(), "/Account/ForgotPassword", new() { ["Input.Email"] = "nobody@example.com" });
        Assert.Contains("If an account exists", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.SentMail.AnyAsync(m => m.To == "nobody@example.com")));
    }

    [Theory]
    [InlineData("", "UTC", "Display name is required")]
    [InlineData("Lerato", "Mars/Base", "Choose a time zone")]
    public async Task Profile_rejects_bad_input_and_keeps_what_was_there(string name, string tz, string message)
    {
        var mentee = (await WorldAsync()).Mentee;
        var client = await mentee.SignInAsync();
        var r = await ThriveApp.PostFormAsync(client, "/Account/Profile", new() { ["Input.DisplayName"] = name, ["Input.TimeZone"] = tz, ["Input.Pronouns"] = "she/her" });
        Assert.Contains(message, await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var pronouns = await App.WithDbAsync(db => db.Users.Where(u => u.Id == mentee.Id).Select(u => u.Pronouns).SingleAsync());
        Assert.Equal("", pronouns);
    }

    [Fact]
    public async Task Profile_saves_and_refuses_an_over_long_bio()
    {
        var mentee = (await WorldAsync()).Mentee;
        var client = await mentee.SignInAsync();
        var tooLong = await ThriveApp.PostFormAsync(client, "/Account/Profile", new() { ["Input.DisplayName"] = "Lerato", ["Input.TimeZone"] = "Africa/Johannesburg", ["Input.Bio"] = new string('b', 5000) });
        Assert.Contains("at most 1000 characters", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var ok = await ThriveApp.PostFormAsync(client, "/Account/Profile", new()
        {
            ["Input.DisplayName"] = "Lerato M.", ["Input.Pronouns"] = "she/her", ["Input.TimeZone"] = "Europe/Amsterdam",
            ["Input.Region"] = "Western Cape", ["Input.Bio"] = "Front-end dev", ["Input.Interests"] = "Illustration",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await App.WithDbAsync(db => db.Users.Where(u => u.Id == mentee.Id).Select(u => new { u.DisplayName, u.TimeZone, u.Pronouns }).SingleAsync());
        Assert.Equal(("Lerato M.", "Europe/Amsterdam", "she/her"), (saved.DisplayName, saved.TimeZone, saved.Pronouns));
    }

    [Fact]
    public async Task Invitation_role_is_recorded_for_coordinators_too()
    {
        var world = await WorldAsync();
        var admin = await world.Admin.SignInAsync();
        await InviteAsync(admin, world.Programme, "co.coordinator@example.com", "Coordinator");
        var link = await App.LastLinkToAsync("co.coordinator@example.com");
        var guest = App.Anonymous();
        await ThriveApp.PostFormAsync(guest, link, Choose("Co Ordinator", "Strong-pass-42"));
        var role = await App.WithDbAsync(db => db.Participants.Where(p => p.UserId == db.Users.Single(u => u.Email == "co.coordinator@example.com").Id).Select(p => new { p.Role, p.Status }).SingleAsync());
        Assert.Equal((ParticipantRole.Coordinator, ApplicationStatus.Accepted), (role.Role, role.Status));
    }

    [Fact]
    public async Task The_api_names_the_signed_in_person_with_their_time_zone()
    {
        var daan = await Given.In(App).PersonAsync("Daan Jansen", "Europe/Amsterdam");
        var me = await (await daan.SignInAsync()).GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        Assert.Equal(daan.Id, me.GetProperty("id").GetGuid());
        Assert.Equal("Daan Jansen", me.GetProperty("displayName").GetString());
        Assert.Equal("Europe/Amsterdam", me.GetProperty("timeZone").GetString());
        Assert.False(me.GetProperty("isAdmin").GetBoolean());
    }
}
