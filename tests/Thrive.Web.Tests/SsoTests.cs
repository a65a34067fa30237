using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Accounts;
using Thrive.Domain.Intake;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Single sign-on with OpenID Connect against a real provider running in the test (<see cref="OidcTestProvider"/>):
/// the code flow with PKCE over HTTP, who may sign in (a matching confirmed account, an open invitation, an allowed
/// domain), and every refusal ending on the error page with its sentence while password sign-in keeps working.
/// </summary>
public sealed class SsoTests(OidcTestProvider provider) : WebTest, IClassFixture<OidcTestProvider>
{
    protected override IReadOnlyDictionary<string, string>? Settings => provider.Settings(allowedDomains: "partner.example");

    [Fact]
    public async Task A_verified_email_matching_an_account_signs_it_in_and_links_the_provider()
    {
        var person = await Given.In(App).PersonAsync("Nomsa Dube");
        var at = provider.Add(new(person.Email));
        var browser = App.Anonymous();

        var (_, landing) = await SignInAtProviderAsync(browser, person.Email);

        Assert.Equal("/", landing);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/Profile", Ct)).StatusCode);
        var login = await App.WithDbAsync(db => db.Set<IdentityUserLogin<Guid>>().SingleAsync(l => l.UserId == person.Id, Ct));
        Assert.Equal(("sso-test", at.Subject), (login.LoginProvider, login.ProviderKey));
        var actions = await AuditActionsAsync(person.Id);
        Assert.Contains("sso.linked", actions);
        Assert.Contains("sso.signed_in", actions);
        var methods = await browser.GetStringAsync("/Account/SignInMethods", Ct);
        Assert.Contains("Unlink Test provider", methods, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_invitation_makes_the_account_at_the_first_sign_in_with_its_programme_place()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var email = "invited.sso@example.org";
        await App.WithDbAsync(async db =>
        {
            db.Invitations.Add(Invitation.Create(email, programme.Id, ParticipantRole.Mentee, "hash-" + Guid.NewGuid(), programme.Coordinator.Id, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync(Ct);
        });
        provider.Add(new(email, Name: "Invited Person"));
        var browser = App.Anonymous();

        var (_, landing) = await SignInAtProviderAsync(browser, email);

        Assert.Equal("/", landing);
        var userId = await App.UserIdAsync(email);
        Assert.True(await App.WithDbAsync(db => db.Participants.AnyAsync(p => p.UserId == userId && p.ProgrammeId == programme.Id, Ct)));
        Assert.True(await App.WithDbAsync(db => db.Invitations.AllAsync(i => i.NormalisedEmail != email.ToUpperInvariant() || i.UsedAt != null, Ct)));
        Assert.Equal("Invited Person", await App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(Ct)));
        Assert.Contains("sso.account_created", await AuditActionsAsync(userId));
    }

    [Fact]
    public async Task An_allowed_domain_gets_an_account_and_any_other_unknown_address_is_refused()
    {
        provider.Add(new("new.colleague@partner.example"));
        provider.Add(new("stranger@elsewhere.example"));

        var colleague = App.Anonymous();
        var (_, allowed) = await SignInAtProviderAsync(colleague, "new.colleague@partner.example");
        var (_, refused) = await SignInAtProviderAsync(App.Anonymous(), "stranger@elsewhere.example");

        Assert.Equal("/", allowed);
        var id = await App.UserIdAsync("new.colleague@partner.example");
        await AssertRefusedAsync(refused, "no_account", "no open invitation");
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == "STRANGER@ELSEWHERE.EXAMPLE", Ct)));

        // An account without a password deletes itself with its address typed again; its provider link goes with it.
        var deleted = await ThriveApp.PostFormAsync(colleague, "/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = "new.colleague@partner.example" }, "/Account/Data");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Set<IdentityUserLogin<Guid>>().AnyAsync(l => l.UserId == id, Ct)));
    }

    [Fact]
    public async Task An_unverified_email_is_refused_even_when_it_matches_an_account()
    {
        var person = await Given.In(App).PersonAsync();
        provider.Add(new(person.Email, EmailVerified: false));

        var (_, landing) = await SignInAtProviderAsync(App.Anonymous(), person.Email);

        await AssertRefusedAsync(landing, "unverified", "has not verified your e-mail address");
        Assert.False(await App.WithDbAsync(db => db.Set<IdentityUserLogin<Guid>>().AnyAsync(l => l.UserId == person.Id, Ct)));
        Assert.Contains("sso.refused", await App.WithDbAsync(db => db.AuditLog.Select(a => a.Action).ToListAsync(Ct)));
    }

    [Fact]
    public async Task An_id_token_for_another_audience_is_refused()
    {
        var person = await Given.In(App).PersonAsync();
        provider.Add(new(person.Email) { Audience = "another-application" });

        var (_, landing) = await SignInAtProviderAsync(App.Anonymous(), person.Email);

        await AssertRefusedAsync(landing, "audience", "wrong audience");
    }

