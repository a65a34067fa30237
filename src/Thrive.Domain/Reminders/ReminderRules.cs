using System.Globalization;
using Thrive.Domain.Commitments;

namespace Thrive.Domain.Reminders;

/// <summary>
/// When a reminder is due, in the reader's own time zone, and the key that makes each one go out once.
/// Pure: the instant is passed in.
/// </summary>
public static class ReminderRules
{
    public const int QuietDays = 14;
    public const int StalledDays = 21;

    /// <summary>The reader's wall-clock time; an unknown zone reads as UTC so that nobody is skipped.</summary>
    public static DateTime LocalTime(DateTimeOffset now, string? timeZone) => TimeZones.LocalTime(now, timeZone);

    public static DateOnly LocalDate(DateTimeOffset instant, string? timeZone) => TimeZones.LocalDate(instant, timeZone);

    /// <summary>Reminders go out from <paramref name="fromHour"/> o'clock in the reader's morning, not in their night.</summary>
    public static bool IsSendingHour(DateTimeOffset now, string? timeZone, int fromHour) => LocalTime(now, timeZone).Hour >= fromHour;

    /// <summary>The instant falls on the reader's tomorrow, and it is their sending hour today.</summary>
    public static bool IsTomorrow(DateTimeOffset instant, DateTimeOffset now, string? timeZone, int fromHour) =>
        IsSendingHour(now, timeZone, fromHour) && LocalDate(instant, timeZone) == LocalDate(now, timeZone).AddDays(1);

    /// <summary>
    /// The digest is due from Monday's sending hour; until Wednesday it can still catch up (once) after downtime.
    /// Later in the week "the week ahead" is mostly behind, so it waits for next Monday.
    /// </summary>
    public static bool IsDigestDue(DateTimeOffset now, string? timeZone, int fromHour)
    {
        var local = LocalTime(now, timeZone);
        return local.DayOfWeek switch
        {
            DayOfWeek.Monday => local.Hour >= fromHour,
            DayOfWeek.Tuesday or DayOfWeek.Wednesday => true,
            _ => false,
        };
    }

    /// <summary>Days before an exam its owner hears of it: a week ahead, then the day before.</summary>
    public static readonly IReadOnlyList<int> ExamDaysBefore = [7, 1];
    /// <summary>Days before a voucher expires that its owner hears of it, while the exam is not booked.</summary>
    public const int VoucherDaysBefore = 14;

    /// <summary>
    /// Which exam reminder is due on the owner's <paramref name="today"/>: the nearest of <see cref="ExamDaysBefore"/> at
    /// or after the days left (a week ahead is still sent on day 5 after downtime; the day-before one takes over on day 1); null outside the window.
    /// </summary>
    public static int? ExamReminderStage(DateOnly examOn, DateOnly today)
    {
        var left = examOn.DayNumber - today.DayNumber;
        if (left < 1) return null;
        return ExamDaysBefore.Where(d => d >= left).Select(d => (int?)d).LastOrDefault();
    }

    /// <summary>The voucher expires within <see cref="VoucherDaysBefore"/> days of the owner's today (today included).</summary>
    public static bool IsVoucherExpiring(DateOnly expiresOn, DateOnly today) =>
        expiresOn >= today && expiresOn.DayNumber - today.DayNumber <= VoucherDaysBefore;

    /// <summary>"2026-W09": the reader's ISO week.</summary>
    public static string IsoWeek(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}");

    /// <summary>Whole days without a held session, counted from the last held one or, before any, from the pair's start.</summary>
    public static int QuietFor(DateTimeOffset? lastHeld, DateTimeOffset activatedAt, DateTimeOffset now)
    {
        var since = lastHeld is { } held && held > activatedAt ? held : activatedAt;
        return Math.Max(0, (int)Math.Floor((now - since).TotalDays));
    }

    /// <summary>
    /// The start of the run of missed periods that broke "never miss twice", or null while the rule holds. A longer run
    /// keeps the same start, so the owner hears of one break once.
    /// </summary>
    public static DateOnly? MissedTwiceSince(IReadOnlyList<PeriodOutcome> periods)
    {
        if (!HabitStats.MissedTwiceInARow(periods)) return null;
        var i = periods.Count - 2; // the last completed period
        while (i > 0 && periods[i - 1].Status == PeriodStatus.Missed) i--;
        return periods[i].Start;
    }
}

/// <summary>The idempotency keys: one message per key, ever.</summary>
public static class ReminderKeys
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string AgendaDue(Guid sessionId, Guid userId) => $"agenda-due:{sessionId:N}:{userId:N}";
    public static string SessionTomorrow(Guid sessionId, Guid userId) => $"session-tomorrow:{sessionId:N}:{userId:N}";
    public static string ActionOverdue(Guid itemId, Guid userId) => $"action-overdue:{itemId:N}:{userId:N}";
    public static string CommitmentMissed(Guid commitmentId, DateOnly since, Guid userId) => $"commitment-missed:{commitmentId:N}:{D(since)}:{userId:N}";
    public static string PairQuiet(Guid pairId, DateOnly quietSince, Guid userId) => $"pair-quiet:{pairId:N}:{D(quietSince)}:{userId:N}";
    public static string PairStalled(Guid pairId, DateOnly quietSince, Guid userId) => $"pair-stalled:{pairId:N}:{D(quietSince)}:{userId:N}";
    public static string Digest(Guid userId, string isoWeek) => $"digest:{userId:N}:{isoWeek}";
    public static string PracticeDue(Guid userId, DateOnly day) => $"practice-due:{userId:N}:{D(day)}";
    public static string ExamSoon(Guid examId, DateOnly examOn, int daysBefore, Guid userId) => $"exam-soon:{examId:N}:{D(examOn)}:{daysBefore}:{userId:N}";
    public static string VoucherExpiring(Guid examId, DateOnly expiresOn, Guid userId) => $"voucher-expiring:{examId:N}:{D(expiresOn)}:{userId:N}";
    public static string FeedbackReceived(Guid feedbackId, Guid userId) => $"feedback:{feedbackId:N}:{userId:N}";
    public static string ReadingDue(Guid partId, Guid userId) => $"reading-due:{partId:N}:{userId:N}";
    public static string GroupMeetingTomorrow(Guid meetingId, Guid userId) => $"group-meeting-tomorrow:{meetingId:N}:{userId:N}";
}
