using System.Globalization;
using System.Text;

namespace Thrive.Web.Features.Reminders;

/// <summary>The words of each reminder: short, kind, one link to act on, and a way to turn that kind off.</summary>
public static class ReminderMail
{
    /// <summary>How each kind is named on the preferences page and in the unsubscribe confirmation.</summary>
    public static string Describe(ReminderKind kind) => kind switch
    {
        ReminderKind.AgendaDue => "Agenda due tomorrow (mentees: the day before your agenda should be shared)",
        ReminderKind.SessionTomorrow => "Session tomorrow (the day before each session, at your local time)",
        ReminderKind.ActionOverdue => "Overdue action items (once for each item)",
        ReminderKind.CommitmentMissed => "A commitment missed twice in a row (once each time it happens)",
        ReminderKind.PairQuiet => "No session for two weeks",
        ReminderKind.PairStalled => "Coordinators: a pair with no session for three weeks",
        ReminderKind.FeedbackReceived => "Feedback from your partner (when they give you some)",
        ReminderKind.PracticeDue => "Practice problems due for a second attempt (once on each day some fall due)",
        ReminderKind.ExamSoon => "Your certification exam: a week before and the day before",
        ReminderKind.VoucherExpiring => "An exam voucher expiring in two weeks while the exam is not booked",
        ReminderKind.ReadingDue => "Book club reading due tomorrow (while you have not marked it read)",
        ReminderKind.GroupMeetingTomorrow => "Group meeting tomorrow (unless you said you are not going)",
        _ => "Weekly digest on Monday morning (your week ahead)",
    };

    public sealed record DigestContent(IReadOnlyList<DueReminders.SessionRow> Sessions, IReadOnlyList<DueReminders.ActionRow> Actions,
        IReadOnlyList<DueReminders.CommitmentRow> Commitments, IReadOnlyList<DueReminders.PairRow> PairsNeedingAttention,
        IReadOnlyList<DueReminders.ReadingRow> Reading, IReadOnlyList<DueReminders.GroupMeetingRow> GroupMeetings);

    public sealed class Writer(LinkBuilder links, UnsubscribeLinks unsubscribe)
    {
        public OutgoingMail SessionTomorrow(DueReminders.SessionRow s, Person me, Person partner, bool isMentee)
        {
            var body = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"Your session with {partner.Name} is tomorrow, {When(s.StartUtc, me.TimeZone)}.\n")
                .Append(CultureInfo.InvariantCulture, $"{MeetingPlace.Line(s.Place)}\n\n");
            if (isMentee && !s.AgendaShared) body.Append(CultureInfo.InvariantCulture, $"Your agenda is not shared yet; {First(partner.Name)} reads it before you meet.\n\n");
            body.Append(CultureInfo.InvariantCulture, $"Open the session: {links.Absolute($"/Sessions/{s.Id}")}");
            return Mail(me, ReminderKind.SessionTomorrow, "Your mentoring session is tomorrow", body.ToString());
        }

        public OutgoingMail AgendaDue(DueReminders.SessionRow s) => Mail(s.Mentee, ReminderKind.AgendaDue, "Share your agenda by tomorrow",
            $"Your session with {s.Mentor.Name} is on {When(s.StartUtc, s.Mentee.TimeZone)}. Sharing your agenda by {When(s.StartUtc.AddDays(-1), s.Mentee.TimeZone)} "
            + $"gives {First(s.Mentor.Name)} time to prepare. Five short prompts are waiting for you:\n{links.Absolute($"/Sessions/{s.Id}")}");

        public OutgoingMail ActionOverdue(DueReminders.ActionRow a) => Mail(a.Owner, ReminderKind.ActionOverdue, "An action item is overdue",
            $"\u201c{a.Text}\u201d was due on {Day(a.DueDate!.Value)}. Tick it off if it is done, or bring it to your next session:\n"
            + links.Absolute(a.SessionId is { } s ? $"/Sessions/{s}" : $"/Pairs/{a.PairId}/Sessions"));