    [Fact]
    public async Task An_expired_id_token_is_refused()
    {
        var person = await Given.In(App).PersonAsync();
        provider.Add(new(person.Email) { Age = TimeSpan.FromHours(2) });

        var (_, landing) = await SignInAtProviderAsync(App.Anonymous(), person.Email);

        await AssertRefusedAsync(landing, "expired", "had expired");
    }

    [Fact]
    public async Task A_replayed_answer_from_the_provider_is_refused()
    {
        var person = await Given.In(App).PersonAsync();
        provider.Add(new(person.Email));
        var browser = App.Anonymous();
        var (callback, first) = await SignInAtProviderAsync(browser, person.Email);
        Assert.Equal("/", first);

        var again = await FollowAsync(browser, callback);
        var elsewhere = await FollowAsync(App.Anonymous(), callback);

        await AssertRefusedAsync(again, "state", "already used");
        await AssertRefusedAsync(elsewhere, "state", "already used");
    }

    [Fact]
    public async Task Cancelling_at_the_provider_ends_on_the_error_page()
    {
        var browser = App.Anonymous();
        var start = await browser.GetAsync("/Account/SsoStart?provider=test", Ct);
        var authorize = start.Headers.Location!;
        using var idp = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var cancel = await idp.PostAsync(new Uri(provider.BaseAddress, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request"] = authorize.Query.TrimStart('?'), ["email"] = "", ["action"] = "cancel",
        }), Ct);

        await AssertRefusedAsync(await FollowAsync(browser, cancel.Headers.Location!), "denied", "cancelled the sign-in");
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_with_a_page_for_the_administrator()
    {
        var person = await Given.In(App).PersonAsync();
        provider.Add(new(person.Email));
        await using var app = new ThriveApp(App.Database, settings: provider.Settings(secret: "not-the-secret"));

        var (_, landing) = await SignInAtProviderAsync(app.Anonymous(), person.Email);

        await AssertRefusedAsync(landing, "client", "client id or secret", app);
    }

    [Fact]
    public async Task A_provider_that_is_down_ends_on_a_clear_page_and_passwords_still_work()
    {
        var person = await Given.In(App).PersonAsync();
        var down = provider.Settings();
        down["Thrive:Sso:Providers:test:Authority"] = "http://127.0.0.1:9";
        await using var app = new ThriveApp(App.Database, settings: down);

        var start = await app.Anonymous().GetAsync("/Account/SsoStart?provider=test", Ct);

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        await AssertRefusedAsync(start.Headers.Location!.OriginalString, "unavailable", "cannot be reached", app);
        await app.SignedInAsync(person.Email);
    }

