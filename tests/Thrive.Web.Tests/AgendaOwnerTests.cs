using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Agreements;
using Thrive.Domain.Sessions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The plan names who owns the agenda and how long before a session it is shared; the session page shows both, and when it is overdue.</summary>
public sealed class AgendaOwnerTests : WebTest
{
    /// <summary>Lerato (Johannesburg) and her mentor Daan (Amsterdam), with no plan and no sessions yet.</summary>
    private async Task<GivenPair> PairAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        return await given.PairAsync(programme,
            await given.MentorAsync(programme, "Daan Jansen", "Europe/Amsterdam"), await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg"));
    }

    private static DateTimeOffset WholeMinute(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private Task<GivenSession> SessionAsync(GivenPair pair, TimeSpan fromNow)
    {
        var given = Given.In(App);
        return given.SessionAsync(pair, WholeMinute(given.Now + fromNow));
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
        var pair = await PairAsync();
        var session = await SessionAsync(pair, TimeSpan.FromDays(3));
        var mentor = await pair.Mentor.SignInAsync();

        var page = await PageAsync(mentor, session.Id);

        Assert.Contains($"Agenda owner: Lerato Mokoena · share by {Shown(session.StartUtc.AddHours(-24), "Europe/Amsterdam")}", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">overdue<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_can_make_the_mentor_the_owner_with_a_longer_deadline_and_late_agendas_show_overdue()
    {
        var pair = await PairAsync();
        var mentee = await pair.Mentee.SignInAsync();
        var mentor = await pair.Mentor.SignInAsync();
        var planUrl = $"/Pairs/{pair.Id}/Plan";
        foreach (var hours in new[] { "0", "500" })
        {
            var bad = await ThriveApp.PostFormAsync(mentee, $"{planUrl}?handler=Write", Plan("Mentor", hours), planUrl);
            Assert.Contains("Share the agenda (hours before the session) must be between 1 and 168", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.False(await App.WithDbAsync(db => db.Plans.AnyAsync(p => p.PairId == pair.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"{planUrl}?handler=Write", Plan("Mentor", "48"), planUrl)).StatusCode);
        var terms = await App.WithDbAsync(db => db.Plans.Where(p => p.PairId == pair.Id).Select(p => new { p.Terms.AgendaOwner, p.Terms.AgendaShareHours }).SingleAsync());
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
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Agenda&share=false", new() { ["Agenda[CheckIn]"] = "Busy week" }, url)).StatusCode);
        Assert.Contains(">overdue<", await PageAsync(mentor, soon.Id), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Agenda&share=true", new() { ["Agenda[CheckIn]"] = "Busy week", ["Agenda[HopeNext]"] = "Review the CV" }, url)).StatusCode);
        Assert.DoesNotContain(">overdue<", await PageAsync(mentee, soon.Id), StringComparison.Ordinal);
    }
}