        public OutgoingMail CommitmentMissed(DueReminders.CommitmentRow c) => Mail(c.Owner, ReminderKind.CommitmentMissed, "Never miss twice: time for a small restart",
            $"You missed \u201c{c.Sentence}\u201d two {Periods(c.Period)} in a row. Missing once is fine; the trick is not to miss twice. "
            + $"One small check-in this {c.Period.ToString().ToLowerInvariant()} gets you going again:\n{links.Absolute("/Commitments")}");

        public OutgoingMail PairQuiet(DueReminders.PairRow p, Person me, Person partner) => Mail(me, ReminderKind.PairQuiet, $"It has been {p.QuietDays} days since your last session",
            $"You and {partner.Name} have not held a session for {p.QuietDays} days. A short catch-up keeps the rhythm going; plan the next one here:\n"
            + links.Absolute($"/Pairs/{p.Id}/Sessions"));

        /// <summary>Only the names, the programme and the days: coordinators never read a pair's notes, agenda or goals here.</summary>
        public OutgoingMail PairStalled(DueReminders.PairRow p, Person coordinator) => Mail(coordinator, ReminderKind.PairStalled,
            $"A pair may need a check-in: {p.Mentee.Name} and {p.Mentor.Name}",
            $"{p.Mentee.Name} (mentee) and {p.Mentor.Name} (mentor) in {p.ProgrammeName} have not held a session for {p.QuietDays} days, "
            + $"since {Day(ReminderRules.LocalDate(p.QuietSince, coordinator.TimeZone))}. A friendly check-in with them may help:\n{links.Absolute($"/Pairs/{p.Id}")}");

        /// <summary>Says that feedback is waiting, not what it says: the words stay in Thrive, between the two of them.</summary>
        public OutgoingMail FeedbackReceived(DueReminders.FeedbackRow f) => Mail(f.Receiver, ReminderKind.FeedbackReceived, $"{f.Giver.Name} gave you feedback",
            $"{f.Giver.Name} wrote you {(f.Kind == Domain.Relationship.FeedbackKind.Praise ? "some praise" : "some feedback")}: a situation, its impact and "
            + $"{(f.Kind == Domain.Relationship.FeedbackKind.Change ? "a change they would like" : "what to do with it")}. Only the two of you can read it. "
            + $"Read it, let {First(f.Giver.Name)} know you have, and reply if you like:\n{links.Absolute($"/Pairs/{f.PairId}/Feedback")}");

        public OutgoingMail PracticeDue(Person me, IReadOnlyList<DueReminders.PracticeRow> problems)
        {
            var b = new StringBuilder(problems.Count == 1
                ? "One problem from your practice log is due for a second attempt today:\n"
                : $"{problems.Count} problems from your practice log are due for a second attempt today:\n");
            foreach (var p in problems.Take(10)) b.Append(CultureInfo.InvariantCulture, $"- {p.Title}\n");
            if (problems.Count > 10) b.Append(CultureInfo.InvariantCulture, $"- and {problems.Count - 10} more\n");
            b.Append(CultureInfo.InvariantCulture, $"\nSolving it again from a blank page, after a day, a week and a month, is what makes it stick:\n{links.Absolute("/Practice")}");
            return Mail(me, ReminderKind.PracticeDue, problems.Count == 1 ? "A practice problem is due again today" : "Practice problems are due again today", b.ToString());
        }

        public OutgoingMail ExamSoon(DueReminders.ExamRow x, int daysBefore) => Mail(x.Owner, ReminderKind.ExamSoon,
            daysBefore == 1 ? $"{x.Title} is tomorrow" : $"{x.Title} is in a week",
            (daysBefore == 1
                ? $"Your exam, {x.Title}, is tomorrow, {Day(x.ExamOn)}. A light review of your weakest domain, then rest: sleep does more tonight than another practice test."
                : $"Your exam, {x.Title}, is on {Day(x.ExamOn)}.{(x.Booked ? "" : " It is not marked as booked yet.")} One more practice test this week shows where you stand.")
            + $"\n{links.Absolute("/Exam")}");

