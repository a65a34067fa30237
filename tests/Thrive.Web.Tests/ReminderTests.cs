using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Commitments;
using Thrive.Domain.Reminders;
using Thrive.Domain.Sessions;
using Thrive.Persistence;
using Thrive.Web.Features.Reminders;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Reminder passes run at instants the test chooses. The mentee lives in Johannesburg (UTC+2, no daylight saving);
/// her mentor in UTC, so that "tomorrow" and "08:00" differ between the two without depending on the season.
/// </summary>
public sealed partial class ReminderTests : WebTest
{
    /// <summary>Pair A and the people around it, made by <see cref="PairAAsync"/>, which every test calls first.</summary>
    private sealed record World(GivenPair PairA, GivenPerson OtherMentee);

    private World? world;

    private World W => world ?? throw new InvalidOperationException("Call PairAAsync first.");

    private string Mentee => W.PairA.Mentee.Email;

    private string Mentor => W.PairA.Mentor.Email;

    private string Coordinator => W.PairA.Programme.Coordinator.Email;

    private string OtherMentee => W.OtherMentee.Email;

    /// <summary>A Tuesday comfortably after today, 00:00 UTC: the pairs (started a month ago) are quiet by then.</summary>
    private static readonly DateTimeOffset Tuesday = NextTuesday();

    private static DateTimeOffset NextTuesday()
    {
        var d = DateTime.UtcNow.Date.AddDays(3);
        while (d.DayOfWeek != DayOfWeek.Tuesday) d = d.AddDays(1);
        return new DateTimeOffset(d, TimeSpan.Zero);
    }

    private static DateTimeOffset At(int day, int hour, int minute = 0) => Tuesday.AddDays(day).AddHours(hour).AddMinutes(minute);

    private static DateOnly Date(int day) => DateOnly.FromDateTime(Tuesday.AddDays(day).UtcDateTime);

    private Task<ReminderPassResult> PassAsync(DateTimeOffset now, ThriveApp? app = null)
    {
        var scope = (app ?? App).Services.CreateScope();
        return Run();
        async Task<ReminderPassResult> Run() { using (scope) return await scope.ServiceProvider.GetRequiredService<ReminderPass>().RunAsync(now, Ct); }
    }

    private Task<List<SentMail>> MailAsync(string to, string? subject = null) => App.WithDbAsync(db =>
        db.SentMail.AsNoTracking().Where(m => m.To == to && (subject == null || m.Subject == subject)).OrderBy(m => m.SentAt).ToListAsync());

    /// <summary>
    /// Lerato (Johannesburg) and Daan (UTC), with no sessions yet; Daan's other pair; and a pair of others, all in one
    /// programme that started a month ago.
    /// </summary>
    private async Task<(Guid Pair, Guid MenteeId, Guid MentorId)> PairAAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var daan = await given.MentorAsync(programme, "Daan Jansen", "UTC");
        var pairA = await given.PairAsync(programme, daan, await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg"));
        await given.PairAsync(programme, daan);
        world = new World(pairA, (await given.PairAsync(programme)).Mentee);
        return (pairA.Id, pairA.Mentee.Id, pairA.Mentor.Id);
    }

    private Task<MentoringSession> SessionAsync(Guid pair, DateTimeOffset start, Action<MentoringSession>? change = null) => App.WithDbAsync(async db =>
    {
        var s = MentoringSession.Plan(pair, start, start.AddHours(1));
        change?.Invoke(s);
        db.Sessions.Add(s);
        await db.SaveChangesAsync();
        return s;
    });

