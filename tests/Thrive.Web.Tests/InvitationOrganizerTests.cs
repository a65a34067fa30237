using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Thrive.Domain.Sessions;
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

    private async Task<MentoringSession> SessionAsync(Guid pair, int days)
    {
        var start = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(days).AddHours(14);
        var session = MentoringSession.Plan(pair, start, start.AddHours(1));
        await App.WithDbAsync(async db => { db.Sessions.Add(session); return await db.SaveChangesAsync(); });
        return session;
    }

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

    private static void AllOrganizedBy(List<Organizer> found, string email, string name)
    {
        Assert.Equal(["mentee@thrive.test", "mentor@thrive.test"], found.Select(o => o.To).Distinct().Order());
        Assert.All(found, o => Assert.Equal(("mailto:" + email, name), (o.Address, o.Name)));
    }

    [Fact]
    public async Task The_mentor_who_moves_a_session_organizes_the_invitation_and_the_mentee_who_cancels_it_the_cancellation()
    {
        var pair = await FreshPairAsync();
        var session = await SessionAsync(pair, 3);
        var url = $"/Sessions/{session.Id}";
        var version = await App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Version).SingleAsync());
        var mentor = await App.SignedInAsync("mentor@thrive.test");
        var moved = await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Move", new()
        {
            ["Move.Date"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Move.Time"] = "18:30", ["Move.TimeZone"] = "Europe/Amsterdam", ["Move.Version"] = version.ToString(),
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var mentee = await App.SignedInAsync("mentee@thrive.test");
        var cancelled = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Cancel", new() { ["Reason"] = "Release week" }, url);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var move = Organizers("Session moved");
        AllOrganizedBy(move, "mentor@thrive.test", "Daan Jansen");
        // The organizer's own place needs no reply; the partner's does.
        Assert.All(move, o => Assert.Equal([("mailto:mentee@thrive.test", "NEEDS-ACTION"), ("mailto:mentor@thrive.test", "ACCEPTED")], o.Attendees));
        AllOrganizedBy(Organizers("Session cancelled"), "mentee@thrive.test", "Lerato Mokoena");
    }

    [Fact]
    public async Task A_series_scheduled_by_the_mentor_is_organized_by_the_mentor()
    {
        var pair = await FreshPairAsync();
        var mentor = await App.SignedInAsync("mentor@thrive.test");
        var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var ok = await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair}/Sessions", new()
        {
            ["Day"] = first.DayOfWeek.ToString(), ["Time"] = "16:00", ["TimeZone"] = "Europe/Amsterdam", ["Minutes"] = "60", ["Cadence"] = "Weekly",
            ["StartsOn"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var series = Organizers("sessions scheduled");
        Assert.True(series.Count > 2, "The series mail holds no events.");
        AllOrganizedBy(series, "mentor@thrive.test", "Daan Jansen");
    }

    [Fact]
    public async Task A_change_Thrive_makes_itself_is_organized_by_the_programme_and_one_by_a_coordinator_by_the_coordinator()
    {
        var pair = await FreshPairAsync();
        var first = await SessionAsync(pair, 3);
        var second = await SessionAsync(pair, 4);
        var coordinator = await App.UserIdAsync("coordinator@thrive.test");
        var (programme, coordinatorName) = await App.WithDbAsync(async db => (
            await db.Programmes.Where(p => p.Id == db.Pairs.Single(x => x.Id == pair).ProgrammeId).Select(p => p.Name).SingleAsync(),
            await db.Users.Where(u => u.Id == coordinator).Select(u => u.DisplayName).SingleAsync()));
        using (var scope = App.Services.CreateScope())
        {
            var invitations = scope.ServiceProvider.GetRequiredService<SessionInvitations>();
            var people = await invitations.PeopleAsync(pair, Ct);
            first.Cancel("The programme closed early", 0, DateTimeOffset.UtcNow);
            await invitations.CancelledAsync(people, null, first, Ct);
            await invitations.RescheduledAsync(people, coordinator, second, second.StartUtc.AddHours(-1), Ct);
        }

        // The sender address of the installation (Thrive:Mail:From), in the programme's name.
        AllOrganizedBy(Organizers("Session cancelled"), "thrive@localhost", programme);
        AllOrganizedBy(Organizers("Session moved"), "coordinator@thrive.test", coordinatorName);
        Assert.All(Organizers("Session moved"), o => Assert.All(o.Attendees, a => Assert.Equal("NEEDS-ACTION", a.Status)));
    }
}
