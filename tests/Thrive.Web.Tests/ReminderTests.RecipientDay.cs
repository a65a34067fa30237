using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Commitments;
using Thrive.Domain.Sessions;

namespace Thrive.Web.Tests;

/// <summary>
/// Every "today" of a reminder pass is the recipient's own day: late in the evening in Johannesburg (UTC+2) and in New
/// York (UTC-5 in winter, when UTC is already on the next day), the windows and "overdue" are counted in their days.
/// </summary>
public sealed partial class ReminderTests
{
    /// <summary>
    /// A Monday after today at <paramref name="hour"/>:<paramref name="minute"/> in <paramref name="zone"/>, in standard
    /// time there (New York's winter), as the instant and the person's date.
    /// </summary>
    private static (DateTimeOffset Now, DateOnly Today) MondayEvening(string zone, int hour, int minute)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        while (true)
        {
            var local = day.ToDateTime(new TimeOnly(hour, minute));
            if (day.DayOfWeek == DayOfWeek.Monday && !tz.IsDaylightSavingTime(local))
                return (new DateTimeOffset(local, tz.GetUtcOffset(local)).ToUniversalTime(), day);
            day = day.AddDays(1);
        }
    }

    private Task<int> SetZoneAsync(Guid userId, string zone) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.TimeZone, zone)));

    [Theory]
    [InlineData("Africa/Johannesburg", 23, 30)]
    [InlineData("America/New_York", 20, 0)]
    public async Task Overdue_action_items_are_counted_in_the_owners_days_late_in_their_evening(string zone, int hour, int minute)
    {
        var (pair, menteeId, _) = await PairAAsync();
        await SetZoneAsync(menteeId, zone);
        var (now, today) = MondayEvening(zone, hour, minute);
        await App.WithDbAsync(async db =>
        {
            foreach (var (text, daysAgo) in new[] { ("Due today", 0), ("Due yesterday", 1), ("Due two weeks ago", 14), ("Due fifteen days ago", 15) })
            {
                var due = today.AddDays(-daysAgo);
                db.ActionItems.Add(ActionItem.Add(pair, null, menteeId, text, due, due, now.AddDays(-20)).Value!);
            }
            return await db.SaveChangesAsync();
        });

        await PassAsync(now);

        var texts = (await MailAsync(Mentee, "An action item is overdue")).Select(m => m.TextBody).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains(texts, t => t.Contains("Due yesterday", StringComparison.Ordinal));
        // Two weeks back in her own days is still within the window, though UTC may already be a day further.
        Assert.Contains(texts, t => t.Contains("Due two weeks ago", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Due today", StringComparison.Ordinal)); // her day is not over yet
        var digest = Assert.Single(await MailAsync(Mentee, "Your week ahead in Thrive"));
        Assert.Contains("Due today (due ", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Due yesterday (overdue since ", digest.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Africa/Johannesburg", 23, 30)]
    [InlineData("America/New_York", 20, 0)]
    public async Task The_check_in_window_of_a_commitment_is_counted_in_its_owners_days(string zone, int hour, int minute)
    {
        var (_, menteeId, _) = await PairAAsync();
        await SetZoneAsync(menteeId, zone);
        var (now, today) = MondayEvening(zone, hour, minute);
        var programme = await App.WithDbAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        var details = new CommitmentDetails(CommitmentForm.ImplementationIntention, "read one chapter", "21:00", "the couch", null, 1, HabitPeriod.Day, CommitmentKind.YesNo);
        var start = today.AddDays(-200);
        var commitment = Commitment.Create(programme, menteeId, details, start, start, now.AddDays(-200)).Value!;
        await App.WithDbAsync(async db =>
        {
            db.Commitments.Add(commitment);
            // Every day up to yesterday in her calendar; today is still in progress.
            for (var d = start; d < today; d = d.AddDays(1)) db.CheckIns.Add(CheckIn.Record(commitment, d, 1, null, d, now.AddDays(-1)).Value!);
            return await db.SaveChangesAsync();
        });

        await PassAsync(now);

        // The pass reads the last 120 of her days, so the streak it reports is exactly that long, on either side of UTC's midnight.
        var digest = Assert.Single(await MailAsync(Mentee, "Your week ahead in Thrive"));
        Assert.Contains("I will read one chapter at 21:00 in the couch. (streak: 120 days)", digest.TextBody, StringComparison.Ordinal);
        Assert.Empty(await MailAsync(Mentee, "Never miss twice: time for a small restart"));
    }
}
