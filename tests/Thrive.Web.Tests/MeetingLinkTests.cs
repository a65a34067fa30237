using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Thrive.Web.Features.Reminders;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;
using ICalendar = Ical.Net.Calendar;

namespace Thrive.Web.Tests;

/// <summary>
/// Where a pair meets: the plan's video link or place, a session's own, on the session page, in the invitations
/// (LOCATION, and URL for a link), in the calendar feed and in the reminder the day before; bad links refused.
/// </summary>
public sealed partial class MeetingLinkTests : WebTest
{
    private const string Link = "https://meet.example.org/thrive-lerato-daan";

    private static Dictionary<string, string> Plan(string place) => new()
    {
        ["Input.MeetWhen"] = "Tuesdays at 16:00", ["Input.MeetHow"] = "Video call", ["Input.MeetingPlace"] = place, ["Input.NoticeHours"] = "24",
        ["Input.AgendaShareHours"] = "24",
    };

    private async Task<(Given Given, GivenPair Pair)> PairAsync()
    {
        var given = Given.In(App);
        return (given, await given.PairAsync(await given.ProgrammeAsync()));
    }

    /// <summary>The events of the feed of <paramref name="person"/>, read by Ical.Net as a calendar app would.</summary>
    private async Task<IReadOnlyList<Ical.Net.CalendarComponents.CalendarEvent>> FeedAsync(GivenPerson person)
    {
        var token = SessionCalendar.NewFeedToken();
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.CalendarFeedTokenHash, Tokens.Hash(token)), Ct));
        var ics = await App.Anonymous().GetStringAsync($"/calendar/{token}.ics", Ct);
        return ICalendar.Load(ics)!.Events.ToList();
    }

    [Fact]
    public async Task The_plans_video_link_is_on_the_session_page_and_in_the_feed_as_location_and_url_and_a_sessions_own_place_wins()
    {
        var (given, pair) = await PairAsync();
        var mentee = await pair.Mentee.SignInAsync();
        var saved = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Plan?handler=Write", Plan(Link), $"/Pairs/{pair.Id}/Plan");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"href=\"{Link}\"", await mentee.GetStringAsync($"/Pairs/{pair.Id}/Plan", Ct), StringComparison.Ordinal);
        var first = await given.SessionAsync(pair, given.Now.AddDays(3));
        var second = await given.SessionAsync(pair, given.Now.AddDays(10));

        var page = await mentee.GetStringAsync($"/Sessions/{first.Id}", Ct);
        Assert.Contains($"href=\"{Link}\"", page, StringComparison.Ordinal);
        Assert.Contains("mentoring plan", page, StringComparison.Ordinal);

        var own = await ThriveApp.PostFormAsync(mentee, $"/Sessions/{second.Id}?handler=Place", new() { ["Where.Place"] = "Room 4.12, Keizersgracht 1" }, $"/Sessions/{second.Id}");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Contains("Where: Room 4.12, Keizersgracht 1", WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Sessions/{second.Id}", Ct)), StringComparison.Ordinal);

        var events = await FeedAsync(pair.Mentor);
        var a = events.Single(e => e.Uid == SessionCalendar.Uid(first.Id));
        Assert.Equal(Link, a.Location);
        Assert.Equal(new Uri(Link), a.Url);
        var b = events.Single(e => e.Uid == SessionCalendar.Uid(second.Id));
        Assert.Equal("Room 4.12, Keizersgracht 1", b.Location);
        Assert.Null(b.Url);
        Assert.Equal(1, b.Sequence); // the place changed: calendars update the event
    }

    [Fact]
    public async Task A_sessions_own_link_goes_to_both_in_an_updated_invitation_with_location_and_url()
    {
        var (given, pair) = await PairAsync();
        var session = await given.SessionAsync(pair, given.Now.AddDays(3));
        var mentor = await pair.Mentor.SignInAsync();

        var r = await ThriveApp.PostFormAsync(mentor, $"/Sessions/{session.Id}?handler=Place", new() { ["Where.Place"] = Link }, $"/Sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var found = new List<(string To, string? Location, Uri? Url, string Body)>();
        foreach (var file in Directory.GetFiles(App.Database.MailFolder, "*.eml"))
        {
            using var message = MimeMessage.Load(file, Ct);
            if (message.Subject?.StartsWith("Where you meet", StringComparison.Ordinal) != true) continue;
            var part = message.BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "calendar") && !p.IsAttachment);
            var evt = ICalendar.Load(part.Text)!.Events.Single();
            found.Add((message.To.Mailboxes.Single().Address, evt.Location, evt.Url, message.TextBody ?? ""));
        }
        Assert.Equal(new[] { pair.Mentee.Email, pair.Mentor.Email }.Order(), found.Select(f => f.To).Order());
        Assert.All(found, f =>
        {
            Assert.Equal(Link, f.Location);
            Assert.Equal(new Uri(Link), f.Url);
            Assert.Contains($"Join: {Link}", f.Body, StringComparison.Ordinal);
        });
        var api = await mentor.GetStringAsync($"/api/v1/sessions/{session.Id}", Ct);
        Assert.Contains($"\"meetingPlace\":\"{Link}\"", api, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("ftp://files.example.org/room")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    public async Task A_link_that_is_not_http_or_https_is_refused_beside_its_field_on_the_plan_and_on_a_session(string bad)
    {
        var (given, pair) = await PairAsync();
        var session = await given.SessionAsync(pair, given.Now.AddDays(3));
        var mentee = await pair.Mentee.SignInAsync();

        var plan = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Plan?handler=Write", Plan(bad), $"/Pairs/{pair.Id}/Plan");
        var own = await ThriveApp.PostFormAsync(mentee, $"/Sessions/{session.Id}?handler=Place", new() { ["Where.Place"] = bad }, $"/Sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        FieldSays(await plan.Content.ReadAsStringAsync(Ct), "Input.MeetingPlace");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        FieldSays(await own.Content.ReadAsStringAsync(Ct), "Where.Place");
        Assert.Equal(0, await App.WithDbAsync(db => db.Plans.CountAsync(p => p.PairId == pair.Id)));
        Assert.Equal("", await App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.MeetingPlace).SingleAsync()));
    }

    /// <summary>The field is marked and its message follows it.</summary>
    private static void FieldSays(string html, string field) =>
        Assert.Matches($"class=\"[^\"]*input-validation-error[^\"]*\"[^>]*name=\"{Regex.Escape(field)}\"[\\s\\S]{{0,800}}field-validation-error\">A meeting link must start with https://", html);

    [Fact]
    public async Task The_reminder_the_day_before_says_where_to_join()
    {
        var (given, pair) = await PairAsync();
        var day = given.Today.AddDays(3);
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
        await given.SessionAsync(pair, start, then: s => s.SetPlace(Link));

        using (var scope = App.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ReminderPass>().RunAsync(start.AddDays(-1).AddHours(-5), Ct); // 09:00 the day before

        var body = await App.WithDbAsync(db => db.SentMail.Where(m => m.To == pair.Mentee.Email && m.Subject == "Your mentoring session is tomorrow").Select(m => m.TextBody).SingleAsync());
        Assert.Contains($"Join: {Link}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_installation_with_a_jitsi_server_offers_a_random_room_that_fills_the_form()
    {
        var (_, pair) = await PairAsync();
        Assert.DoesNotContain("Generate a Jitsi Meet link", await (await pair.Mentee.SignInAsync()).GetStringAsync($"/Pairs/{pair.Id}/Plan", Ct), StringComparison.Ordinal);
        await using var app = new ThriveApp(App.Database, settings: new Dictionary<string, string> { ["Thrive:Meetings:JitsiBaseUrl"] = "https://meet.example.org/" });
        var mentee = await app.SignedInAsync(pair.Mentee.Email);
        Assert.Contains("Generate a Jitsi Meet link", await mentee.GetStringAsync($"/Pairs/{pair.Id}/Plan", Ct), StringComparison.Ordinal);

        var one = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Plan?handler=Jitsi", Plan(""), $"/Pairs/{pair.Id}/Plan");
        var two = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Plan?handler=Jitsi", Plan(""), $"/Pairs/{pair.Id}/Plan");

        var rooms = new[] { one, two }.Select(r => JitsiRoom().Match(r.Content.ReadAsStringAsync(Ct).Result).Value).ToList();
        Assert.All(rooms, r => Assert.StartsWith("https://meet.example.org/Thrive-", r, StringComparison.Ordinal));
        Assert.NotEqual(rooms[0], rooms[1]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Plans.CountAsync(p => p.PairId == pair.Id))); // filled in, not saved
    }

    [GeneratedRegex("https://meet\\.example\\.org/Thrive-[0-9a-f]{32}")]
    private static partial Regex JitsiRoom();
}
