using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Reminders;
using Thrive.Web.Features.Reminders;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class ExamReminderTests : WebTest
{
    private Task<ReminderPassResult> PassAsync(DateTimeOffset now, ThriveApp? app = null)
    {
        var scope = (app ?? App).Services.CreateScope();
        return Run();
        async Task<ReminderPassResult> Run() { using (scope) return await scope.ServiceProvider.GetRequiredService<ReminderPass>().RunAsync(now, Ct); }
    }

    private Task<List<string>> SubjectsAsync(string to) => App.WithDbAsync(db =>
        db.SentMail.AsNoTracking().Where(m => m.To == to).OrderBy(m => m.SentAt).ThenBy(m => m.Subject).Select(m => m.Subject).ToListAsync());

    /// <summary>10:00 UTC on the day <paramref name="days"/> after the builder's today (the mentee's zone is UTC).</summary>
    private static DateTimeOffset On(Given given, int days, int hour = 10) => new(given.Today.AddDays(days).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static List<string> ExamMail(IEnumerable<string> subjects) => subjects.Where(s => s.Contains("SAA-C03", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task An_exam_is_reminded_a_week_ahead_and_the_day_before_once_each_and_an_unbooked_voucher_two_weeks_before_it_expires()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var other = await given.PairAsync(programme);
        await given.ExamAsync(pair.Mentee, daysAhead: 10, voucher: given.Today.AddDays(20));
        await given.ExamAsync(other.Mentee, daysAhead: 10, voucher: given.Today.AddDays(20), booked: true);

        await PassAsync(On(given, 2)); // 8 days ahead, voucher in 18
        Assert.Empty(ExamMail(await SubjectsAsync(pair.Mentee.Email)));
        await PassAsync(On(given, 3, hour: 5)); // a week ahead, but before the sending hour
        Assert.Empty(ExamMail(await SubjectsAsync(pair.Mentee.Email)));
        await PassAsync(On(given, 3));
        await PassAsync(On(given, 4));
        Assert.Equal(["SAA-C03 is in a week"], ExamMail(await SubjectsAsync(pair.Mentee.Email)));
        await PassAsync(On(given, 6)); // the voucher expires in 14 days; the booked exam's owner hears nothing of it
        await PassAsync(On(given, 9));
        await PassAsync(On(given, 9));
        await PassAsync(On(given, 10)); // the exam day: nothing more
        var voucher = $"Your voucher for SAA-C03 expires on {given.Today.AddDays(20).ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture)}";
        Assert.Equal(["SAA-C03 is in a week", voucher, "SAA-C03 is tomorrow"], ExamMail(await SubjectsAsync(pair.Mentee.Email)));
        Assert.Equal(["SAA-C03 is in a week", "SAA-C03 is tomorrow"], ExamMail(await SubjectsAsync(other.Mentee.Email)));
        Assert.Empty(ExamMail(await SubjectsAsync(pair.Mentor.Email)));
        var body = await App.WithDbAsync(db => db.SentMail.Where(m => m.Subject == voucher).Select(m => m.TextBody).SingleAsync());
        Assert.Contains("/Exam/Edit", body, StringComparison.Ordinal);
        Assert.Contains("/Unsubscribe", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turned_off_exam_reminders_stay_off_and_two_instances_send_each_one_once()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var quiet = await given.PairAsync(programme);
        await given.ExamAsync(pair.Mentee, daysAhead: 10, voucher: given.Today.AddDays(16));
        await given.ExamAsync(quiet.Mentee, daysAhead: 10, voucher: given.Today.AddDays(16));
        await App.WithDbAsync(async db =>
        {
            db.ReminderOptOuts.AddRange(ReminderOptOut.For(quiet.Mentee.Id, ReminderKind.ExamSoon, given.Now), ReminderOptOut.For(quiet.Mentee.Id, ReminderKind.VoucherExpiring, given.Now));
            return await db.SaveChangesAsync();
        });
        await using var second = new ThriveApp(App.Database);
        _ = second.Server;
        foreach (var day in new[] { 2, 3, 3, 4, 9, 9 })
            await Task.WhenAll(Task.Run(() => PassAsync(On(given, day), App), Ct), Task.Run(() => PassAsync(On(given, day), second), Ct));

        Assert.Equal(3, ExamMail(await SubjectsAsync(pair.Mentee.Email)).Count); // voucher, a week ahead, tomorrow
        Assert.Equal(3, ExamMail(await SubjectsAsync(pair.Mentee.Email)).Distinct().Count());
        Assert.Empty(ExamMail(await SubjectsAsync(quiet.Mentee.Email)));
        var kinds = await App.WithDbAsync(db => db.ReminderDeliveries.Where(d => d.UserId == pair.Mentee.Id).Select(d => d.Kind).ToListAsync());
        Assert.Equal(2, kinds.Count(k => k == nameof(ReminderKind.ExamSoon)));
        Assert.Equal(1, kinds.Count(k => k == nameof(ReminderKind.VoucherExpiring)));
    }
}
