using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Sensitive actions leave an audit entry written with the action; only admins read the log.</summary>
public sealed class AuditTests : WebTest
{
    private Task<List<string>> ActionsAsync() => App.WithDbAsync(db => db.AuditLog.OrderBy(e => e.At).Select(e => e.Action + " " + e.SubjectName + " by " + e.ActorName).ToListAsync());

    [Fact]
    public async Task Admin_rights_decisions_dissolving_and_exports_are_recorded()
    {
        var admin = await App.SignedInAsync("admin@thrive.test");
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var (programme, place, pair, coordinatorId) = await App.WithDbAsync(async db => (
            await db.Programmes.Select(p => p.Id).SingleAsync(),
            await db.Participants.Where(p => p.UserId == db.Users.Single(u => u.Email == "ayesha.applicant@thrive.test").Id).Select(p => p.Id).SingleAsync(),
            await db.Pairs.Where(p => p.MenteeId == db.Users.Single(u => u.Email == "careers.mentee@thrive.test").Id).Select(p => p.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == "coordinator@thrive.test").Select(u => u.Id).SingleAsync()));

        // A refused change writes nothing.
        var empty = await ThriveApp.PostFormAsync(coordinator, $"/Pairs/{pair}?handler=Dissolve", new() { ["Dissolve.Reason"] = "" }, $"/Pairs/{pair}");
        Assert.Contains("A reason is required", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await ActionsAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(admin, $"/Admin/Users?handler=Admin&userId={coordinatorId}&admin=true", new(), "/Admin/Users")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{programme}/Applications/{place}?handler=Decide", new() { ["accept"] = "true" }, $"/Programmes/{programme}/Applications/{place}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(coordinator, $"/Pairs/{pair}?handler=Dissolve", new() { ["Dissolve.Reason"] = "Moved to a product role" }, $"/Pairs/{pair}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Programmes/{programme}/Export", Ct)).StatusCode);

        var log = await ActionsAsync();
        Assert.Equal(
        [
            $"{AuditActions.AdminGranted} Nomsa Dlamini by Pieter de Vries",
            $"{AuditActions.ApplicationAccepted} Ayesha Khan by Nomsa Dlamini",
            $"{AuditActions.PairDissolved} Kabelo Molefe with Daan Jansen by Nomsa Dlamini",
            $"{AuditActions.ProgrammeExported} Project Thrive · Spring cohort by Nomsa Dlamini",
        ], log);
        Assert.Equal("Moved to a product role", await App.WithDbAsync(db => db.AuditLog.Where(e => e.Action == AuditActions.PairDissolved).Select(e => e.Detail).SingleAsync()));

        // Admins read it, filtered by kind; nobody else does.
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Audit?kind=pair.dissolved", Ct));
        Assert.Contains("Kabelo Molefe with Daan Jansen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ayesha Khan", page, StringComparison.Ordinal);
        Assert.Contains("Choose a kind of action", await admin.GetStringAsync("/Admin/Audit?kind=%3Cscript%3E", Ct), StringComparison.Ordinal);
        var mentee = await App.SignedInAsync("mentee@thrive.test");
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync("/Admin/Audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_last_admin_cannot_remove_themselves_and_a_removed_admin_loses_access()
    {
        var admin = await App.SignedInAsync("admin@thrive.test");
        var adminId = await App.UserIdAsync("admin@thrive.test");
        var alone = await ThriveApp.PostFormAsync(admin, $"/Admin/Users?handler=Admin&userId={adminId}&admin=false", new(), "/Admin/Users");
        Assert.Contains("only admin", await alone.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.IsAdmin).SingleAsync()));
        Assert.Empty(await ActionsAsync());

        var mentorId = await App.UserIdAsync("mentor@thrive.test");
        await ThriveApp.PostFormAsync(admin, $"/Admin/Users?handler=Admin&userId={mentorId}&admin=true", new(), "/Admin/Users");
        var mentor = await App.SignedInAsync("mentor@thrive.test");
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync("/Admin/Users", Ct)).StatusCode);
        Assert.Contains("Daan Jansen", await admin.GetStringAsync("/Admin/Users?q=DAAN", Ct), StringComparison.Ordinal);
        // "page" is also Razor Pages' own route value: the query's page number must win, with no error shown.
        foreach (var url in new[] { "/Admin/Users?page=1", "/Admin/Audit?page=2", "/?page=1", "/Admin/Mail?page=1" })
            Assert.DoesNotContain("is not valid", await admin.GetStringAsync(url, Ct), StringComparison.Ordinal);
        await ThriveApp.PostFormAsync(admin, $"/Admin/Users?handler=Admin&userId={mentorId}&admin=false", new(), "/Admin/Users");
        // A fresh sign-in carries the new rights (older cookies are renewed at their next security-stamp check).
        var again = await App.SignedInAsync("mentor@thrive.test");
        Assert.NotEqual(HttpStatusCode.OK, (await again.GetAsync("/Admin/Users", Ct)).StatusCode);
        Assert.Equal(2, (await ActionsAsync()).Count);
    }
}
