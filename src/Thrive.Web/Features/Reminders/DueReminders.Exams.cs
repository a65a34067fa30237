namespace Thrive.Web.Features.Reminders;

public sealed partial class DueReminders
{
    /// <summary>An exam whose day or voucher is near, with its owner.</summary>
    public sealed record ExamRow(Guid Id, string Title, DateOnly ExamOn, bool Booked, DateOnly? VoucherExpiresOn, Person Owner);

    /// <summary>
    /// Exam reminders: a week and a day before an exam without a result, and two weeks before an unbooked exam's voucher
    /// expires, each once (the key holds the day it is about). One query, read from the earliest day anyone is in.
    /// </summary>
    private async Task<IReadOnlyList<DueReminder>> ExamRemindersAsync(DateTimeOffset now, int hour, CancellationToken ct)
    {
        var earliest = EarliestToday(now);
        var examHorizon = earliest.AddDays(ReminderRules.ExamDaysBefore.Max() + 1);
        var voucherHorizon = earliest.AddDays(ReminderRules.VoucherDaysBefore + 1);
        var rows = await (
            from e in db.Exams.AsNoTracking().IgnoreAutoIncludes()
            where e.Outcome == null && ((e.ExamOn >= earliest && e.ExamOn <= examHorizon)
                || (!e.Booked && e.VoucherExpiresOn != null && e.VoucherExpiresOn >= earliest && e.VoucherExpiresOn <= voucherHorizon))
            join u in db.Users on e.OwnerId equals u.Id
            orderby e.ExamOn, e.Id
            select new ExamRow(e.Id, e.Code != "" ? e.Code : e.Name, e.ExamOn, e.Booked, e.VoucherExpiresOn, new Person(u.Id, u.Email!, u.DisplayName, u.TimeZone)))
            .Take(O.MaxPerKind).ToListAsync(ct);
        var due = new List<DueReminder>();
        foreach (var x in rows.Where(x => ReminderRules.IsSendingHour(now, x.Owner.TimeZone, hour)))
        {
            var today = ReminderRules.LocalDate(now, x.Owner.TimeZone);
            if (ReminderRules.ExamReminderStage(x.ExamOn, today) is { } stage)
                due.Add(new(ReminderKeys.ExamSoon(x.Id, x.ExamOn, stage, x.Owner.Id), ReminderKind.ExamSoon, x.Owner, w => w.ExamSoon(x, stage)));
            if (!x.Booked && x.VoucherExpiresOn is { } v && ReminderRules.IsVoucherExpiring(v, today))
                due.Add(new(ReminderKeys.VoucherExpiring(x.Id, v, x.Owner.Id), ReminderKind.VoucherExpiring, x.Owner, w => w.VoucherExpiring(x)));
        }
        return due;
    }
}