        public OutgoingMail VoucherExpiring(DueReminders.ExamRow x) => Mail(x.Owner, ReminderKind.VoucherExpiring, $"Your voucher for {x.Title} expires on {Day(x.VoucherExpiresOn!.Value)}",
            $"The voucher for {x.Title} expires on {Day(x.VoucherExpiresOn!.Value)} and the exam is not booked yet. Book a date before then (you can move it later), "
            + $"and mark it as booked here:\n{links.Absolute("/Exam/Edit")}");

        public OutgoingMail ReadingDue(DueReminders.ReadingRow r) => Mail(r.Reader, ReminderKind.ReadingDue, $"Reading for {r.GroupName} is due tomorrow",
            $"\u201c{r.Title}\u201d ({r.Chapters}) is due tomorrow, {Day(r.DueOn)}, for {r.GroupName}. When you have read it, mark it read and add "
            + $"a prompt or a line on how you used it at work this week:\n{links.Absolute($"/Groups/{r.GroupId}")}");

        public OutgoingMail GroupMeetingTomorrow(DueReminders.GroupMeetingRow x) => Mail(x.Member, ReminderKind.GroupMeetingTomorrow, $"{x.GroupName} meets tomorrow",
            $"{x.GroupName} meets tomorrow, {When(x.StartUtc, x.Member.TimeZone)}.\n{(x.Place == "" ? "" : MeetingPlace.Line(x.Place) + "\n")}\n"
            + $"Say whether you are going, add a topic to the shared agenda or your update for the round:\n{links.Absolute($"/Groups/{x.GroupId}/Meetings/{x.MeetingId}")}");

        public OutgoingMail Digest(Person me, string week, DigestContent c, DateTimeOffset now)
        {
            var b = new StringBuilder();
            b.Append(CultureInfo.InvariantCulture, $"Here is your week ahead ({week}).\n\nSessions\n");
            if (c.Sessions.Count == 0) b.Append("- None planned this week. A short session keeps the rhythm going.\n");
            foreach (var s in c.Sessions.Take(10))
                b.Append(CultureInfo.InvariantCulture, $"- {When(s.StartUtc, me.TimeZone)} with {(s.Mentee.Id == me.Id ? s.Mentor.Name : s.Mentee.Name)}{(s.Mentee.Id == me.Id && !s.AgendaShared ? " (agenda not shared yet)" : "")}\n");
            b.Append("\nYour open action items\n");
            if (c.Actions.Count == 0) b.Append("- Nothing open. Well done.\n");
            var today = Domain.Reminders.ReminderRules.LocalDate(now, me.TimeZone);
            foreach (var a in c.Actions.Take(10))
                b.Append(CultureInfo.InvariantCulture, $"- {a.Text}{(a.DueDate is { } d ? (d < today ? $" (overdue since {Day(d)})" : $" (due {Day(d)})") : "")}\n");
            if (c.Actions.Count > 10) b.Append(CultureInfo.InvariantCulture, $"- and {c.Actions.Count - 10} more\n");
            if (c.Commitments.Count > 0)
            {
                b.Append("\nYour commitments\n");
                foreach (var m in c.Commitments.Take(10))
                    b.Append(CultureInfo.InvariantCulture, $"- {m.Sentence} {Status(m)}\n");
            }
            if (c.GroupMeetings.Count > 0)
            {
                b.Append("\nGroup meetings\n");
                foreach (var x in c.GroupMeetings.Take(10))
                    b.Append(CultureInfo.InvariantCulture, $"- {When(x.StartUtc, me.TimeZone)}: {x.GroupName} {links.Absolute($"/Groups/{x.GroupId}/Meetings/{x.MeetingId}")}\n");
            }
            if (c.Reading.Count > 0)
            {
                b.Append("\nReading due this week\n");
                foreach (var r in c.Reading.Take(10))
                    b.Append(CultureInfo.InvariantCulture, $"- {r.GroupName}: {r.Title} ({r.Chapters}) by {Day(r.DueOn)} {links.Absolute($"/Groups/{r.GroupId}")}\n");
            }
            if (c.PairsNeedingAttention.Count > 0)
            {
                b.Append("\nPairs that may need attention\n");
                foreach (var p in c.PairsNeedingAttention.Take(20))
                    b.Append(CultureInfo.InvariantCulture, $"- {p.Mentee.Name} and {p.Mentor.Name}: no session for {p.QuietDays} days {links.Absolute($"/Pairs/{p.Id}")}\n");
            }
            b.Append(CultureInfo.InvariantCulture, $"\nOpen Thrive: {links.Absolute("/")}");
            return Mail(me, ReminderKind.WeeklyDigest, "Your week ahead in Thrive", b.ToString());
        }

