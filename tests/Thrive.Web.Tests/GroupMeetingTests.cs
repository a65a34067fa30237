using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Thrive.Domain.Groups;
using Thrive.Web.Tests.Infrastructure;
using ICalendar = Ical.Net.Calendar;

namespace Thrive.Web.Tests;

/// <summary>
/// Group meetings end to end: a facilitator schedules a series in their zone, every member gets one mailed invitation
/// (read back with MimeKit and Ical.Net as a calendar app would) and the meetings in their feed; members answer, one
/// meeting is moved and one cancelled; the coordinator follows attendance but not the notes; bad input is refused whole.
/// </summary>
public sealed partial class GroupMeetingTests : WebTest
{
    /// <summary>A circle of the programme: Daan (Amsterdam) facilitates, Lerato (Johannesburg) and Kabelo (New York) are members; Ayesha is of the programme but not in it.</summary>
    private sealed record World(Given Given, GivenProgramme Programme, GivenGroup Group, GivenPerson Daan, GivenPerson Lerato, GivenPerson Kabelo, GivenPerson Ayesha)
    {
        public string Meetings => $"/Groups/{Group.Id}/Meetings";
    }

    private sealed record Invite(string To, string Method, string Organizer, int Sequence, DateTimeOffset Start, IReadOnlyList<(string Who, string Status)> Attendees);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var daan = await given.MentorAsync(programme, "Daan Jansen", "Europe/Amsterdam");
        var lerato = await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg");
        var kabelo = await given.MenteeAsync(programme, "Kabelo Dube", "America/New_York");
        var ayesha = await given.MenteeAsync(programme, "Ayesha Khan");
        await given.PairAsync(programme, daan, lerato);
        var group = await given.GroupAsync(programme, daan, [lerato, kabelo], GroupKind.MentoringCircle, name: "Career circle");
        return new World(given, programme, group, daan, lerato, kabelo, ayesha);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> ScheduleAsync(HttpClient client, World w, DateOnly first, string? cadence, int count = 3, string time = "18:00", string place = "https://meet.jit.si/career-circle") =>
        ThriveApp.PostFormAsync(client, w.Meetings, new()
        {
            ["Schedule.StartsOn"] = Day(first), ["Schedule.Time"] = time, ["Schedule.TimeZone"] = "Europe/Amsterdam", ["Schedule.Minutes"] = "60",
            ["Schedule.Cadence"] = cadence ?? "", ["Schedule.Count"] = count.ToString(CultureInfo.InvariantCulture), ["Schedule.Place"] = place,
        });

    private Task<List<(Guid Id, DateTimeOffset Start)>> MeetingsAsync(World w) => App.WithDbAsync(async db =>
        (await db.GroupMeetings.Where(m => m.GroupId == w.Group.Id).Select(m => new { m.Id, m.StartUtc }).ToListAsync()).OrderBy(m => m.StartUtc).Select(m => (m.Id, m.StartUtc)).ToList());