    [Fact]
    public async Task With_password_sign_in_turned_off_the_forms_are_gone_and_their_posts_refused()
    {
        var person = await Given.In(App).PersonAsync();
        var settings = provider.Settings();
        settings["Thrive:Sso:PasswordSignIn"] = "false";
        await using var app = new ThriveApp(App.Database, settings: settings);
        var browser = app.Anonymous();

        var page = await browser.GetStringAsync("/Account/SignIn", Ct);
        var forgotPage = await browser.GetStringAsync("/Account/ForgotPassword", Ct);
        var resetPage = await browser.GetStringAsync($"/Account/ResetPassword?email={Uri.EscapeDataString(person.Email)}&token=x", Ct);
        // No anonymous page offers a form now; the person's own home page (signed in with the provider) gives a token.
        provider.Add(new(person.Email));
        await SignInAtProviderAsync(browser, person.Email);
        var post = await ThriveApp.PostFormAsync(browser, "/Account/SignIn",
            new() { ["Input.Email"] = person.Email, ["Input.Password"] = ThriveApp.Password }, formPage: "/");
        var forgot = await ThriveApp.PostFormAsync(browser, "/Account/ForgotPassword", new() { ["Input.Email"] = person.Email }, formPage: "/");
        var reset = await ThriveApp.PostFormAsync(browser, "/Account/ResetPassword", new()
        {
            ["Input.Email"] = person.Email, ["Input.Token"] = "x", ["Input.Password"] = "A-new-one-2026", ["Input.ConfirmPassword"] = "A-new-one-2026",
        }, formPage: "/");

        Assert.DoesNotContain("Input.Password", page, StringComparison.Ordinal);
        Assert.Contains("Sign in with Test provider", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Password sign-in is turned off", await post.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // Forgot and reset password say why there is nothing to do, offer no form, and refuse a post: no mail, no password.
        foreach (var html in new[] { forgotPage, resetPage })
        {
            Assert.Contains("Passwords are not used on this installation", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Input.Email", html, StringComparison.Ordinal);
        }
        foreach (var refused in new[] { forgot, reset })
            Assert.Contains("Passwords are not used on this installation", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.SentMail.AnyAsync(m => m.To == person.Email && m.Subject.Contains("password"), Ct)));
        Assert.Contains("Sign in with Test provider", await App.Anonymous().GetStringAsync("/Account/SignIn", Ct), StringComparison.Ordinal);
        Assert.Contains("Input.Email", await App.Anonymous().GetStringAsync("/Account/ForgotPassword", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_links_a_provider_on_their_profile_and_cannot_unlink_their_last_way_to_sign_in()
    {
        var person = await Given.In(App).PersonAsync();
        provider.Add(new("work.address@example.net"));
        var browser = await person.SignInAsync();

        var start = await browser.GetAsync("/Account/SsoStart?provider=test&link=true", Ct);
        var landing = await LoginAtProviderAsync(browser, start.Headers.Location!, "work.address@example.net");

        Assert.Equal("/Account/SignInMethods?linked=test", landing.Landing);
        Assert.True(await App.WithDbAsync(db => db.Set<IdentityUserLogin<Guid>>().AnyAsync(l => l.UserId == person.Id && l.LoginProvider == "sso-test", Ct)));
        Assert.Contains("sso.linked", await AuditActionsAsync(person.Id));

        // Without a password, the provider is the last way in: unlinking it is refused.
        await App.WithDbAsync(async db => await db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PasswordHash, (string?)null), Ct));
        var refused = await ThriveApp.PostFormAsync(browser, "/Account/SignInMethods?handler=Unlink", new() { ["provider"] = "test" }, formPage: "/Account/SignInMethods");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("only way to sign in", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The linked provider signs the person in on its own, whatever address it now gives.
        var (_, again) = await SignInAtProviderAsync(App.Anonymous(), "work.address@example.net");
        Assert.Equal("/", again);
    }

    [Fact]
    public async Task Unlinking_a_provider_next_to_a_password_works_and_is_audited()
    {
        var person = await Given.In(App).PersonAsync();
        provider.Add(new(person.Email));
        await SignInAtProviderAsync(App.Anonymous(), person.Email);
        var browser = await person.SignInAsync();

        var unlinked = await ThriveApp.PostFormAsync(browser, "/Account/SignInMethods?handler=Unlink", new() { ["provider"] = "test" }, formPage: "/Account/SignInMethods");

        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Set<IdentityUserLogin<Guid>>().AnyAsync(l => l.UserId == person.Id, Ct)));
        Assert.Contains("sso.unlinked", await AuditActionsAsync(person.Id));
        Assert.Contains("Link Test provider", await browser.GetStringAsync("/Account/SignInMethods", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_lists_the_providers_without_their_secrets()
    {
        var admin = await Given.In(App).AdminAsync();
        var browser = await admin.SignInAsync();

        var page = await browser.GetStringAsync("/Admin/SignIn", Ct);

        Assert.Contains(OidcTestProvider.ClientId, page, StringComparison.Ordinal);
        Assert.Contains("http://localhost/signin-test", page, StringComparison.Ordinal);
        Assert.DoesNotContain(OidcTestProvider.ClientSecret, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_pages_with_providers_pass_the_Nu_HTML_Checker()
    {
        var admin = await Given.In(App).AdminAsync();
        provider.Add(new(admin.Email));
        var browser = App.Anonymous();
        var pages = new List<string> { await browser.GetStringAsync("/Account/SignIn", Ct), await browser.GetStringAsync("/Account/SsoError?reason=audience&provider=test", Ct) };
        await SignInAtProviderAsync(browser, admin.Email);
        pages.Add(await browser.GetStringAsync("/Account/SignInMethods", Ct));
        pages.Add(await browser.GetStringAsync("/Admin/SignIn", Ct));
        var folder = Directory.CreateTempSubdirectory("thrive-sso-vnu-");
        try
        {
            var files = new List<string>();
            foreach (var html in pages)
            {
                files.Add(Path.Combine(folder.FullName, $"{files.Count}.html"));
                await File.WriteAllTextAsync(files[^1], html, Ct);
            }
            var errors = (await NuHtmlChecker.CheckAsync(files, Ct)).Where(m => m.Type != "info").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(m => $"{m.File} line {m.Line}: {m.Text} [{m.Extract.Trim()}]")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Starts at Thrive, signs in at the provider's page, comes back: the callback URL and where Thrive sent the browser in the end.</summary>
    [Fact]
    public async Task Signing_out_after_a_provider_sign_in_signs_out_at_the_provider_too_and_comes_back_to_the_sign_in_page()
    {
        var given = Given.In(App);
        var person = await given.PersonAsync("Lindiwe Khumalo");
        provider.Add(new(person.Email));
        var browser = App.Anonymous();
        await SignInAtProviderAsync(browser, person.Email);
        var before = provider.SignedOut.Count;

        var signOut = await ThriveApp.PostFormAsync(browser, "/Account/SignOut", new());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var end = signOut.Headers.Location!;
        Assert.StartsWith(provider.Issuer + "/logout?", end.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("client_id=" + OidcTestProvider.ClientId, end.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("id_token_hint", end.Query, StringComparison.Ordinal); // Thrive keeps no token
        using var idp = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = await idp.GetAsync(end, Ct);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(before + 1, provider.SignedOut.Count);
        Assert.EndsWith("/signout-callback-test", provider.SignedOut.Last().PostLogoutRedirectUri, StringComparison.Ordinal);
        var landed = await browser.GetAsync(back.Headers.Location!.PathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        Assert.Equal("/Account/SignIn", landed.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/Account/Profile", Ct)).StatusCode);

        // Every page lets a form's answer go on to the provider (form-action), and only there.
        var csp = (await App.Anonymous().GetAsync("/Account/SignIn", Ct)).Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("form-action 'self' " + provider.BaseAddress.GetLeftPart(UriPartial.Authority), csp, StringComparison.Ordinal);

        // Signed in with a password: Thrive's own sign-out only.
        var other = await (await given.PersonAsync("Pat Password")).SignInAsync();
        var local = await ThriveApp.PostFormAsync(other, "/Account/SignOut", new());
        Assert.Equal("/Account/SignIn", local.Headers.Location!.OriginalString);
        Assert.Equal(before + 1, provider.SignedOut.Count);
    }

    [Fact]
    public async Task The_personal_data_download_lists_linked_providers_with_subject_and_date_and_deleting_the_account_removes_the_links()
    {
        var person = await Given.In(App).PersonAsync("Thandi Export");
        var at = provider.Add(new(person.Email));
        var browser = App.Anonymous();
        await SignInAtProviderAsync(browser, person.Email);

        var export = await browser.GetStringAsync("/api/v1/me/export", Ct);
        using var doc = System.Text.Json.JsonDocument.Parse(export);
        var link = Assert.Single(doc.RootElement.GetProperty("signInLinks").EnumerateArray());
        Assert.Equal("Test provider", link.GetProperty("provider").GetString());
        Assert.Equal(at.Subject, link.GetProperty("subject").GetString());
        Assert.True(link.GetProperty("linkedAt").GetDateTimeOffset() > DateTimeOffset.MinValue);
        Assert.Equal(["linkedAt", "provider", "subject"], link.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)); // never a token

        var deleted = await ThriveApp.PostFormAsync(browser, "/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = person.Email, ["password"] = ThriveApp.Password }, "/Account/Data");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Set<IdentityUserLogin<Guid>>().AnyAsync(l => l.UserId == person.Id, Ct)));
    }

    private async Task<(Uri Callback, string Landing)> SignInAtProviderAsync(HttpClient browser, string email)
    {
        var start = await browser.GetAsync("/Account/SsoStart?provider=test", Ct);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        return await LoginAtProviderAsync(browser, start.Headers.Location!, email);
    }

    private async Task<(Uri Callback, string Landing)> LoginAtProviderAsync(HttpClient browser, Uri authorize, string email)
    {
        Assert.StartsWith(provider.Issuer + "/authorize?", authorize.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);
        using var idp = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await idp.GetAsync(authorize, Ct)).StatusCode);
        var login = await idp.PostAsync(new Uri(provider.BaseAddress, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request"] = authorize.Query.TrimStart('?'), ["email"] = email, ["action"] = "sign-in",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var callback = login.Headers.Location!;
        return (callback, await FollowAsync(browser, callback));
    }

    /// <summary>Brings the provider's answer back to Thrive and follows Thrive's own redirects up to where it lands.</summary>
    private static async Task<string> FollowAsync(HttpClient browser, Uri callback)
    {
        var r = await browser.GetAsync(callback.PathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var to = r.Headers.Location!.OriginalString;
        if (!to.StartsWith("/Account/SsoCallback", StringComparison.Ordinal)) return to;
        r = await browser.GetAsync(to, Ct);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return r.Headers.Location!.OriginalString;
    }

    private async Task AssertRefusedAsync(string landing, string reason, string sentence, ThriveApp? app = null)
    {
        Assert.StartsWith("/Account/SsoError?reason=" + reason, landing, StringComparison.Ordinal);
        var page = await (app ?? App).Anonymous().GetAsync(landing, Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains(sentence, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Account/SignIn\"", html, StringComparison.Ordinal);
    }

    private Task<List<string>> AuditActionsAsync(Guid subject) =>
        App.WithDbAsync(db => db.AuditLog.Where(a => a.SubjectId == subject).OrderBy(a => a.At).Select(a => a.Action).ToListAsync(Ct));
}