        /// <summary>A coordinator's Monday: per programme, applications waiting, sessions this week and the pairs at risk with their reasons (counts and dates only).</summary>
        public OutgoingMail CoordinatorDigest(Person me, string week, IReadOnlyList<DueReminders.ProgrammeWeek> programmes)
        {
            var b = new StringBuilder();
            b.Append(CultureInfo.InvariantCulture, $"Here is your programmes' week ({week}).\n");
            foreach (var p in programmes.Take(10))
            {
                b.Append(CultureInfo.InvariantCulture, $"\n{p.Name}\n");
                b.Append(CultureInfo.InvariantCulture, $"- Applications waiting: {p.ApplicationsWaiting}{(p.ApplicationsWaiting > 0 ? " " + links.Absolute($"/Programmes/{p.ProgrammeId}/Applications?Status=Applied") : "")}\n");
                b.Append(CultureInfo.InvariantCulture, $"- Sessions this week: {p.SessionsThisWeek}\n");
                b.Append(CultureInfo.InvariantCulture, $"- Pairs that may need attention (at risk): {p.AtRisk.Count}\n");
                foreach (var r in p.AtRisk.Take(20))
                    b.Append(CultureInfo.InvariantCulture, $"  - {r.MenteeName} and {r.MentorName}: {string.Join("; ", r.Health.Reasons.Select(x => x.Text))}\n");
                if (p.AtRisk.Count > 20) b.Append(CultureInfo.InvariantCulture, $"  - and {p.AtRisk.Count - 20} more\n");
                b.Append(CultureInfo.InvariantCulture, $"- Cohort health: {links.Absolute($"/Programmes/{p.ProgrammeId}/Health")}\n");
            }
            b.Append(CultureInfo.InvariantCulture, $"\nOpen Thrive: {links.Absolute("/")}");
            return Mail(me, ReminderKind.WeeklyDigest, "Your week ahead in Thrive", b.ToString());
        }

        private OutgoingMail Mail(Person to, ReminderKind kind, string subject, string text)
        {
            var off = unsubscribe.Url(to.Id, kind);
            var body = $"Hi {First(to.Name)},\n\n{text}\n\n--\nYou get this because this reminder is on. Stop these mails: {off}\n"
                + $"Choose which reminders you get: {links.Absolute("/Account/Notifications")}\n";
            return new OutgoingMail(to.Email, subject, body) { UnsubscribeUrl = off };
        }
    }

    private static string Status(DueReminders.CommitmentRow c) =>
        c.MissedTwiceSince is not null ? "(missed twice in a row: a small restart helps)"
        : c.Summary.CurrentStreak > 0 ? $"(streak: {c.Summary.CurrentStreak} {Periods(c.Period, c.Summary.CurrentStreak)})"
        : c.Summary.MissedLast ? "(missed last time: do not miss twice)"
        : "(under way)";

    private static string Periods(HabitPeriod p, int n = 2) => (p, n) switch
    {
        (HabitPeriod.Day, 1) => "day",
        (HabitPeriod.Day, _) => "days",
        (HabitPeriod.Week, 1) => "week",
        (HabitPeriod.Week, _) => "weeks",
        (_, 1) => "month",
        _ => "months",
    };

    private static string First(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var f, ..] ? f : "there";

    private static string Day(DateOnly d) => d.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string When(DateTimeOffset utc, string tz) =>
        SessionTimes.InZone(utc, tz) is { Succeeded: true } z ? z.Value!.Display : utc.ToString("ddd d MMM HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
