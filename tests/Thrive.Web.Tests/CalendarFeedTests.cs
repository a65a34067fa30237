using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Sessions;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;
using ICalendar = Ical.Net.Calendar;
using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Tests;

/// <summary>The secret calendar feed: anonymous with the secret, only the owner's sessions, gone once regenerated.</summary>
public sealed partial class CalendarFeedTests : WebTest
{
    /// <summary>Lerato and Daan; Daan's other pair; and a pair the two of them are not in. No sessions yet.</summary>
    private sealed record Pairs(GivenPair Lerato, GivenPair MentorsOther, GivenPair Others);

    private async Task<Pairs> PairsAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var daan = await given.MentorAsync(programme, "Daan Jansen", "Europe/Amsterdam");
        return new Pairs(
            await given.PairAsync(programme, daan, await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg")),
            await given.PairAsync(programme, daan),
            await given.PairAsync(programme));
    }

    private Task<GivenSession> SessionAsync(GivenPair pair, double days, Action<MentoringSession>? then = null)
    {
        var given = Given.In(App);
        return given.SessionAsync(pair, given.Now.AddDays(days), then: then);
    }

    /// <summary>Makes a new feed URL through the page and reads it from the page shown next.</summary>
    private static async Task<string> NewFeedUrlAsync(HttpClient client)
    {
        var made = await ThriveApp.PostFormAsync(client, "/Account/Calendar?handler=Regenerate", [], "/Account/Calendar");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var page = await client.GetStringAsync("/Account/Calendar", TestContext.Current.CancellationToken);
        var m = FeedUrl().Match(page);
        Assert.True(m.Success, "No feed URL on the page");
        return new Uri(m.Value).PathAndQuery;
    }

    [Fact]
    public async Task The_feed_works_without_signing_in_and_holds_only_the_owners_sessions()
    {
        var pairs = await PairsAsync();
        var mine = await SessionAsync(pairs.Lerato, 3);
        var cancelled = await SessionAsync(pairs.Lerato, 10, s => s.Cancel("Holiday", 24, DateTimeOffset.UtcNow));
        var longAgo = await SessionAsync(pairs.Lerato, -(CalendarFeed.PastDays + 5));
        var recent = await SessionAsync(pairs.Lerato, -5);
        var someoneElses = await SessionAsync(pairs.Others, 3.5);
        var mentorsOtherPair = await SessionAsync(pairs.MentorsOther, 4);
        var mentee = await pairs.Lerato.Mentee.SignInAsync();
        Assert.Contains("no calendar URL yet", await mentee.GetStringAsync("/Account/Calendar", Ct), StringComparison.Ordinal);

        var url = await NewFeedUrlAsync(mentee);
        var response = await App.Anonymous().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl.Private);
        var calendar = ICalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Null(calendar.Method);
        Assert.Equal(new[] { recent, mine, cancelled }.Select(s => SessionCalendar.Uid(s.Id)), calendar.Events.Select(e => e.Uid));
        Assert.Equal(["CONFIRMED", "CONFIRMED", "CANCELLED"], calendar.Events.Select(e => e.Status));
        Assert.All(calendar.Events, e => Assert.Equal("Mentoring session: Lerato Mokoena & Daan Jansen", e.Summary));
        Assert.DoesNotContain(calendar.Events, e => e.Uid == SessionCalendar.Uid(someoneElses.Id) || e.Uid == SessionCalendar.Uid(longAgo.Id));

        // The mentor's feed holds both of his pairs, and nobody else's.
        var mentorFeed = ICalendar.Load(await App.Anonymous().GetStringAsync(await NewFeedUrlAsync(await pairs.Lerato.Mentor.SignInAsync()), Ct))!;
        Assert.Equal(new[] { recent, mine, mentorsOtherPair, cancelled }.Select(s => SessionCalendar.Uid(s.Id)), mentorFeed.Events.Select(e => e.Uid));

        var again = await mentee.GetStringAsync("/Account/Calendar", Ct);
        Assert.DoesNotMatch(FeedUrl(), again); // shown once: only its hash is kept
        Assert.Contains("You made a calendar URL on", again, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.Users.Where(u => u.Id == pairs.Lerato.Mentee.Id).Select(u => u.CalendarFeedTokenHash).SingleAsync());
        Assert.Equal(Tokens.Hash(url["/calendar/".Length..^".ics".Length]), stored);
    }

    [Fact]
    public async Task Regenerating_ends_the_old_url_and_unknown_tokens_are_not_found()
    {
        var mentee = await (await PairsAsync()).Lerato.Mentee.SignInAsync();
        var old = await NewFeedUrlAsync(mentee);
        Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().GetAsync(old, Ct)).StatusCode);

        var fresh = await NewFeedUrlAsync(mentee);

        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync(old, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().GetAsync(fresh, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync($"/calendar/{SessionCalendar.NewFeedToken()}.ics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync("/calendar/x.ics", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_feed_and_the_session_page_send_the_same_few_commands_with_more_sessions()
    {
        var pair = (await PairsAsync()).Lerato;
        var first = await SessionAsync(pair, 2);
        var mentee = await pair.Mentee.SignInAsync();
        var url = await NewFeedUrlAsync(mentee);
        var anonymous = App.Anonymous();
        async Task<int> CommandsAsync(HttpClient client, string path)
        {
            // Warm up: first-use queries (key ring, security stamp) and the navigation's unread count, which is kept
            // until the app writes, are not the page's.
            await client.GetAsync(path, Ct);
            App.Sql.Reset();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path, Ct)).StatusCode);
            return App.Sql.Count;
        }
        var (feed, page) = (await CommandsAsync(anonymous, url), await CommandsAsync(mentee, $"/Sessions/{first.Id}"));
        Assert.InRange(feed, 1, 3);
        Assert.InRange(page, 1, 17); // 16, and the navigation's unread count of the activity feed when it is counted

        for (var i = 0; i < 30; i++) await SessionAsync(pair, 3 + i);

        Assert.Equal(feed, await CommandsAsync(anonymous, url));
        Assert.Equal(page, await CommandsAsync(mentee, $"/Sessions/{first.Id}"));
        Assert.Equal(31, ICalendar.Load(await anonymous.GetStringAsync(url, Ct))!.Events.Count);
    }

    [GeneratedRegex(@"http://localhost/calendar/[A-Za-z0-9_-]+\.ics")]
    private static partial Regex FeedUrl();
}
