using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Sessions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class SessionTests : WebTest
{
    /// <summary>Lerato (Johannesburg) and Daan (Amsterdam) with no sessions yet, and two outsiders: a mentee of another pair and the coordinator.</summary>
    private sealed record World(GivenPair Pair, GivenPerson[] Outsiders);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme,
            await given.MentorAsync(programme, "Daan Jansen", "Europe/Amsterdam"), await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg"));
        return new World(pair, [(await given.PairAsync(programme)).Mentee, programme.Coordinator]);
    }

    private static DateOnly NextTuesday()
    {
        var d = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        while (d.DayOfWeek != DayOfWeek.Tuesday) d = d.AddDays(1);
        return d;
    }

    private static Dictionary<string, string> Slot(DateOnly first, string tz = "Europe/Amsterdam") => new()
    {
        ["Day"] = "Tuesday", ["Time"] = "16:00", ["TimeZone"] = tz, ["Minutes"] = "60", ["Cadence"] = "Weekly",
        ["StartsOn"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_weekly_slot_is_scheduled_and_each_person_sees_their_own_time()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var mentor = await world.Pair.Mentor.SignInAsync();
        var bad = await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair}/Sessions", Slot(NextTuesday(), tz: "Mars/Olympus"));
        Assert.Contains("known IANA time zone", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var past = await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair}/Sessions", Slot(NextTuesday().AddDays(-14)));
        Assert.Contains("in the past", await past.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Sessions.AnyAsync(s => s.PairId == pair)));

        var ok = await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair}/Sessions", Slot(NextTuesday()));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var first = await App.WithDbAsync(db => db.Sessions.Where(s => s.PairId == pair).OrderBy(s => s.StartUtc).Select(s => s.Id).FirstAsync());
        var mentorView = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Sessions/{first}", Ct));
        Assert.Contains("16:00 (UTC+1)", mentorView, StringComparison.Ordinal); // Amsterdam in winter
        var mentee = await world.Pair.Mentee.SignInAsync();
        var menteeView = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Sessions/{first}", Ct));
        Assert.Matches(@"<h1[^>]*>Tue \d+ \w+ 17:00 \(UTC\+2\)</h1>", menteeView); // Johannesburg
        var again = await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair}/Sessions", Slot(NextTuesday()));
        Assert.Contains("overlaps", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_agenda_notes_private_notes_and_an_action_ticked_off_from_home()
    {
        var world = await WorldAsync();
        var given = Given.In(App);
        var session = await given.SessionAsync(world.Pair, given.Now.AddDays(2));
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();
        var url = $"/Sessions/{session.Id}";
        var shared = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Agenda&share=true", new() { ["Agenda[HopeNext]"] = "Finish the portfolio case study", ["Agenda[Challenges]"] = "A release week" }, url);
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        Assert.Contains("Finish the portfolio case study", await mentor.GetStringAsync(url, Ct), StringComparison.Ordinal);

        await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Private", new() { ["PrivateNote"] = "Nervous about asking for feedback" }, url);
        Assert.DoesNotContain("Nervous about asking", await mentor.GetStringAsync(url, Ct), StringComparison.Ordinal);
        Assert.Contains("Nervous about asking", await mentee.GetStringAsync(url, Ct), StringComparison.Ordinal);

        var action = await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Action", new() { ["ActionText"] = "Send Daan the case study draft", ["ForPartner"] = "true" }, url);
        Assert.Equal(HttpStatusCode.Redirect, action.StatusCode);
        var home = await mentee.GetStringAsync("/", Ct);
        Assert.Contains("Send Daan the case study draft", home, StringComparison.Ordinal);
        var item = await App.WithDbAsync(db => db.ActionItems.Where(i => i.Text == "Send Daan the case study draft").Select(i => i.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"/?handler=Toggle&itemId={item}", new(), "/")).StatusCode);
        Assert.NotNull(await App.WithDbAsync(db => db.ActionItems.Where(i => i.Id == item).Select(i => i.DoneAt).SingleAsync()));

        foreach (var person in world.Outsiders)
        {
            var other = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task The_api_gives_each_member_the_sessions_in_their_own_time_their_own_private_note_and_ticks_action_items()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var start = new DateTimeOffset(NextTuesday().ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero); // 16:00 in Johannesburg, 14:00 UTC
        var session = await Given.In(App).SessionAsync(world.Pair, start,
            then: s => s.SaveAgenda("Good week", "Shipped the nav", "", "Finish the case study", "Release week", share: true, DateTimeOffset.UtcNow));
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();
        var url = $"/Sessions/{session.Id}";
        await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Private", new() { ["PrivateNote"] = "Nervous about asking for feedback" }, url);
        await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Action", new() { ["ActionText"] = "Send Daan the case study draft", ["ForPartner"] = "true" }, url);

        var list = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/pairs/{pair}/sessions", Ct);
        Assert.Equal(session.Id, list.GetProperty("sessions").EnumerateArray().Single().GetProperty("id").GetGuid());

        var hers = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session.Id}", Ct);
        Assert.Contains("16:00 (UTC+2)", hers.GetProperty("yourTime").GetString(), StringComparison.Ordinal);
        Assert.Equal("Finish the case study", hers.GetProperty("agenda").GetProperty("hopeNext").GetString());
        Assert.Equal("Nervous about asking for feedback", hers.GetProperty("yourPrivateNote").GetString());
        var item = hers.GetProperty("actionItems").EnumerateArray().Single(i => i.GetProperty("text").GetString() == "Send Daan the case study draft");
        Assert.True(item.GetProperty("mine").GetBoolean());

        var his = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session.Id}", Ct);
        Assert.Equal("", his.GetProperty("yourPrivateNote").GetString()); // her private note stays hers
        Assert.DoesNotContain("Nervous", his.GetRawText(), StringComparison.Ordinal);

        var id = item.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await mentee.PostAsync($"/api/v1/action-items/{id}/toggle", null, Ct)).StatusCode);
        Assert.NotNull(await App.WithDbAsync(db => db.ActionItems.Where(i => i.Id == id).Select(i => i.DoneAt).SingleAsync()));

        // Coordinators and other mentees read none of it and tick nothing.
        foreach (var person in world.Outsiders)
        {
            var other = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/sessions/{session.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/pairs/{pair}/sessions", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/v1/action-items/{id}/toggle", null, Ct)).StatusCode);
        }
        Assert.NotNull(await App.WithDbAsync(db => db.ActionItems.Where(i => i.Id == id).Select(i => i.DoneAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await mentee.GetAsync($"/api/v1/sessions/{Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_cancellation_needs_a_reason_and_late_ones_are_marked()
    {
        var world = await WorldAsync();
        var given = Given.In(App);
        var soon = await given.SessionAsync(world.Pair, given.Now.AddHours(3));
        var mentee = await world.Pair.Mentee.SignInAsync();
        var url = $"/Sessions/{soon.Id}";
        var noReason = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Cancel", new() { ["Reason"] = "" }, url);
        Assert.Contains("A reason is required", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Cancel", new() { ["Reason"] = "Sick today" }, url);
        var saved = await App.WithDbAsync(db => db.Sessions.Where(s => s.Id == soon.Id).Select(s => new { s.Status, s.CancelledLate, s.Sequence }).SingleAsync());
        Assert.Equal((SessionStatus.Cancelled, true, 1), (saved.Status, saved.CancelledLate, saved.Sequence));
    }
}
