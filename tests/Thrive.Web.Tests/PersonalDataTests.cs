using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Agreements;
using Thrive.Domain.Pairs;
using Thrive.Domain.Sessions;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Each person downloads everything Thrive holds about them, and can delete their account.</summary>
public sealed class PersonalDataTests : WebTest
{
    /// <summary>
    /// Lerato and her mentor Daan after five held sessions: her goal, SWOT, board, commitment and charter, an action item
    /// of hers from the first session, and Daan's private note on it and his own charter.
    /// </summary>
    private async Task<GivenPair> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, await given.MentorAsync(programme, "Daan Jansen"), await given.MenteeAsync(programme, "Lerato Mokoena"));
        var lerato = pair.Mentee;
        await given.GoalAsync(lerato, template: "intermediate-frontend");
        await given.SwotAsync(lerato);
        await given.TaskAsync(await given.BoardAsync(lerato), "Refactor the navbar into a component");
        await given.CommitmentAsync(lerato);
        var first = await given.HeldSessionAsync(pair, daysAgo: 35);
        await given.PrivateNoteAsync(first, pair.Mentor, "Lerato undersells her work. Ask her to demo something every other week.");
        await given.ActionItemAsync(pair, lerato, "Set up the Kanban board with the first tasks", session: first, created: first.EndUtc);
        for (var week = 4; week >= 1; week--) await given.HeldSessionAsync(pair, daysAgo: 7 * week);
        await given.CharterAsync(pair, lerato, CharterAnswers.Empty with { FavouriteBook = "Atomic Habits" });
        await given.CharterAsync(pair, pair.Mentor, CharterAnswers.Empty with { FavouriteBook = "Refactoring UI" });
        return pair;
    }

    [Fact]
    public async Task The_download_holds_the_persons_own_records_and_not_the_partners_private_ones()
    {
        var lerato = (await WorldAsync()).Mentee;
        var mentee = await lerato.SignInAsync();
        var page = await ThriveApp.PostFormAsync(mentee, "/Account/Data?handler=Download", new(), "/Account/Data");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("application/json", page.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await page.Content.ReadAsStringAsync(Ct));
        var root = doc.RootElement;
        Assert.Equal(lerato.Email, root.GetProperty("profile").GetProperty("email").GetString());
        Assert.True(root.GetProperty("goals").GetArrayLength() > 0);
        Assert.True(root.GetProperty("sessions").GetArrayLength() >= 5);
        Assert.True(root.GetProperty("tasks").GetArrayLength() > 0);
        Assert.Equal(1, root.GetProperty("charters").GetArrayLength()); // her own charter only (the mentor's is his)
        var text = root.GetRawText();
        Assert.DoesNotContain("undersells her work", text, StringComparison.Ordinal); // the mentor's private note
        Assert.DoesNotContain("Refactoring UI", text, StringComparison.Ordinal); // the mentor's charter

        var api = await mentee.GetAsync("/api/v1/me/export", Ct);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("\"profile\"", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync("/api/v1/me/export", Ct)).StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.AuditLog.CountAsync(e => e.Action == AuditActions.PersonalDataExported)));
    }

    [Fact]
    public async Task Deleting_needs_the_email_and_password_then_removes_own_records_and_keeps_the_partners_coherent()
    {
        var world = await WorldAsync();
        var email = world.Mentee.Email;
        var mentee = await world.Mentee.SignInAsync();
        var menteeId = world.Mentee.Id;
        var pair = world.Id;
        var before = await App.WithDbAsync(async db => (Sessions: await db.Sessions.CountAsync(s => s.PairId == pair), Actions: await db.ActionItems.CountAsync(i => i.OwnerId == menteeId)));

        var wrongEmail = await ThriveApp.PostFormAsync(mentee, "/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = "someone@else.test", ["password"] = ThriveApp.Password }, "/Account/Data");
        Assert.Contains("Type your email address exactly", await wrongEmail.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var wrongPassword = await ThriveApp.PostFormAsync(mentee, "/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = email.ToUpperInvariant(), ["password"] = "nope" }, "/Account/Data");
        Assert.Contains("That password is not right", await wrongPassword.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.Goals.AnyAsync(g => g.OwnerId == menteeId)));

        var deleted = await ThriveApp.PostFormAsync(mentee, "/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = email, ["password"] = ThriveApp.Password }, "/Account/Data");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/Account/SignIn", deleted.Headers.Location!.OriginalString);
        await Assert.ThrowsAsync<InvalidOperationException>(() => App.SignedInAsync(email));

        var after = await App.WithDbAsync(async db => new
        {
            Goals = await db.Goals.CountAsync(g => g.OwnerId == menteeId),
            Swots = await db.SwotAnalyses.CountAsync(a => a.OwnerId == menteeId),
            Boards = await db.Boards.CountAsync(b => b.OwnerId == menteeId),
            Commitments = await db.Commitments.CountAsync(c => c.OwnerId == menteeId),
            Charters = await db.Charters.CountAsync(c => c.AuthorId == menteeId),
            Sessions = await db.Sessions.CountAsync(s => s.PairId == pair),
            Actions = await db.ActionItems.CountAsync(i => i.OwnerId == menteeId),
            Pair = await db.Pairs.Where(p => p.Id == pair).Select(p => p.State).SingleAsync(),
            User = await db.Users.Where(u => u.Id == menteeId).Select(u => new { u.DisplayName, u.Email, u.PasswordHash, u.Bio }).SingleAsync(),
            Answers = await db.Participants.Where(p => p.UserId == menteeId).Select(p => p.Answers.Motivation).ToListAsync(),
            Audit = await db.AuditLog.CountAsync(e => e.Action == AuditActions.AccountDeleted && e.SubjectId == menteeId),
        });
        Assert.Equal((0, 0, 0, 0, 0), (after.Goals, after.Swots, after.Boards, after.Commitments, after.Charters));
        Assert.Equal(before.Sessions, after.Sessions); // shared with the mentor
        Assert.Equal(before.Actions, after.Actions);
        Assert.Equal(PairState.Dissolved, after.Pair);
        Assert.Equal("Deleted user", after.User.DisplayName);
        Assert.DoesNotContain(email, after.User.Email, StringComparison.Ordinal);
        Assert.Null(after.User.PasswordHash);
        Assert.All(after.Answers, a => Assert.Equal("", a));
        Assert.Equal(1, after.Audit);

        // The mentor still reads the shared session, with her items shown as the deleted user's.
        var mentor = await world.Mentor.SignInAsync();
        var held = await App.WithDbAsync(db => db.Sessions.Where(s => s.PairId == pair && s.Status == SessionStatus.Held).OrderBy(s => s.StartUtc).Select(s => s.Id).FirstAsync());
        var session = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Sessions/{held}", Ct));
        Assert.Contains("Deleted user", session, StringComparison.Ordinal);
        Assert.DoesNotContain("Lerato Mokoena", session, StringComparison.Ordinal); // her name is gone (notes keep what people wrote)
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/Pairs/{pair}", Ct)).StatusCode);
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var programme = world.Programme.Id;
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Programmes/{programme}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_only_admin_cannot_delete_their_account()
    {
        var pieter = await Given.In(App).AdminAsync("Pieter de Vries");
        var admin = await pieter.SignInAsync();
        var r = await ThriveApp.PostFormAsync(admin, "/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = pieter.Email, ["password"] = ThriveApp.Password }, "/Account/Data");
        Assert.Contains("only admin", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("Pieter de Vries", await App.WithDbAsync(db => db.Users.Where(u => u.Id == pieter.Id).Select(u => u.DisplayName).SingleAsync()));
    }
}
