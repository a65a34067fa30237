using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Sessions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// The session page's days are the reader's own: late in the evening in Johannesburg (UTC+2) and in New York (UTC-5 in
/// winter, when UTC is already on the next day), an action item due today is not overdue yet, one can still be added
/// for today, and the agenda deadline is written in the reader's zone.
/// </summary>
public sealed class SessionReaderDayTests : WebTest
{
    /// <summary>Sets the app's clock to <paramref name="hour"/>:<paramref name="minute"/> on a coming day in standard time in <paramref name="zone"/>.</summary>
    private DateOnly SetClockTo(string zone, int hour, int minute)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        while (tz.IsDaylightSavingTime(day.ToDateTime(new TimeOnly(hour, minute)))) day = day.AddDays(1);
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        App.Clock.Advance(new DateTimeOffset(local, tz.GetUtcOffset(local)) - App.Clock.GetUtcNow());
        return day;
    }

    [Theory]
    [InlineData("Africa/Johannesburg", 23, 30, "(UTC+2)")]
    [InlineData("America/New_York", 20, 0, "(UTC-5)")]
    public async Task Late_in_the_readers_evening_today_is_still_their_today(string zone, int hour, int minute, string offset)
    {
        var today = SetClockTo(zone, hour, minute);
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var made = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Lerato Mokoena", zone));
        var (pair, menteeId) = (made.Id, made.Mentee.Id);
        var now = App.Clock.GetUtcNow();
        var session = MentoringSession.Plan(pair, now.AddDays(2), now.AddDays(2).AddHours(1));
        await App.WithDbAsync(async db =>
        {
            db.Sessions.Add(session);
            db.ActionItems.Add(ActionItem.Add(pair, session.Id, menteeId, "Due on her today", today, today, now.AddDays(-3)).Value!);
            db.ActionItems.Add(ActionItem.Add(pair, session.Id, menteeId, "Due on her yesterday", today.AddDays(-1), today.AddDays(-1), now.AddDays(-3)).Value!);
            return await db.SaveChangesAsync();
        });
        var mentee = await made.Mentee.SignInAsync();
        var url = $"/Sessions/{session.Id}";

        var api = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session.Id}", Ct);
        var overdue = api.GetProperty("actionItems").EnumerateArray().ToDictionary(i => i.GetProperty("text").GetString()!, i => i.GetProperty("overdue").GetBoolean());
        Assert.False(overdue["Due on her today"]);
        Assert.True(overdue["Due on her yesterday"]);
        var page = WebUtility.HtmlDecode(await mentee.GetStringAsync(url, Ct));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, ">Overdue<"));
        // The agenda deadline (the day before, by default) in her zone.
        Assert.Contains($"share by {SessionTimes.InZone(session.StartUtc.AddHours(-24), zone).Value!.Display}", page, StringComparison.Ordinal);
        Assert.Contains(offset, api.GetProperty("agenda").GetProperty("shareByTime").GetString(), StringComparison.Ordinal);

        // A new action item may be due on her today, not on her yesterday.
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Action", new() { ["NewAction.Text"] = "Too late", ["NewAction.DueDate"] = Day(today.AddDays(-1)) }, url);
        Assert.Contains("The due date must be today or later", await yesterday.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var ok = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Action", new() { ["NewAction.Text"] = "Send the draft tonight", ["NewAction.DueDate"] = Day(today) }, url);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(today, await App.WithDbAsync(db => db.ActionItems.Where(i => i.Text == "Send the draft tonight").Select(i => i.DueDate).SingleAsync()));
        Assert.False(await App.WithDbAsync(db => db.ActionItems.AnyAsync(i => i.Text == "Too late")));

        // The list writes each session in her zone.
        Assert.Contains(offset, WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Pairs/{pair}/Sessions", Ct)), StringComparison.Ordinal);
    }
}
