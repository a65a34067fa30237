using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Programmes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// The pair page as its reader sees it: the week and the midpoint prompt on the reader's own day (late in the evening
/// in Johannesburg, UTC+2, and in New York in winter, UTC-5, where UTC is already tomorrow), and only links that open.
/// </summary>
public sealed class PairDayTests : WebTest
{
    protected override bool SeedDemo => true; // the demo pairs of Lerato and Kabelo with Daan

    private Task<Guid> PairOfAsync(string menteeEmail) =>
        App.WithDbAsync(db => db.Pairs.Where(p => p.MenteeId == db.Users.Single(u => u.Email == menteeEmail).Id).Select(p => p.Id).SingleAsync());

    /// <summary>The next instant, from the app's now, at which the wall clock in <paramref name="zone"/> reads <paramref name="time"/> with <paramref name="offset"/>.</summary>
    private DateTimeOffset Next(string zone, TimeOnly time, TimeSpan offset)
    {
        var tz = TimeZones.Find(zone);
        var day = TimeZones.LocalDate(App.Clock.GetUtcNow(), zone);
        for (var i = 0; i < 400; i++, day = day.AddDays(1))
        {
            var local = day.ToDateTime(time);
            var instant = new DateTimeOffset(local, tz.GetUtcOffset(local));
            if (instant.Offset == offset && instant > App.Clock.GetUtcNow().AddMinutes(1)) return instant;
        }
        throw new InvalidOperationException($"No {time} at {offset} in {zone} within a year.");
    }

    /// <summary>Lerato's pair (without the demo's midpoint checks) with the programme started <paramref name="daysAgo"/> days before <paramref name="today"/>.</summary>
    private async Task<Guid> PairStartedAsync(DateOnly today, int daysAgo)
    {
        var pair = await PairOfAsync("mentee@thrive.test");
        await App.WithDbAsync(async db =>
        {
            await db.MidpointChecks.Where(c => c.PairId == pair).ExecuteDeleteAsync();
            var g = await db.Programmes.SingleAsync(p => p.Status == ProgrammeStatus.Running); // not the second programme, in intake
            Assert.True(g.Update(new ProgrammeDetails(g.Name, g.Description, today.AddDays(-daysAgo), 12, g.Cadence)).Succeeded);
            return await db.SaveChangesAsync();
        });
        return pair;
    }

    private Task<int> LiveInAsync(string email, string zone) => App.WithDbAsync(async db =>
    {
        (await db.Users.SingleAsync(u => u.Email == email)).TimeZone = zone;
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task At_20_00_in_New_York_the_pair_page_is_still_on_the_readers_day_though_UTC_is_tomorrow()
    {
        var now = Next("America/New_York", new TimeOnly(20, 0), TimeSpan.FromHours(-5));
        App.Clock.MoveTo(now);
        var today = DateOnly.FromDateTime(now.DateTime);
        Assert.Equal(today.AddDays(1), DateOnly.FromDateTime(now.UtcDateTime));
        await LiveInAsync("mentee@thrive.test", "America/New_York");
        var mentee = await App.SignedInAsync("mentee@thrive.test");

        // The last day of week 5, and the day before the check's window (midpoint of 12 weeks, less a week) opens.
        var pair = await PairStartedAsync(today, daysAgo: 34);
        var page = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Pairs/{pair}", Ct));
        Assert.Contains("Week 5 of 12", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Time for a relationship check", page, StringComparison.Ordinal);

        // The last day of the window.
        await PairStartedAsync(today, daysAgo: 49);
        Assert.Contains("Time for a relationship check", await mentee.GetStringAsync($"/Pairs/{pair}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_23_30_in_Johannesburg_the_pair_page_is_on_the_readers_day()
    {
        var now = Next("Africa/Johannesburg", new TimeOnly(23, 30), TimeSpan.FromHours(2));
        App.Clock.MoveTo(now);
        var today = DateOnly.FromDateTime(now.DateTime);
        await LiveInAsync("mentee@thrive.test", "Africa/Johannesburg");
        var mentee = await App.SignedInAsync("mentee@thrive.test");

        var pair = await PairStartedAsync(today, daysAgo: 34);
        var page = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Pairs/{pair}", Ct));
        Assert.Contains("Week 5 of 12", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Time for a relationship check", page, StringComparison.Ordinal);

        // The first day of the window.
        await PairStartedAsync(today, daysAgo: 35);
        page = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Pairs/{pair}", Ct));
        Assert.Contains("Week 6 of 12", page, StringComparison.Ordinal);
        Assert.Contains("Time for a relationship check", page, StringComparison.Ordinal);
        Assert.Contains($"Best held between {today:d MMM yyyy}", await mentee.GetStringAsync($"/Pairs/{pair}/Check", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_link_on_the_pair_page_opens_for_the_person_it_is_shown_to()
    {
        var pair = await PairOfAsync("mentee@thrive.test");
        var ended = await App.WithDbAsync(async db =>
        {
            var p = await db.Pairs.SingleAsync(x => x.MenteeId == db.Users.Single(u => u.Email == "careers.mentee@thrive.test").Id);
            Assert.True(p.Dissolve("Moved to a product role", DateTimeOffset.UtcNow).Succeeded);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var failures = new List<string>();
        var checkedLinks = 0;
        foreach (var (email, pairId) in new[] { ("mentee@thrive.test", pair), ("mentor@thrive.test", pair), ("coordinator@thrive.test", pair),
                     ("admin@thrive.test", pair), ("mentor@thrive.test", ended), ("careers.mentee@thrive.test", ended) })
        {
            var client = await App.SignedInAsync(email);
            var html = parser.ParseDocument(await client.GetStringAsync($"/Pairs/{pairId}", Ct));
            var links = html.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("/Account/SignOut", StringComparison.Ordinal)).Distinct();
            foreach (var link in links)
            {
                checkedLinks++;
                var status = (await client.GetAsync(link, Ct)).StatusCode;
                if (status != HttpStatusCode.OK) failures.Add($"{email} on {(pairId == pair ? "the active pair" : "the dissolved pair")}: {link} answers {(int)status}");
            }
        }
        Assert.True(checkedLinks > 20, $"only {checkedLinks} links");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
