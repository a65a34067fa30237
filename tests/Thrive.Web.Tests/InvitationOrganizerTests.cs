using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Thrive.Web.Features.Sessions;
using Thrive.Web.Tests.Infrastructure;
using ICalendar = Ical.Net.Calendar;

namespace Thrive.Web.Tests;

/// <summary>
/// A session invitation names as ORGANIZER whoever made the change (or the programme, when Thrive did), read back
/// from the mailed .eml files with MimeKit and Ical.Net as a calendar app would.
/// </summary>
public sealed class InvitationOrganizerTests : WebTest
{
    private sealed record Organizer(string To, string Address, string? Name, IReadOnlyList<(string Address, string Status)> Attendees);

    private async Task<(Given Given, GivenPair Pair)> PairAsync()
    {
        var given = Given.In(App);
        return (given, await given.PairAsync(await given.ProgrammeAsync()));
    }

    private static Task<GivenSession> SessionAsync(Given given, GivenPair pair, int days) =>
        given.SessionAsync(pair, new DateTimeOffset(given.Today.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero).AddDays(days));

    /// <summary>The ORGANIZER of every event in the mails whose subject contains <paramref name="subject"/>, per recipient.</summary>
    private List<Organizer> Organizers(string subject)
    {
        var result = new List<Organizer>();
        foreach (var file in Directory.Exists(App.Database.MailFolder) ? Directory.GetFiles(App.Database.MailFolder, "*.eml") : [])
        {
            using var message = MimeMessage.Load(file);
            if (message.Subject?.Contains(subject, StringComparison.OrdinalIgnoreCase) != true) continue;
            var part = message.BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "calendar") && !p.IsAttachment);
            foreach (var e in ICalendar.Load(part.Text)!.Events)
                result.Add(new Organizer(message.To.Mailboxes.Single().Address, e.Organizer!.Value!.ToString(), e.Organizer.CommonName,
                    e.Attendees.Select(a => (a.Value!.ToString(), a.ParticipationStatus!)).Order().ToList()));
        }
        return result;
    }

    private static void AllOrganizedBy(List<Organizer> found, GivenPair pair, string email, string name)
    {
        Assert.NotEmpty(found);
        Assert.Equal(new[] { pair.Mentee.Email, pair.Mentor.Email }.Order(), found.Select(o => o.To).Distinct().Order());
        Assert.All(found, o => Assert.Equal(("mailto:" + email, name), (o.Address, o.Name)));
    }

    [Fact]
    public async Task The_mentor_who_moves_a_session_organizes_the_invitation_and_the_mentee_who_cancels_it_the_cancellation()
    {
        var (given, pair) = await PairAsync();
        var session = await SessionAsync(given, pair, 3);
        var url = $"/Sessions/{session.Id}";
        var version = await App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Version).SingleAsync());
        var mentor = await pair.Mentor.SignInAsync();
        var moved = await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Move", new()
        {
            ["Move.Date"] = given.Today.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Move.Time"] = "18:30", ["Move.TimeZone"] = "Europe/Amsterdam", ["Move.Version"] = version.ToString(),
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var mentee = await pair.Mentee.SignInAsync();
        var cancelled = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Cancel", new() { ["Cancel.Reason"] = "Release week" }, url);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var move = Organizers("Session moved");
        AllOrganizedBy(move, pair, pair.Mentor.Email, pair.Mentor.Name);
        // The organizer's own place needs no reply; the partner's does.
        Assert.All(move, o => Assert.Equal(new[] { ("mailto:" + pair.Mentee.Email, "NEEDS-ACTION"), ("mailto:" + pair.Mentor.Email, "ACCEPTED") }.Order(), o.Attendees));
        AllOrganizedBy(Organizers("Session cancelled"), pair, pair.Mentee.Email, pair.Mentee.Name);
    }

    [Fact]
    public async Task A_series_scheduled_by_the_mentor_is_organized_by_the_mentor()
    {
        var (given, pair) = await PairAsync();
        var mentor = await pair.Mentor.SignInAsync();
        var first = given.Today.AddDays(2);
        var ok = await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair.Id}/Sessions", new()
        {
            ["Schedule.Day"] = first.DayOfWeek.ToString(), ["Schedule.Time"] = "16:00", ["Schedule.TimeZone"] = "Europe/Amsterdam", ["Schedule.Minutes"] = "60",
            ["Schedule.Cadence"] = "Weekly", ["Schedule.StartsOn"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var series = Organizers("sessions scheduled");
        Assert.True(series.Count > 2, "The series mail holds no events.");
        AllOrganizedBy(series, pair, pair.Mentor.Email, pair.Mentor.Name);
    }

    [Fact]
    public async Task A_change_Thrive_makes_itself_is_organized_by_the_programme_and_one_by_a_coordinator_by_the_coordinator()
    {
        var (given, pair) = await PairAsync();
        var first = await SessionAsync(given, pair, 3);
        var second = await SessionAsync(given, pair, 4);
        var coordinator = pair.Programme.Coordinator;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Thrive.Persistence.ThriveDbContext>();
            var invitations = scope.ServiceProvider.GetRequiredService<SessionInvitations>();
            var people = await invitations.PeopleAsync(pair.Id, Ct);
            var cancelled = await db.Sessions.SingleAsync(s => s.Id == first.Id, Ct);
            cancelled.Cancel("The programme closed early", 0, given.Now);
            await invitations.CancelledAsync(people, null, cancelled, Ct);
            var moved = await db.Sessions.SingleAsync(s => s.Id == second.Id, Ct);
            await invitations.RescheduledAsync(people, coordinator.Id, moved, moved.StartUtc.AddHours(-1), Ct);
        }

        // The sender address of the installation (Thrive:Mail:From), in the programme's name.
        AllOrganizedBy(Organizers("Session cancelled"), pair, "thrive@localhost", pair.Programme.Name);
        AllOrganizedBy(Organizers("Session moved"), pair, coordinator.Email, coordinator.Name);
        Assert.All(Organizers("Session moved"), o => Assert.All(o.Attendees, a => Assert.Equal("NEEDS-ACTION", a.Status)));
    }
}