    [Fact]
    public async Task Session_tomorrow_reaches_each_member_on_their_own_tomorrow_after_eight()
    {
        var (pair, _, _) = await PairAAsync();
        // Wednesday 23:00 UTC: Wednesday evening for the mentor (UTC), early Thursday for the mentee (UTC+2).
        var session = await SessionAsync(pair, At(1, 23));
        const string subject = "Your mentoring session is tomorrow";

        await PassAsync(At(0, 7, 30)); // mentor: 07:30 on Tuesday, too early
        Assert.Empty(await MailAsync(Mentor, subject));
        await PassAsync(At(0, 9)); // mentor: 09:00 Tuesday, the session is tomorrow; mentee: it is the day after tomorrow
        var toMentor = Assert.Single(await MailAsync(Mentor, subject));
        Assert.Contains("23:00 (UTC+0)", toMentor.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/Sessions/{session.Id}", toMentor.TextBody, StringComparison.Ordinal);
        Assert.Empty(await MailAsync(Mentee, subject));

        await PassAsync(At(1, 5, 30)); // mentee: 07:30 on Wednesday
        Assert.Empty(await MailAsync(Mentee, subject));
        await PassAsync(At(1, 6, 30)); // mentee: 08:30 on Wednesday
        var toMentee = Assert.Single(await MailAsync(Mentee, subject));
        Assert.Contains("01:00 (UTC+2)", toMentee.TextBody, StringComparison.Ordinal);
        Assert.Contains("agenda is not shared yet", toMentee.TextBody, StringComparison.Ordinal);
        Assert.Single(await MailAsync(Mentor, subject)); // still one
        Assert.Empty(await MailAsync(OtherMentee, subject));
        Assert.Empty(await MailAsync(Coordinator, subject));
    }

    [Fact]
    public async Task Agenda_reminder_goes_to_the_mentee_only_while_the_agenda_is_not_shared()
    {
        var (pair, _, _) = await PairAAsync();
        var open = await SessionAsync(pair, At(1, 23)); // share by Tuesday 23:00 UTC = Wednesday 01:00 for the mentee
        var shared = await SessionAsync(pair, At(1, 20), s => s.SaveAgenda("Fine", null, null, "Portfolio", null, share: true, At(-3, 0)));
        const string subject = "Share your agenda by tomorrow";

        await PassAsync(At(0, 5, 30)); // 07:30 in Johannesburg
        Assert.Empty(await MailAsync(Mentee, subject));
        await PassAsync(At(0, 6, 30));
        var mail = Assert.Single(await MailAsync(Mentee, subject));
        Assert.Contains($"/Sessions/{open.Id}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(shared.Id.ToString(), mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(await MailAsync(Mentor, subject));
    }

    [Fact]
    public async Task An_overdue_action_item_is_reminded_once_to_its_owner()
    {
        var (pair, menteeId, mentorId) = await PairAAsync();
        await App.WithDbAsync(async db =>
        {
            var today = Date(-5);
            db.ActionItems.Add(ActionItem.Add(pair, null, menteeId, "Send Daan the case study draft", Date(-1), today, At(-5, 0)).Value!);
            var done = ActionItem.Add(pair, null, menteeId, "Already finished this one", Date(-1), today, At(-5, 0)).Value!;
            done.Toggle(At(-2, 0));
            db.ActionItems.Add(done);
            db.ActionItems.Add(ActionItem.Add(pair, null, mentorId, "Mentor item due today", Date(0), today, At(-5, 0)).Value!);
            return await db.SaveChangesAsync();
        });
        const string subject = "An action item is overdue";
        await PassAsync(At(0, 9));
        var mail = Assert.Single(await MailAsync(Mentee, subject));
        Assert.Contains("Send Daan the case study draft", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Pairs/{pair}/Sessions", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(await MailAsync(Mentor, subject)); // due today is not overdue yet
        await PassAsync(At(1, 9));
        Assert.Single(await MailAsync(Mentee, subject));
        Assert.Single(await MailAsync(Mentor, subject)); // now it is
    }

    [Fact]
    public async Task A_commitment_missed_twice_is_reminded_once_per_break_of_the_rule()
    {
        var (_, menteeId, _) = await PairAAsync();
        var programme = await App.WithDbAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        var details = new CommitmentDetails(CommitmentForm.ImplementationIntention, "stretch for five minutes", "07:00", "the kitchen", null, 1, HabitPeriod.Day, CommitmentKind.YesNo);
        var commitment = Commitment.Create(programme, menteeId, details, Date(-3), Date(0), At(-3, 0)).Value!;
        await App.WithDbAsync(async db => { db.Commitments.Add(commitment); return await db.SaveChangesAsync(); });
        Task<List<SentMail>> Mine() => MailAsync(Mentee, "Never miss twice: time for a small restart")
            .ContinueWith(t => t.Result.Where(m => m.TextBody.Contains("stretch for five minutes", StringComparison.Ordinal)).ToList(), TaskScheduler.Default);

        await PassAsync(At(-2, 9)); // one day missed: fine
        Assert.Empty(await Mine());
        await PassAsync(At(-1, 9)); // two in a row
        Assert.Single(await Mine());
        await PassAsync(At(0, 9)); // three in a row: the same break
        Assert.Single(await Mine());

        await App.WithDbAsync(async db => { db.CheckIns.Add(CheckIn.Record(commitment, Date(0), 1, null, Date(0), At(0, 10)).Value!); return await db.SaveChangesAsync(); });
        await PassAsync(At(2, 9)); // missed day 1 only
        Assert.Single(await Mine());
        await PassAsync(At(3, 9)); // missed days 1 and 2: a new break
        Assert.Equal(2, (await Mine()).Count);
        Assert.DoesNotContain(await MailAsync(Mentor), m => m.TextBody.Contains("stretch for five minutes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quiet_pair_hears_after_14_days_and_its_coordinator_after_21_without_private_content()
    {
        var (pair, menteeId, _) = await PairAAsync();
        var held = await SessionAsync(pair, At(-15, 8), s =>
        {
            s.SaveAgenda("Secret check-in text", null, null, "Secret hope", null, share: true, At(-16, 0));
            s.SaveNotes("Secret shared notes");
            s.Record(SessionStatus.Held, At(-15, 10));
        });
        await App.WithDbAsync(async db =>
        {
            db.PrivateNotes.Add(PrivateNote.Start(held.Id, menteeId));
            db.ActionItems.Add(ActionItem.Add(pair, held.Id, menteeId, "Secret action text", null, Date(-15), At(-15, 9)).Value!);
            return await db.SaveChangesAsync();
        });

        await PassAsync(At(0, 9)); // 15 days
        var quiet = Assert.Single(await MailAsync(Mentee), m => m.Subject.StartsWith("It has been 15 days", StringComparison.Ordinal));
        Assert.Contains("Daan Jansen", quiet.TextBody, StringComparison.Ordinal);
        Assert.Single(await MailAsync(Mentor), m => m.Subject.StartsWith("It has been 15 days", StringComparison.Ordinal));
        var stalledSubject = "A pair may need a check-in: Lerato Mokoena and Daan Jansen";
        Assert.Empty(await MailAsync(Coordinator, stalledSubject));

        await PassAsync(At(6, 9)); // 21 days
        var stalled = Assert.Single(await MailAsync(Coordinator, stalledSubject));
        Assert.Contains("21 days", stalled.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/Pairs/{pair}", stalled.TextBody, StringComparison.Ordinal);
        foreach (var secret in new[] { "Secret", "case study" })
            Assert.DoesNotContain(secret, stalled.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(await MailAsync(Mentee), m => m.Subject.StartsWith("A pair may need", StringComparison.Ordinal));
        // The same quiet spell is not mailed again to the members.
        Assert.Single(await MailAsync(Mentee), m => m.Subject.StartsWith("It has been", StringComparison.Ordinal));
        // Other pairs' quiet spells go to their own members, never naming this pair.
        Assert.All(await MailAsync(OtherMentee), m => Assert.DoesNotContain("Lerato", m.TextBody, StringComparison.Ordinal));
        // The coordinator's digest lists the pair by name only.
        Assert.All(await MailAsync(Coordinator), m => Assert.DoesNotContain("Secret", m.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_weekly_digest_comes_on_monday_morning_in_the_readers_zone_once_a_week()
    {
        var (pair, menteeId, _) = await PairAAsync();
        await SessionAsync(pair, At(8, 14)); // Wednesday of the next week
        var programme = await App.WithDbAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        var details = new CommitmentDetails(CommitmentForm.HabitStacking, "write one line in my learning log", null, null, "my first coffee", 3, HabitPeriod.Week, CommitmentKind.YesNo);
        await App.WithDbAsync(async db =>
        {
            db.ActionItems.Add(ActionItem.Add(pair, null, menteeId, "Update the LinkedIn headline", Date(9), Date(0), At(0, 0)).Value!);
            db.Commitments.Add(Commitment.Create(programme, menteeId, details, Date(-1), Date(0), At(0, 0)).Value!); // from Monday: its first week is a full one
            return await db.SaveChangesAsync();
        });
        const string subject = "Your week ahead in Thrive";

        await PassAsync(At(6, 5, 30)); // Monday 07:30 in Johannesburg
        Assert.Empty(await MailAsync(Mentee, subject));
        await PassAsync(At(6, 6, 30)); // Monday 08:30 in Johannesburg, 06:30 for the mentor
        var digest = Assert.Single(await MailAsync(Mentee, subject));
        Assert.Contains("Wed", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("16:00 (UTC+2) with Daan Jansen (agenda not shared yet)", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Update the LinkedIn headline", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("After my first coffee, I will write one line in my learning log. (missed last time: do not miss twice)", digest.TextBody, StringComparison.Ordinal);
        Assert.Empty(await MailAsync(Mentor, subject));
        await PassAsync(At(6, 9));
        Assert.Single(await MailAsync(Mentor, subject));
        var coordinator = Assert.Single(await MailAsync(Coordinator, subject));
        Assert.Contains("Pairs that may need attention", coordinator.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("LinkedIn", coordinator.TextBody, StringComparison.Ordinal);
        // The coordinator's own digest: the programme's week and a link to cohort health, not a participant's week.
        Assert.Contains("Sessions this week: 1", coordinator.TextBody, StringComparison.Ordinal);
        Assert.Contains("Applications waiting: ", coordinator.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/Programmes/{programme}/Health", coordinator.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("None planned this week", coordinator.TextBody, StringComparison.Ordinal);

        await PassAsync(At(8, 9)); // Wednesday, same week
        Assert.Single(await MailAsync(Mentee, subject));
        await PassAsync(At(13, 9)); // next Monday
        Assert.Equal(2, (await MailAsync(Mentee, subject)).Count);
    }

    [Fact]
    public async Task A_kind_turned_off_on_the_preferences_page_is_not_sent()
    {
        var (pair, _, _) = await PairAAsync();
        await SessionAsync(pair, At(1, 12));
        var mentee = await App.SignedInAsync(Mentee);
        Assert.Contains("checked=\"checked\"", await mentee.GetStringAsync("/Account/Notifications", Ct), StringComparison.Ordinal);
        var on = Enum.GetValues<ReminderKind>().Where(k => k != ReminderKind.SessionTomorrow).Select(k => new KeyValuePair<string, string>("Input.On", k.ToString())).ToList();
        var page = await mentee.GetStringAsync("/Account/Notifications", Ct);
        on.Add(new("__RequestVerificationToken", ThriveApp.AntiforgeryToken(page)));
        var saved = await mentee.PostAsync("/Account/Notifications", new FormUrlEncodedContent(on), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var html = await mentee.GetStringAsync("/Account/Notifications", Ct);
        Assert.Matches("id=\"On_SessionTomorrow\" name=\"Input.On\" value=\"SessionTomorrow\" />", html);

        await PassAsync(At(0, 9));
        Assert.Empty(await MailAsync(Mentee, "Your mentoring session is tomorrow"));
        Assert.Single(await MailAsync(Mentor, "Your mentoring session is tomorrow"));
        Assert.NotEmpty(await MailAsync(Mentee)); // other kinds still come

        // A junk value is refused beside the form, not a 500, and nothing changes.
        var junk = await ThriveApp.PostFormAsync(mentee, "/Account/Notifications", new() { ["Input.On"] = "Spam" });
        Assert.Equal(HttpStatusCode.OK, junk.StatusCode);
        Assert.Contains("Choose from the reminders listed", await junk.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.ReminderOptOuts.CountAsync(o => o.UserId == db.Users.Single(u => u.Email == Mentee).Id)));
    }

    [Fact]
    public async Task A_second_pass_and_a_restarted_app_send_nothing_new()
    {
        var (pair, _, _) = await PairAAsync();
        await SessionAsync(pair, At(1, 12));
        var first = await PassAsync(At(0, 9));
        Assert.True(first.Sent > 3, $"expected several reminders, got {first}");
        var count = await App.WithDbAsync(db => db.SentMail.CountAsync());
        Assert.Equal(first.Sent, count);
        var second = await PassAsync(At(0, 9));
        Assert.Equal((first.Due, 0, 0), (second.Due, second.Claimed, second.Sent));
        await using (var restarted = new ThriveApp(App.Database))
        {
            var third = await PassAsync(At(0, 9, 5), restarted);
            Assert.Equal(0, third.Sent);
        }
        Assert.Equal(count, await App.WithDbAsync(db => db.SentMail.CountAsync()));
        Assert.Equal(count, Directory.GetFiles(App.Database.MailFolder, "*.eml").Length);
    }

    [Fact]
    public async Task A_pass_reads_with_a_fixed_number_of_queries_however_many_people_are_due()
    {
        var (pair, menteeId, mentorId) = await PairAAsync();
        await SessionAsync(pair, At(1, 12));
        await PassAsync(At(0, 9));
        App.Sql.Reset();
        await PassAsync(At(0, 9)); // all sent already: reads only
        var few = App.Sql.Count;
        Assert.InRange(few, 1, 22); // one read per kind of reminder (sessions, actions, commitments, pairs, coordinators, feedback, practice, exams) and, on a coordinator's Monday, the health read (six commands) and two counts; never one per person
        for (var i = 0; i < 5; i++) await SessionAsync(pair, At(1, 13 + i * 2));
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5; i++) db.ActionItems.Add(ActionItem.Add(pair, null, i % 2 == 0 ? menteeId : mentorId, $"Overdue {i}", Date(-1), Date(-5), At(-5, 0)).Value!);
            return await db.SaveChangesAsync();
        });
        var sent = await PassAsync(At(0, 9));
        Assert.Equal(15, sent.Sent); // 5 sessions x 2 members, 5 action items
        App.Sql.Reset();
        await PassAsync(At(0, 9));
        Assert.Equal(few, App.Sql.Count);
    }

    [Fact]
    public async Task A_claim_left_unsent_past_its_lease_is_sent_and_a_fresh_one_is_left_alone()
    {
        var (_, menteeId, mentorId) = await PairAAsync();
        var now = At(0, 9);
        var week = ReminderRules.IsoWeek(Date(0));
        await App.WithDbAsync(async db =>
        {
            db.ReminderDeliveries.Add(new ReminderDelivery { Id = Guid.NewGuid(), Key = ReminderKeys.Digest(menteeId, week), Kind = "WeeklyDigest", UserId = menteeId, ClaimId = Guid.NewGuid(), ClaimedAt = now.AddMinutes(-11), Attempts = 1 });
            db.ReminderDeliveries.Add(new ReminderDelivery { Id = Guid.NewGuid(), Key = ReminderKeys.Digest(mentorId, week), Kind = "WeeklyDigest", UserId = mentorId, ClaimId = Guid.NewGuid(), ClaimedAt = now.AddMinutes(-2), Attempts = 1 });
            return await db.SaveChangesAsync();
        });
        await PassAsync(now);
        Assert.Single(await MailAsync(Mentee, "Your week ahead in Thrive"));
        Assert.Empty(await MailAsync(Mentor, "Your week ahead in Thrive"));
        var taken = await App.WithDbAsync(db => db.ReminderDeliveries.SingleAsync(d => d.Key == ReminderKeys.Digest(menteeId, week)));
        Assert.Equal(2, taken.Attempts);
        Assert.NotNull(taken.SentAt);
        await PassAsync(now.AddMinutes(11)); // the mentor's claim has now expired too
        Assert.Single(await MailAsync(Mentor, "Your week ahead in Thrive"));
    }

    [Fact]
    public async Task New_feedback_is_told_to_its_receiver_once_without_its_words_and_read_or_old_feedback_is_not()
    {
        var (pair, menteeId, mentorId) = await PairAAsync();
        var mentorName = await App.WithDbAsync(db => db.Users.Where(u => u.Id == mentorId).Select(u => u.DisplayName).SingleAsync());
        await App.WithDbAsync(async db =>
        {
            var fresh = Thrive.Domain.Relationship.Feedback.Give(pair, mentorId, menteeId, Thrive.Domain.Relationship.FeedbackKind.Praise,
                "You opened the session with a demo.", "Secret impact words", "Keep opening with a demo.", At(0, 10)).Value!;
            var old = Thrive.Domain.Relationship.Feedback.Give(pair, mentorId, menteeId, Thrive.Domain.Relationship.FeedbackKind.Observation,
                "Old situation.", "Old impact.", "Old action.", At(-3, 10)).Value!;
            var read = Thrive.Domain.Relationship.Feedback.Give(pair, menteeId, mentorId, Thrive.Domain.Relationship.FeedbackKind.Change,
                "You rewrote my component.", "I did not learn it.", "Ask me questions first.", At(0, 10)).Value!;
            Assert.True(read.Acknowledge(mentorId, At(0, 10, 5)).Succeeded);
            db.Feedback.AddRange(fresh, old, read);
            return await db.SaveChangesAsync();
        });

        await PassAsync(At(0, 11));
        await PassAsync(At(0, 12));
        var mail = Assert.Single(await MailAsync(Mentee), m => m.Subject.EndsWith("gave you feedback", StringComparison.Ordinal));
        Assert.Equal($"{mentorName} gave you feedback", mail.Subject);
        Assert.Contains($"/Pairs/{pair}/Feedback", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("some praise", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret impact words", mail.TextBody, StringComparison.Ordinal); // the words stay in Thrive
        Assert.DoesNotContain(await MailAsync(Mentor), m => m.Subject.EndsWith("gave you feedback", StringComparison.Ordinal)); // already read
        Assert.Contains(await App.WithDbAsync(db => db.ReminderDeliveries.Select(d => d.Kind).ToListAsync()), k => k == nameof(ReminderKind.FeedbackReceived));
    }

    [Fact]
    public async Task Two_instances_running_passes_concurrently_send_each_key_exactly_once()
    {
        var (pair, _, _) = await PairAAsync();
        await SessionAsync(pair, At(1, 23));
        await using var second = new ThriveApp(App.Database);
        _ = second.Server;
        var instants = new[] { At(0, 9), At(1, 6, 30), At(0, 9), At(1, 9), At(1, 6, 30), At(6, 9) };
        // Both instances run each instant at the same time, as two servers sharing one clock do. (Letting one run a
        // day ahead of the other made it take over the other's unsent claims as if that instance had crashed: the
        // lease path, tested above, which may send one mail twice by design.)
        var results = new List<ReminderPassResult>();
        foreach (var now in instants.Concat(instants))
            results.AddRange(await Task.WhenAll(Task.Run(() => PassAsync(now, App), Ct), Task.Run(() => PassAsync(now, second), Ct)));

        var deliveries = await App.WithDbAsync(db => db.ReminderDeliveries.AsNoTracking().ToListAsync());
        Assert.True(deliveries.Count > 10, $"expected many keys, got {deliveries.Count}");
        Assert.All(deliveries, d => Assert.NotNull(d.SentAt));
        Assert.Equal(deliveries.Count, results.Sum(r => r.Sent));
        var mails = await App.WithDbAsync(db => db.SentMail.AsNoTracking().Select(m => new { m.To, m.Subject, m.TextBody }).ToListAsync());
        Assert.Equal(deliveries.Count, mails.Count);
        var twice = mails.GroupBy(m => (m.To, m.Subject, m.TextBody)).Where(g => g.Count() > 1).Select(g => g.Key.To + ": " + g.Key.Subject).ToList();
        Assert.True(twice.Count == 0, "Sent twice: " + string.Join("; ", twice));
        Assert.Equal(deliveries.Count, Directory.GetFiles(App.Database.MailFolder, "*.eml").Length);
    }

    [Fact]
    public async Task The_unsubscribe_link_turns_one_kind_off_and_a_tampered_one_changes_nothing()
    {
        var (pair, menteeId, _) = await PairAAsync();
        await SessionAsync(pair, At(1, 12));
        await PassAsync(At(0, 9));
        var mail = Assert.Single(await MailAsync(Mentee, "Your mentoring session is tomorrow"));
        var link = new Uri(UnsubscribeLink().Match(mail.TextBody).Groups[1].Value).PathAndQuery;
        var eml = Directory.GetFiles(App.Database.MailFolder, "*.eml").Select(File.ReadAllText).Single(t => t.Contains("Subject: Your mentoring session is tomorrow", StringComparison.Ordinal) && t.Contains("To: " + Mentee, StringComparison.Ordinal));
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", eml, StringComparison.Ordinal);

        var guest = App.Anonymous();
        var token = link[(link.IndexOf("t=", StringComparison.Ordinal) + 2)..];
        foreach (var bad in new[] { "/Unsubscribe", "/Unsubscribe?t=garbage", $"/Unsubscribe?t={token[..(token.Length / 2)]}", $"/Unsubscribe?t={Tamper(token)}" })
        {
            var get = await guest.GetAsync(bad, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
            Assert.Contains("This link is not valid", await get.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            var post = await guest.PostAsync(bad, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
        Assert.False(await App.WithDbAsync(db => db.ReminderOptOuts.AnyAsync(o => o.UserId == menteeId)));

        var confirm = await guest.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Stop these reminders?", await confirm.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.ReminderOptOuts.AnyAsync(o => o.UserId == menteeId))); // a GET changes nothing
        // RFC 8058: the mail client posts "List-Unsubscribe=One-Click" itself, with no cookie and no antiforgery token.
        var oneClick = await guest.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }), Ct);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Contains("You will not get these reminders any more", await oneClick.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await guest.PostAsync(link, null, Ct)).StatusCode); // twice is fine
        var off = await App.WithDbAsync(db => db.ReminderOptOuts.Where(o => o.UserId == menteeId).Select(o => o.Kind).ToListAsync());
        Assert.Equal([ReminderKind.SessionTomorrow], off);
    }

    [Fact]
    public async Task The_background_worker_runs_passes_when_enabled()
    {
        await PairAAsync();
        var given = Given.In(App);
        await given.ActionItemAsync(W.PairA, W.PairA.Mentee, "Send Daan the case study draft", given.Today.AddDays(-1), created: given.Now.AddDays(-5));
        await using var app = new ThriveApp(App.Database, settings: new Dictionary<string, string>
        {
            ["Thrive:Reminders:Enabled"] = "true", ["Thrive:Reminders:IntervalSeconds"] = "1", ["Thrive:Reminders:SendFromHour"] = "0",
        });
        _ = app.Server;
        // An overdue action item is due a reminder: the worker sends something on its own.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var sent = 0;
        while (sent == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Ct);
            sent = await app.WithDbAsync(db => db.ReminderDeliveries.CountAsync(d => d.SentAt != null));
        }
        Assert.True(sent > 0, "the worker sent no reminder within 30 seconds");
    }

    private static string Tamper(string token)
    {
        var chars = token.ToCharArray();
        var i = chars.Length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    [GeneratedRegex(@"Stop these mails: (\S+)")]
    private static partial Regex UnsubscribeLink();
}
