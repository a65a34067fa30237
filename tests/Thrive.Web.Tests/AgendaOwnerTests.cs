using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Agreements;
using Thrive.Domain.Sessions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The plan names who owns the agenda and how long before a session it is shared; the session page shows both, and when it is overdue.</summary>
public sealed class AgendaOwnerTests : WebTest
{
    private Task<Guid> PairAsync() => FreshPairAsync();

    private static DateTimeOffset WholeMinute(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private async Task<MentoringSession> SessionAsync(Guid pair, TimeSpan fromNow)
    {
        var start = WholeMinute(DateTimeOffset.UtcNow + fromNow);
        var session = MentoringSession.Plan(pair, start, start.AddHours(1));
        await App.WithDbAsync(async db => { db.Sessions.Add(session); return await db.SaveChangesAsync(); });
        return session;
    }

    private static Dictionary<string, string> Plan(string owner, string hours) => new()
    {
        ["Input.MeetWhen"] = "Tuesdays at 16:00", ["Input.MeetHow"] = "Video call", ["Input.NoticeHours"] = "24",
        ["Input.AgendaOwner"] = owner, ["Input.AgendaShareHours"] = hours,
    };

    private static string Shown(DateTimeOffset utc, string tz) => SessionTimes.InZone(utc, tz).Value!.Display;

    private async Task<string> PageAsync(HttpClient client, Guid session) => WebUtility.HtmlDecode(await client.GetStringAsync($"/Sessions/{session}", Ct));

    [Fact]
    public async Task Without_a_plan_the_mentee_owns_the_agenda_and_shares_it_the_day_before()
    {
        var session = await SessionAsync(await PairAsync(), TimeSpan.FromDays(3));
        var mentor = await App.SignedInAsync("mentor@thrive.test");

        var page = await PageAsync(mentor, session.Id);

        Assert.Contains($"Agenda owner: Lerato Mokoena · share by {Shown(session.StartUtc.AddHours(-24), "Europe/Amsterdam")}", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">overdue<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_can_make_the_mentor_the_owner_with_a_longer_deadline_and_late_agendas_show_overdue()
    {
        var pair = await PairAsync();
        var mentee = await App.SignedInAsync("mentee@thrive.test");
        var mentor = await App.SignedInAsync("mentor@thrive.test");
        var planUrl = $"/Pairs/{pair}/Plan";
        foreach (var hours in new[] { "0", "500" })
        {
            var bad = await ThriveApp.PostFormAsync(mentee, $"{planUrl}?handler=Write", Plan("Mentor", hours), planUrl);
            Assert.Contains("Share the agenda (hours before the session) must be between 1 and 168", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.False(await App.WithDbAsync(db => db.Plans.AnyAsync(p => p.PairId == pair)));
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"{planUrl}?handler=Write", Plan("Mentor", "48"), planUrl)).StatusCode);
        var terms = await App.WithDbAsync(db => db.Plans.Where(p => p.PairId == pair).Select(p => new { p.Terms.AgendaOwner, p.Terms.AgendaShareHours }).SingleAsync());
        Assert.Equal((AgendaOwner.Mentor, 48), (terms.AgendaOwner, terms.AgendaShareHours));
        Assert.Contains("Daan Jansen (mentor), shares it at least 48 hours before each session", WebUtility.HtmlDecode(await mentee.GetStringAsync(planUrl, Ct)), StringComparison.Ordinal);

        var soon = await SessionAsync(pair, TimeSpan.FromHours(30)); // the 48-hour deadline has passed
        var later = await SessionAsync(pair, TimeSpan.FromDays(5));

        var menteeView = await PageAsync(mentee, soon.Id);
        Assert.Contains($"Agenda owner: Daan Jansen · share by {Shown(soon.StartUtc.AddHours(-48), "Africa/Johannesburg")}", menteeView, StringComparison.Ordinal);
        Assert.Contains(">overdue<", menteeView, StringComparison.Ordinal);
        Assert.Contains($"share by {Shown(soon.StartUtc.AddHours(-48), "Europe/Amsterdam")}", await PageAsync(mentor, soon.Id), StringComparison.Ordinal);
        Assert.DoesNotContain(">overdue<", await PageAsync(mentor, later.Id), StringComparison.Ordinal);

        // Not the owner, the mentee can still add to the agenda; once the owner shares it, it is no longer overdue.
        var url = $"/Sessions/{soon.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Agenda&share=false", new() { ["Agenda.CheckIn"] = "Busy week" }, url)).StatusCode);
        Assert.Contains(">overdue<", await PageAsync(mentor, soon.Id), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Agenda&share=true", new() { ["Agenda.CheckIn"] = "Busy week", ["Agenda.HopeNext"] = "Review the CV" }, url)).StatusCode);
        Assert.DoesNotContain(">overdue<", await PageAsync(mentee, soon.Id), StringComparison.Ordinal);
    }
}
