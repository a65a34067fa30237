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
    private readonly HashSet<string> cleared = new(StringComparer.Ordinal);

    /// <summary>The pair, with its demo sessions removed the first time it is asked for.</summary>
    private async Task<Guid> PairOfAsync(string menteeEmail) => cleared.Add(menteeEmail)
        ? await FreshPairAsync(menteeEmail)
        : await App.WithDbAsync(db => db.Pairs.Where(p => p.MenteeId == db.Users.Single(u => u.Email == menteeEmail).Id).Select(p => p.Id).SingleAsync());

    private async Task<MentoringSession> SessionAsync(Guid pair, double days, Func<MentoringSession, bool>? change = null)
    {
        var start = DateTimeOffset.UtcNow.AddDays(days);
        var session = MentoringSession.Plan(pair, start, start.AddHours(1));
        change?.Invoke(session);
        await App.WithDbAsync(async db => { db.Sessions.Add(session); return await db.SaveChangesAsync(); });
        return session;
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
        await PairOfAsync("careers.mentee@thrive.test"); // the mentor's other pair, without its demo sessions
        var mine = await SessionAsync(await PairOfAsync("mentee@thrive.test"), 3);
        var cancelled = await SessionAsync(await PairOfAsync("mentee@thrive.test"), 10, s => s.Cancel("Holiday", 24, DateTimeOffset.UtcNow).Succeeded);
        var longAgo = await SessionAsync(await PairOfAsync("mentee@thrive.test"), -(CalendarFeed.PastDays + 5));
        var recent = await SessionAsync(await PairOfAsync("mentee@thrive.test"), -5);
        var someoneElses = await SessionAsync(await PairOfAsync("aws.mentee@thrive.test"), 3.5);
        var mentorsOtherPair = await SessionAsync(await PairOfAsync("careers.mentee@thrive.test"), 4);
        var mentee = await App.SignedInAsync("mentee@thrive.test");
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
        var mentorFeed = ICalendar.Load(await App.Anonymous().GetStringAsync(await NewFeedUrlAsync(await App.SignedInAsync("mentor@thrive.test")), Ct))!;
        Assert.Equal(new[] { recent, mine, mentorsOtherPair, cancelled }.Select(s => SessionCalendar.Uid(s.Id)), mentorFeed.Events.Select(e => e.Uid));

        var again = await mentee.GetStringAsync("/Account/Calendar", Ct);
        Assert.DoesNotMatch(FeedUrl(), again); // shown once: only its hash is kept
        Assert.Contains("You made a calendar URL on", again, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "mentee@thrive.test").Select(u => u.CalendarFeedTokenHash).SingleAsync());
        Assert.Equal(Tokens.Hash(url["/calendar/".Length..^".ics".Length]), stored);
    }

    [Fact]
    public async Task Regenerating_ends_the_old_url_and_unknown_tokens_are_not_found()
    {
        var mentee = await App.SignedInAsync("mentee@thrive.test");
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
        var pair = await PairOfAsync("mentee@thrive.test");
        var first = await SessionAsync(pair, 2);
        var mentee = await App.SignedInAsync("mentee@thrive.test");
        var url = await NewFeedUrlAsync(mentee);
        var anonymous = App.Anonymous();
        async Task<int> CommandsAsync(HttpClient client, string path)
        {
            App.Sql.Reset();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path, Ct)).StatusCode);
            return App.Sql.Count;
        }
        var (feed, page) = (await CommandsAsync(anonymous, url), await CommandsAsync(mentee, $"/Sessions/{first.Id}"));
        Assert.InRange(feed, 1, 3);
        Assert.InRange(page, 1, 16);

        for (var i = 0; i < 30; i++) await SessionAsync(pair, 3 + i);

        Assert.Equal(feed, await CommandsAsync(anonymous, url));
        Assert.Equal(page, await CommandsAsync(mentee, $"/Sessions/{first.Id}"));
        Assert.Equal(31, ICalendar.Load(await anonymous.GetStringAsync(url, Ct))!.Events.Count);
    }

    [GeneratedRegex(@"http://localhost/calendar/[A-Za-z0-9_-]+\.ics")]
    private static partial Regex FeedUrl();
}
