using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Sessions;
using Thrive.Domain.Intake;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class HomeTests : WebTest
{
    /// <summary>
    /// A programme in its fifth week: Daan mentors Lerato and Kabelo, a third pair, two open applications (Ayesha's
    /// and Nandi's), and an admin.
    /// </summary>
    private sealed record World(GivenProgramme Programme, GivenPerson Lerato, GivenPerson Daan, GivenPerson Ayesha, GivenPerson Nandi, GivenPerson Admin);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync("Project Thrive · Spring cohort", week: 5);
        var daan = await given.MentorAsync(programme, "Daan Jansen", capacity: 2);
        var lerato = (await given.PairAsync(programme, daan, await given.MenteeAsync(programme, "Lerato Mokoena"))).Mentee;
        await given.PairAsync(programme, daan, await given.MenteeAsync(programme, "Kabelo Molefe"));
        await given.PairAsync(programme);
        var ayesha = await given.MenteeAsync(programme, "Ayesha Khan", status: ApplicationStatus.Applied);
        var nandi = await given.MenteeAsync(programme, "Nandi Zulu", status: ApplicationStatus.Applied);
        return new World(programme, lerato, daan, ayesha, nandi, await given.AdminAsync());
    }

    [Fact]
    public async Task Mentee_sees_their_mentor_the_week_and_a_next_step()
    {
        var client = await (await WorldAsync()).Lerato.SignInAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("Week 5 of 12 · Working on goals", html, StringComparison.Ordinal);
        Assert.Contains("Mentor: Daan Jansen", html, StringComparison.Ordinal);
        Assert.Contains("Drive this week's session", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentor_sees_both_of_their_mentees()
    {
        var client = await (await WorldAsync()).Daan.SignInAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("Mentee: Lerato Mokoena", html, StringComparison.Ordinal);
        Assert.Contains("Mentee: Kabelo Molefe", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_sees_their_programme_with_counts()
    {
        var client = await (await WorldAsync()).Programme.Coordinator.SignInAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("Programmes you coordinate", html, StringComparison.Ordinal);
        Assert.Contains("Project Thrive · Spring cohort", html, StringComparison.Ordinal);
        Assert.Matches(@"Applications to review</dt><dd class=""stat-value mb-0"">2<", html);
        Assert.Matches(@"Active pairs</dt><dd class=""stat-value mb-0"">3<", html);
    }

    [Fact]
    public async Task Admin_sees_programmes_and_users()
    {
        var world = await WorldAsync();
        var client = await world.Admin.SignInAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("All programmes", html, StringComparison.Ordinal);
        Assert.Contains("Users", html, StringComparison.Ordinal);
        Assert.Contains(world.Nandi.Email, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applicant_is_told_their_application_is_with_the_coordinator()
    {
        var client = await (await WorldAsync()).Ayesha.SignInAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        Assert.Contains("Your application is with the coordinator", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Late in the evening in Johannesburg (UTC+2) and in New York in winter (UTC-5, already tomorrow in UTC), and just
    /// after midnight in Johannesburg (still yesterday in UTC): the programme's week and what is overdue are the
    /// reader's own day's. The programme started 27 days before that day: week 4 of 12.
    /// </summary>
    [Theory]
    [InlineData("Africa/Johannesburg", "23:30")]
    [InlineData("America/New_York", "20:00")]
    [InlineData("Africa/Johannesburg", "00:30")]
    public async Task The_week_and_overdue_marks_follow_the_readers_own_day(string zone, string time)
    {
        var day = new DateOnly(DateTime.UtcNow.Year + 1, 1, 15); // a winter day ahead: the clock only moves forward
        App.Clock.MoveTo(ShiftableClock.WallTime(zone, day, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Lerato Mokoena", zone));
        var lerato = pair.Mentee.Id;
        await App.WithDbAsync(async db =>
        {
            await db.Programmes.Where(p => p.Id == programme.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.StartDate, day.AddDays(-27)));
            db.ActionItems.Add(ActionItem.Add(pair.Id, null, lerato, "Due on her today", day, day, DateTimeOffset.UtcNow).Value!);
            db.ActionItems.Add(ActionItem.Add(pair.Id, null, lerato, "Due on her yesterday", day.AddDays(-1), day.AddDays(-1), DateTimeOffset.UtcNow).Value!);
            return await db.SaveChangesAsync();
        });

        var html = WebUtility.HtmlDecode(await (await pair.Mentee.SignInAsync()).GetStringAsync("/", Ct));
        Assert.Contains("Week 4 of 12 · ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", ActionItemOf(html, "Due on her today"), StringComparison.Ordinal);
        Assert.Contains("Overdue", ActionItemOf(html, "Due on her yesterday"), StringComparison.Ordinal);
    }

    private static string ActionItemOf(string html, string text) =>
        // In the action items' own list (the next steps above it may name the same item).
        Regex.Match(html[html.IndexOf("id=\"actions-title\"", StringComparison.Ordinal)..], @"<li[^>]*>((?:(?!</li>).)*" + Regex.Escape(text) + @"(?:(?!</li>).)*)</li>", RegexOptions.Singleline).Groups[1].Value is { Length: > 0 } li
            ? li : throw new InvalidOperationException($"No action item \"{text}\" on the page.");
}
