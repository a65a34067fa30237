using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Intake;
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
        var given = Given.In(App);
        var nomsa = await given.PersonAsync("Nomsa Dlamini");
        var thrive = await given.ProgrammeAsync("Project Thrive · Spring cohort", coordinator: nomsa);
        var place = (await given.MenteeAsync(thrive, "Ayesha Khan", status: ApplicationStatus.Applied)).Place!.Value;
        var pair = (await given.PairAsync(thrive, await given.MentorAsync(thrive, "Daan Jansen"), await given.MenteeAsync(thrive, "Kabelo Molefe"))).Id;
        var (programme, coordinatorId) = (thrive.Id, nomsa.Id);
        var admin = await (await given.AdminAsync("Pieter de Vries")).SignInAsync();
        var coordinator = await nomsa.SignInAsync();

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
        var mentee = await (await given.MenteeAsync(thrive)).SignInAsync();
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync("/Admin/Audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_last_admin_cannot_remove_themselves_and_a_removed_admin_loses_access()
    {
        var given = Given.In(App);
        var pieter = await given.AdminAsync("Pieter de Vries");
        var daan = await given.PersonAsync("Daan Jansen");
        var admin = await pieter.SignInAsync();
        var adminId = pieter.Id;
        var alone = await ThriveApp.PostFormAsync(admin, $"/Admin/Users?handler=Admin&userId={adminId}&admin=false", new(), "/Admin/Users");
        Assert.Contains("only admin", await alone.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.IsAdmin).SingleAsync()));
        Assert.Empty(await ActionsAsync());

        var mentorId = daan.Id;
        await ThriveApp.PostFormAsync(admin, $"/Admin/Users?handler=Admin&userId={mentorId}&admin=true", new(), "/Admin/Users");
        var mentor = await daan.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync("/Admin/Users", Ct)).StatusCode);
        Assert.Contains("Daan Jansen", await admin.GetStringAsync("/Admin/Users?search=DAAN", Ct), StringComparison.Ordinal);
        // "page" is also Razor Pages' own route value: the query's page number must win, with no error shown.
        foreach (var url in new[] { "/Admin/Users?page=1", "/Admin/Audit?page=2", "/?page=1", "/Admin/Mail?page=1" })
            Assert.DoesNotContain("is not valid", await admin.GetStringAsync(url, Ct), StringComparison.Ordinal);
        await ThriveApp.PostFormAsync(admin, $"/Admin/Users?handler=Admin&userId={mentorId}&admin=false", new(), "/Admin/Users");
        // A fresh sign-in carries the new rights (older cookies are renewed at their next security-stamp check).
        var again = await daan.SignInAsync();
        Assert.NotEqual(HttpStatusCode.OK, (await again.GetAsync("/Admin/Users", Ct)).StatusCode);
        Assert.Equal(2, (await ActionsAsync()).Count);
    }
}
