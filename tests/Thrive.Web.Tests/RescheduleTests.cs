using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Thrive.Domain.Sessions;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;
using ICalendar = Ical.Net.Calendar;

namespace Thrive.Web.Tests;

/// <summary>Moving one session, and the invitations mailed for scheduling, moving and cancelling (read back from the .eml files).</summary>
public sealed class RescheduleTests : WebTest
{
    private const string MenteeTz = "Africa/Johannesburg";
    private const string MentorTz = "Europe/Amsterdam";

    /// <summary>Lerato (Johannesburg) and Daan (Amsterdam), with no sessions yet.</summary>
    private async Task<GivenPair> PairAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        return await given.PairAsync(programme,
            await given.MentorAsync(programme, "Daan Jansen", MentorTz), await given.MenteeAsync(programme, "Lerato Mokoena", MenteeTz));
    }

    private static DateTimeOffset Day(int days, int hourUtc) => new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(days).AddHours(hourUtc);

    private Task<GivenSession> SessionAsync(GivenPair pair, DateTimeOffset start) => Given.In(App).SessionAsync(pair, start);

    private sealed record Saved(DateTimeOffset StartUtc, DateTimeOffset EndUtc, int Sequence, string HopeNext, Guid Version);

    private Task<Saved> SavedAsync(Guid id) =>
        App.WithDbAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => new Saved(s.StartUtc, s.EndUtc, s.Sequence, s.HopeNext, s.Version)).SingleAsync());

    private static Dictionary<string, string> Move(DateOnly date, string time, string tz, Guid version) => new()
    {
        ["Move.Date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Move.Time"] = time, ["Move.TimeZone"] = tz,
        ["Move.Version"] = version.ToString(),
    };

    private static string Shown(DateTimeOffset utc, string tz) => SessionTimes.InZone(utc, tz).Value!.Display;

    [Fact]
    public async Task A_member_moves_a_session_and_both_see_the_new_time_in_their_own_zone()
    {
        var pair = await PairAsync();
        var session = await SessionAsync(pair, Day(3, 14));
        var mentee = await pair.Mentee.SignInAsync();
        var url = $"/Sessions/{session.Id}";
        await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Agenda&share=false", new() { ["Agenda[HopeNext]"] = "Ship the portfolio page" }, url);
        var before = await SavedAsync(session.Id);

        var mentor = await pair.Mentor.SignInAsync();
        var target = DateOnly.FromDateTime(Day(5, 0).UtcDateTime);
        var moved = await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Move", Move(target, "18:30", MentorTz, before.Version), url);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var expected = SessionSchedule.ToUtc(target.ToDateTime(new TimeOnly(18, 30)), TimeZoneInfo.FindSystemTimeZoneById(MentorTz));
        var after = await SavedAsync(session.Id);
        Assert.Equal(expected, after.StartUtc);
        Assert.Equal(TimeSpan.FromHours(1), after.EndUtc - after.StartUtc);
        Assert.Equal(1, after.Sequence);
        Assert.Equal("Ship the portfolio page", after.HopeNext);
        var menteePage = WebUtility.HtmlDecode(await mentee.GetStringAsync(url, Ct));
        Assert.Contains($">{Shown(expected, MenteeTz)}</h1>", menteePage, StringComparison.Ordinal);
        Assert.Contains($"Daan Jansen: {Shown(expected, MentorTz)}", menteePage, StringComparison.Ordinal);
        Assert.Contains("18:30 (UTC+", Shown(expected, MentorTz), StringComparison.Ordinal);
        Assert.Contains($">{Shown(expected, MentorTz)}</h1>", WebUtility.HtmlDecode(await mentor.GetStringAsync(url, Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_overlapping_unknown_zone_and_stale_moves_are_refused_and_nothing_changes()
    {
        var pair = await PairAsync();
        var session = await SessionAsync(pair, Day(3, 14));
        var other = await SessionAsync(pair, Day(6, 14));
        var mentee = await pair.Mentee.SignInAsync();
        var url = $"/Sessions/{session.Id}";
        var version = (await SavedAsync(session.Id)).Version;

        var past = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Move", Move(DateOnly.FromDateTime(Day(-1, 0).UtcDateTime), "10:00", MenteeTz, version), url);
        Assert.Contains("cannot start in the past", await past.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The other session runs 14:00-15:00 UTC, which is 16:00-17:00 in Johannesburg (no daylight saving there).
        var clash = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Move", Move(DateOnly.FromDateTime(other.StartUtc.UtcDateTime), "16:30", MenteeTz, version), url);
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Contains("overlaps another session", await clash.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var zone = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Move", Move(DateOnly.FromDateTime(Day(8, 0).UtcDateTime), "10:00", "Mars/Olympus", version), url);
        Assert.Contains("known IANA time zone", await zone.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var missing = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Move", new() { ["Move.TimeZone"] = MenteeTz, ["Move.Version"] = version.ToString() }, url);
        Assert.Contains("Choose the new date.", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var stale = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Move", Move(DateOnly.FromDateTime(Day(8, 0).UtcDateTime), "10:00", MenteeTz, Guid.NewGuid()), url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed this session while you were looking", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var saved = await SavedAsync(session.Id);
        Assert.Equal((session.StartUtc, 0, version), (saved.StartUtc, saved.Sequence, saved.Version));
        Assert.Empty(Mails("Session moved"));

        var coordinator = await pair.Programme.Coordinator.SignInAsync();
        var denied = await coordinator.PostAsync($"{url}?handler=Move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ThriveApp.AntiforgeryToken(await coordinator.GetStringAsync("/", Ct)),
        }.Concat(Move(DateOnly.FromDateTime(Day(8, 0).UtcDateTime), "10:00", MenteeTz, version)).ToDictionary()), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(session.StartUtc, (await SavedAsync(session.Id)).StartUtc);
    }

    [Fact]
    public async Task Moving_then_cancelling_mails_both_a_request_then_a_cancel_for_the_same_event()
    {
        var pair = await PairAsync();
        var session = await SessionAsync(pair, Day(4, 14));
        var mentee = await pair.Mentee.SignInAsync();
        var url = $"/Sessions/{session.Id}";
        var target = DateOnly.FromDateTime(Day(6, 0).UtcDateTime);
        await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Move", Move(target, "17:00", MenteeTz, (await SavedAsync(session.Id)).Version), url);
        await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Cancel", new() { ["Reason"] = "Release week" }, url);
        var newStart = (await SavedAsync(session.Id)).StartUtc;

        var moves = Mails("Session moved");
        var cancels = Mails("Session cancelled");
        var members = new[] { pair.Mentee.Email, pair.Mentor.Email }.Order().ToList();
        Assert.Equal(members, moves.Select(m => m.To).Order());
        Assert.Equal(members, cancels.Select(m => m.To).Order());
        foreach (var to in members)
        {
            var request = moves.Single(m => m.To == to);
            var cancel = cancels.Single(m => m.To == to);
            Assert.Equal(("REQUEST", "CANCEL"), (request.Method, cancel.Method));
            Assert.Equal("REQUEST", request.Calendar.Method);
            Assert.Equal("CANCEL", cancel.Calendar.Method);
            var (a, b) = (Assert.Single(request.Calendar.Events), Assert.Single(cancel.Calendar.Events));
            Assert.Equal(SessionCalendar.Uid(session.Id), a.Uid);
            Assert.Equal(a.Uid, b.Uid);
            Assert.Equal((1, 2), (a.Sequence, b.Sequence));
            Assert.Equal(newStart.UtcDateTime, a.Start!.AsUtc);
            Assert.Equal("CANCELLED", b.Status);
            Assert.Equal(2, a.Attendees.Count);
            Assert.True(request.HasAttachment);
        }
        Assert.Contains($"Now: {Shown(newStart, MenteeTz)}", moves.Single(m => m.To == pair.Mentee.Email).Text, StringComparison.Ordinal);
        Assert.Contains($"Now: {Shown(newStart, MentorTz)}", moves.Single(m => m.To == pair.Mentor.Email).Text, StringComparison.Ordinal);
        Assert.Contains($"Was: {Shown(session.StartUtc, MentorTz)}", moves.Single(m => m.To == pair.Mentor.Email).Text, StringComparison.Ordinal);
        Assert.Contains("Reason: Release week", cancels.Single(m => m.To == pair.Mentor.Email).Text, StringComparison.Ordinal);
        Assert.Contains(Shown(newStart, MentorTz), cancels.Single(m => m.To == pair.Mentor.Email).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduling_a_series_mails_each_person_one_list_in_their_zone_with_an_event_per_session()
    {
        var pair = await PairAsync();
        var mentor = await pair.Mentor.SignInAsync();
        var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        while (first.DayOfWeek != DayOfWeek.Tuesday) first = first.AddDays(1);
        var ok = await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair.Id}/Sessions", new()
        {
            ["Day"] = "Tuesday", ["Time"] = "16:00", ["TimeZone"] = MentorTz, ["Minutes"] = "60", ["Cadence"] = "Weekly",
            ["StartsOn"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var sessions = await App.WithDbAsync(db => db.Sessions.Where(s => s.PairId == pair.Id).OrderBy(s => s.StartUtc).Select(s => new { s.Id, s.StartUtc }).ToListAsync());

        var mails = Mails("sessions scheduled");
        Assert.Equal(new[] { pair.Mentee.Email, pair.Mentor.Email }.Order(), mails.Select(m => m.To).Order());
        foreach (var (mail, tz) in new[] { (mails.Single(m => m.To == pair.Mentee.Email), MenteeTz), (mails.Single(m => m.To == pair.Mentor.Email), MentorTz) })
        {
            Assert.Equal("REQUEST", mail.Calendar.Method);
            Assert.Equal(sessions.Select(s => SessionCalendar.Uid(s.Id)), mail.Calendar.Events.OrderBy(e => e.Start!.AsUtc).Select(e => e.Uid));
            Assert.All(mail.Calendar.Events, e => Assert.Equal(0, e.Sequence));
            Assert.All(sessions, s => Assert.Contains($"- {Shown(s.StartUtc, tz)}", mail.Text, StringComparison.Ordinal));
        }
        Assert.Contains("16:00 (UTC+", mails.Single(m => m.To == pair.Mentor.Email).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("16:00 (UTC+", mails.Single(m => m.To == pair.Mentee.Email).Text, StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.SentMail.CountAsync(m => m.Subject.Contains("sessions scheduled"))));
    }

    private sealed record Invitation(string To, string Subject, string Text, string Method, ICalendar Calendar, bool HasAttachment);

    /// <summary>The mails in the pickup folder whose subject contains <paramref name="subject"/>, with their calendar part parsed.</summary>
    private List<Invitation> Mails(string subject)
    {
        var folder = App.Database.MailFolder;
        if (!Directory.Exists(folder)) return [];
        var result = new List<Invitation>();
        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            using var message = MimeMessage.Load(file);
            if (message.Subject?.Contains(subject, StringComparison.OrdinalIgnoreCase) != true) continue;
            var part = message.BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "calendar") && !p.IsAttachment);
            result.Add(new Invitation(message.To.Mailboxes.Single().Address, message.Subject, message.TextBody ?? "", part.ContentType.Parameters["method"] ?? "",
                ICalendar.Load(part.Text)!, message.Attachments.Any(a => a.ContentDisposition?.FileName == "invite.ics")));
        }
        return result;
    }

    [Fact]
    public async Task A_refused_move_shows_the_stored_agenda_and_notes_not_blank_forms()
    {
        var pair = await PairAsync();
        var session = await SessionAsync(pair, Day(3, 14));
        var mentee = await pair.Mentee.SignInAsync();
        var url = $"/Sessions/{session.Id}";
        await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Agenda", new() { ["Agenda[HopeNext]"] = "Draft the case study" }, url);
        await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Notes", new() { ["Notes"] = "Notes kept from before" }, url);
        var version = (await SavedAsync(session.Id)).Version;
        var past = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Move", Move(DateOnly.FromDateTime(Day(-1, 0).UtcDateTime), "10:00", MenteeTz, version), url);
        var html = WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync(Ct));
        Assert.Contains("in the past", html, StringComparison.Ordinal);
        Assert.Contains("Draft the case study</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Notes kept from before</textarea>", html, StringComparison.Ordinal);
    }
}