    /// <summary>The events of the mails whose subject contains <paramref name="subject"/>, one row per recipient and event.</summary>
    private List<Invite> Invites(string subject)
    {
        var found = new List<Invite>();
        foreach (var file in Directory.Exists(App.Database.MailFolder) ? Directory.GetFiles(App.Database.MailFolder, "*.eml") : [])
        {
            using var message = MimeMessage.Load(file);
            if (message.Subject?.Contains(subject, StringComparison.Ordinal) != true) continue;
            var part = message.BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "calendar") && !p.IsAttachment);
            var calendar = ICalendar.Load(part.Text)!;
            foreach (var e in calendar.Events)
                found.Add(new Invite(message.To.Mailboxes.Single().Address, calendar.Method!, e.Organizer!.Value!.ToString(), e.Sequence,
                    new DateTimeOffset(e.Start!.AsUtc, TimeSpan.Zero), e.Attendees.Select(a => (a.Value!.ToString(), a.ParticipationStatus!)).Order().ToList()));
        }
        return found;
    }

    private static string Mailto(GivenPerson p) => "mailto:" + p.Email;

    [Fact]
    public async Task A_facilitator_schedules_a_weekly_series_and_every_member_gets_one_invitation_naming_all_of_them_with_their_own_times()
    {
        var w = await WorldAsync();
        var daan = await w.Daan.SignInAsync();
        var first = w.Given.Today.AddDays(10);
        var scheduled = await ScheduleAsync(daan, w, first, "Weekly");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var meetings = await MeetingsAsync(w);
        Assert.Equal(3, meetings.Count);
        Assert.All(meetings, m => Assert.Contains(" 18:00 ", Thrive.Domain.Sessions.SessionTimes.InZone(m.Start, "Europe/Amsterdam").Value!.Display, StringComparison.Ordinal));

        var invites = Invites("3 meetings scheduled: Career circle");
        Assert.Equal(new[] { w.Daan.Email, w.Lerato.Email, w.Kabelo.Email }.Order(), invites.Select(i => i.To).Distinct().Order());
        Assert.Equal(9, invites.Count); // three events in each member's one mail
        var everyone = new[] { (Mailto(w.Daan), "ACCEPTED"), (Mailto(w.Kabelo), "NEEDS-ACTION"), (Mailto(w.Lerato), "NEEDS-ACTION") }.Order().ToList();
        Assert.All(invites, i => Assert.Equal(("REQUEST", Mailto(w.Daan), 0), (i.Method, i.Organizer, i.Sequence)));
        Assert.All(invites, i => Assert.Equal(everyone, i.Attendees));
        Assert.Equal(meetings.Select(m => m.Start), invites.Where(i => i.To == w.Lerato.Email).Select(i => i.Start).Order());

        // Kabelo reads the times in New York, Lerato in Johannesburg.
        var kabelo = await w.Kabelo.SignInAsync();
        var list = WebUtility.HtmlDecode(await kabelo.GetStringAsync(w.Meetings, Ct));
        Assert.Contains(Thrive.Domain.Sessions.SessionTimes.InZone(meetings[0].Start, "America/New_York").Value!.Display, list, StringComparison.Ordinal);
        Assert.Contains("Next meeting", list, StringComparison.Ordinal);
        var group = WebUtility.HtmlDecode(await kabelo.GetStringAsync($"/Groups/{w.Group.Id}", Ct));
        Assert.Contains("All meetings (3)", group, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_answer_and_a_moved_meeting_carries_their_answers_with_a_higher_sequence_while_a_cancelled_one_is_a_CANCEL()
    {
        var w = await WorldAsync();
        var daan = await w.Daan.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(daan, w, w.Given.Today.AddDays(3), "Fortnightly", 2)).StatusCode);
        var meetings = await MeetingsAsync(w);
        var url = $"{w.Meetings}/{meetings[0].Id}";

        var lerato = await w.Lerato.SignInAsync();
        await ThriveApp.SendAntiforgeryHeaderAsync(lerato);
        var answered = await lerato.PostAsJsonAsync($"/api/v1/groups/{w.Group.Id}/meetings/{meetings[0].Id}/attendance", new { answer = "Going" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        var kabelo = await w.Kabelo.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(kabelo, $"{url}?handler=Answer&answer=NotGoing", [], url)).StatusCode);

        var version = await App.WithDbAsync(db => db.GroupMeetings.Where(m => m.Id == meetings[0].Id).Select(m => m.Version).SingleAsync());
        var moved = await ThriveApp.PostFormAsync(daan, $"{url}?handler=Move", new()
        {
            ["Move.Date"] = Day(w.Given.Today.AddDays(4)), ["Move.Time"] = "19:30", ["Move.TimeZone"] = "Europe/Amsterdam", ["Move.Version"] = version.ToString(),
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var move = Invites("Meeting moved");
        Assert.Equal(3, move.Count);
        var answers = new[] { (Mailto(w.Daan), "ACCEPTED"), (Mailto(w.Kabelo), "DECLINED"), (Mailto(w.Lerato), "ACCEPTED") }.Order().ToList();
        Assert.All(move, i => Assert.Equal(("REQUEST", 1), (i.Method, i.Sequence)));
        Assert.All(move, i => Assert.Equal(answers, i.Attendees));

        var second = $"{w.Meetings}/{meetings[1].Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"{second}?handler=Cancel", new() { ["Cancel.Reason"] = "Public holiday" }, second)).StatusCode);
        var cancel = Invites("Meeting cancelled: Career circle");
        Assert.Equal(3, cancel.Count);
        Assert.All(cancel, i => Assert.Equal(("CANCEL", 1), (i.Method, i.Sequence)));

        var page = WebUtility.HtmlDecode(await kabelo.GetStringAsync(second, Ct));
        Assert.Contains("cancelled: Public holiday", page, StringComparison.Ordinal);
        // The first meeting stands, with Lerato going and Kabelo not.
        var api = await lerato.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{w.Group.Id}/meetings/{meetings[0].Id}", Ct);
        Assert.Equal("Scheduled", api.GetProperty("status").GetString());
        var attendees = api.GetProperty("attendees").EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("answer").GetString());
        Assert.Equal(("Going", "NotGoing", "NoAnswer"), (attendees["Lerato Mokoena"], attendees["Kabelo Dube"], attendees["Daan Jansen"]));
    }

    [Fact]
    public async Task The_meetings_are_in_each_members_calendar_feed_and_not_in_a_non_members()
    {
        var w = await WorldAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(await w.Daan.SignInAsync(), w, w.Given.Today.AddDays(2), "Weekly", 2)).StatusCode);
        foreach (var (person, expected) in new[] { (w.Lerato, 2), (w.Kabelo, 2), (w.Ayesha, 0) })
        {
            var client = await person.SignInAsync();
            var made = await ThriveApp.PostFormAsync(client, "/Account/Calendar?handler=Regenerate", [], "/Account/Calendar");
            Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
            var feedUrl = new Uri(FeedUrl().Match(await client.GetStringAsync("/Account/Calendar", Ct)).Value).PathAndQuery;
            var events = ICalendar.Load(await App.Anonymous().GetStringAsync(feedUrl, Ct))!.Events.Where(e => e.Summary == "Group meeting: Career circle").ToList();
            Assert.Equal(expected, events.Count);
            Assert.All(events, e => Assert.Equal("https://meet.jit.si/career-circle", e.Location));
        }
    }

    [Fact]
    public async Task The_coordinator_sees_attendance_but_not_the_agenda_updates_or_notes_and_a_non_member_of_the_programme_gets_403()
    {
        var w = await WorldAsync();
        var daan = await w.Daan.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(daan, w, w.Given.Today.AddDays(1), null, time: "12:00")).StatusCode);
        var meeting = (await MeetingsAsync(w)).Single();
        var url = $"{w.Meetings}/{meeting.Id}";
        var lerato = await w.Lerato.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Topic", new() { ["Topic.Text"] = "<script>alert('topic')</script> salary talks" }, url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Update", new() { ["Update.Text"] = "Shipped the onboarding flow." }, url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Notes", new() { ["Notes.Text"] = "We agreed to pair on CVs." }, url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Action", new()
        {
            ["NewAction.Text"] = "Send the CV template", ["NewAction.OwnerId"] = w.Kabelo.Id.ToString(), ["NewAction.DueDate"] = "",
        }, url)).StatusCode);
        var raw = await lerato.GetStringAsync(url, Ct);
        Assert.DoesNotContain("<script>alert('topic')", raw, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(raw);
        Assert.Contains("<script>alert('topic')</script> salary talks", page, StringComparison.Ordinal);
        Assert.Contains("Send the CV template", page, StringComparison.Ordinal);

        // After the meeting, Daan records who attended; the coordinator reads the attendance and none of the words.
        App.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"{url}?handler=Record", new() { ["Record.Attended"] = w.Lerato.Id.ToString() }, url)).StatusCode);
        var coordinator = await w.Programme.Coordinator.SignInAsync();
        var seen = WebUtility.HtmlDecode(await coordinator.GetStringAsync(url, Ct));
        Assert.DoesNotContain("salary talks", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("pair on CVs", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("onboarding", seen, StringComparison.Ordinal);
        Assert.Contains("1 attended", seen, StringComparison.Ordinal);
        var list = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{w.Group.Id}/meetings", Ct);
        var row = list.GetProperty("meetings").EnumerateArray().Single();
        Assert.Equal(("Held", 1), (row.GetProperty("status").GetString(), row.GetProperty("attended").GetInt32()));
        var detail = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{w.Group.Id}/meetings/{meeting.Id}", Ct);
        Assert.Equal(("", 0), (detail.GetProperty("sharedNotes").GetString(), detail.GetProperty("topics").GetArrayLength()));

        var ayesha = await w.Ayesha.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await ayesha.GetAsync($"/api/v1/groups/{w.Group.Id}/meetings", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ayesha.GetAsync($"/api/v1/groups/{w.Group.Id}/meetings/{meeting.Id}", Ct)).StatusCode);
        await ThriveApp.SendAntiforgeryHeaderAsync(ayesha);
        Assert.Equal(HttpStatusCode.Forbidden, (await ayesha.PostAsJsonAsync($"/api/v1/groups/{w.Group.Id}/meetings/{meeting.Id}/attendance", new { answer = "Going" }, Ct)).StatusCode);
        // The coordinator schedules too, but does not answer: that is for members.
        await ThriveApp.SendAntiforgeryHeaderAsync(coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/groups/{w.Group.Id}/meetings/{meeting.Id}/attendance", new { answer = "Going" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_meeting_in_the_past_answers_after_the_start_and_a_member_removed_while_a_meeting_is_open_get_clear_messages_and_nothing_half_saved()
    {
        var w = await WorldAsync();
        var daan = await w.Daan.SignInAsync();
        var past = await ScheduleAsync(daan, w, w.Given.Today.AddDays(-7), "Weekly", 4);
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("A meeting cannot start in the past", WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var script = await ScheduleAsync(daan, w, w.Given.Today.AddDays(7), "Weekly", 2, place: "javascript:alert(1)");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("A meeting link must start with https://", WebUtility.HtmlDecode(await script.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Empty(await MeetingsAsync(w));

        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(daan, w, w.Given.Today.AddDays(1), null, time: "12:00")).StatusCode);
        var meeting = (await MeetingsAsync(w)).Single();
        var url = $"{w.Meetings}/{meeting.Id}";
        var kabelo = await w.Kabelo.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(kabelo, $"{url}?handler=Answer&answer=Going", [], url)).StatusCode);
        // Daan removes Kabelo while the meeting is open: his answer no longer counts, and he can no longer answer or add topics.
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"/Groups/{w.Group.Id}?handler=Remove&userId={w.Kabelo.Id}", [], $"/Groups/{w.Group.Id}")).StatusCode);
        await ThriveApp.SendAntiforgeryHeaderAsync(kabelo);
        Assert.Equal(HttpStatusCode.Forbidden, (await kabelo.PostAsJsonAsync($"/api/v1/groups/{w.Group.Id}/meetings/{meeting.Id}/attendance", new { answer = "NotGoing" }, Ct)).StatusCode);
        var list = await daan.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{w.Group.Id}/meetings", Ct);
        Assert.Equal(0, list.GetProperty("next").GetProperty("going").GetInt32());

        App.Clock.Advance(TimeSpan.FromDays(2));
        var lerato = await w.Lerato.SignInAsync();
        await ThriveApp.SendAntiforgeryHeaderAsync(lerato);
        var late = await lerato.PostAsJsonAsync($"/api/v1/groups/{w.Group.Id}/meetings/{meeting.Id}/attendance", new { answer = "Going" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("meeting_past", (await late.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        var bad = await lerato.PostAsJsonAsync($"/api/v1/groups/{w.Group.Id}/meetings/{meeting.Id}/attendance", new { answer = "Maybe" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        // Ticking the removed member is refused with a message, and no attendance is written.
        var recorded = await ThriveApp.PostFormAsync(daan, $"{url}?handler=Record", new() { ["Record.Attended"] = w.Kabelo.Id.ToString() }, url);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Contains("no longer a member", WebUtility.HtmlDecode(await recorded.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.MeetingAttendance.CountAsync(a => a.MeetingId == meeting.Id && a.Attended != null)));
        Assert.Equal(MeetingStatus.Scheduled, await App.WithDbAsync(db => db.GroupMeetings.Where(m => m.Id == meeting.Id).Select(m => m.Status).SingleAsync()));
    }

    [GeneratedRegex(@"https?://[^""<\s]+/calendar/[A-Za-z0-9_-]+\.ics")]
    private static partial Regex FeedUrl();
}
