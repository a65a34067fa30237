using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Groups;
using Thrive.Domain.Reminders;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed partial class ReminderTests
{
    /// <summary>A book club of Pair A's mentor (facilitator), its mentee and the other mentee, with one part due on <paramref name="dueDay"/>.</summary>
    private async Task<(Guid Group, Guid Part)> BookClubAsync(int dueDay, bool otherHasRead = false)
    {
        return await App.WithDbAsync(async db =>
        {
            var (group, members) = Group.Create(W.PairA.Programme.Id, new GroupDetails(GroupKind.BookClub, "Dare to Lead club", "A chapter a week, one idea at work.", 6,
                JoinPolicy.Open, "Dare to Lead", "Brené Brown"), [W.PairA.Mentor.Id], W.PairA.Mentor.Id, At(-10, 12)).Value;
            var roster = members.ToList();
            foreach (var id in new[] { W.PairA.Mentee.Id, W.OtherMentee.Id }) roster.Add(group.Admit(roster, id, invited: true, At(-10, 12)).Value!);
            var part = ReadingPart.Plan(group, [], new ReadingPartDetails("The moment and the myths", 1, 2, Date(dueDay))).Value!;
            db.Groups.Add(group);
            db.GroupMembers.AddRange(roster);
            db.ReadingParts.Add(part);
            if (otherHasRead) db.PartsRead.Add(PartRead.Mark(group, part, W.OtherMentee.Id, At(-1, 12)).Value!);
            await db.SaveChangesAsync();
            return (group.Id, part.Id);
        });
    }

    /// <summary>
    /// At 05:00 UTC (07:00 in Johannesburg) nobody's sending hour has come, so <paramref name="to"/> gets nothing; then two
    /// instances run passes side by side at 09:00 (twice) and at <paramref name="later"/>, as servers sharing a clock do.
    /// </summary>
    private async Task NothingBeforeEightThenTwoInstancesAsync(string to, string subject, DateTimeOffset later)
    {
        await PassAsync(At(0, 5));
        Assert.Empty(await MailAsync(to, subject));
        await using var second = new ThriveApp(App.Database);
        _ = second.Server;
        foreach (var now in new[] { At(0, 9), At(0, 9), later })
            await Task.WhenAll(Task.Run(() => PassAsync(now, App), Ct), Task.Run(() => PassAsync(now, second), Ct));
    }

    [Fact]
    public async Task Reading_due_tomorrow_reaches_each_member_who_has_not_read_it_once_on_two_instances_and_the_digest_lists_it()
    {
        await PairAAsync();
        var (group, part) = await BookClubAsync(1, otherHasRead: true);
        const string subject = "Reading for Dare to Lead club is due tomorrow";
        await NothingBeforeEightThenTwoInstancesAsync(Mentee, subject, At(0, 15));

        var mail = Assert.Single(await MailAsync(Mentee, subject));
        Assert.Contains("\u201cThe moment and the myths\u201d (chapters 1\u20132) is due tomorrow", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Groups/{group}", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(await MailAsync(Mentor, subject)); // the facilitator reads too
        Assert.Empty(await MailAsync(OtherMentee, subject)); // already marked read
        Assert.Single(await App.WithDbAsync(db => db.ReminderDeliveries.Where(d => d.Key == ReminderKeys.ReadingDue(part, W.PairA.Mentee.Id)).ToListAsync()));

        // The week's digest (due on Tuesday too, catching up) names the reading among the week ahead.
        var digest = Assert.Single(await MailAsync(Mentee, "Your week ahead in Thrive"));
        Assert.Contains("Reading due this week", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Dare to Lead club: The moment and the myths (chapters 1\u20132) by", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading due this week", Assert.Single(await MailAsync(OtherMentee, "Your week ahead in Thrive")).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_is_not_reminded_once_marked_read_in_an_archived_club_or_when_turned_off()
    {
        var (_, menteeId, mentorId) = await PairAAsync();
        var (group, part) = await BookClubAsync(1);
        await App.WithDbAsync(async db =>
        {
            var g = await db.Groups.SingleAsync(x => x.Id == group);
            var p = await db.ReadingParts.SingleAsync(x => x.Id == part);
            db.PartsRead.Add(PartRead.Mark(g, p, menteeId, At(0, 8)).Value!);
            db.ReminderOptOuts.Add(ReminderOptOut.For(mentorId, ReminderKind.ReadingDue, At(0, 8)));
            return await db.SaveChangesAsync();
        });
        await PassAsync(At(0, 9));
        Assert.Empty(await MailAsync(Mentee, "Reading for Dare to Lead club is due tomorrow"));
        Assert.Empty(await MailAsync(Mentor, "Reading for Dare to Lead club is due tomorrow"));
        Assert.Single(await MailAsync(OtherMentee, "Reading for Dare to Lead club is due tomorrow"));

        // A club archived before its next part falls due sends nothing more.
        var (archived, _) = await BookClubAsync(2);
        await App.WithDbAsync(async db =>
        {
            var g = await db.Groups.SingleAsync(x => x.Id == archived);
            Assert.True(g.Archive(At(0, 10)).Succeeded);
            return await db.SaveChangesAsync();
        });
        await PassAsync(At(1, 9));
        Assert.Single(await MailAsync(OtherMentee, "Reading for Dare to Lead club is due tomorrow"));
    }

    [Fact]
    public async Task A_group_meeting_tomorrow_reaches_each_member_not_saying_not_going_once_on_two_instances_and_the_digest_lists_it()
    {
        await PairAAsync();
        var (group, _) = await BookClubAsync(9);
        var meeting = await App.WithDbAsync(async db =>
        {
            var g = await db.Groups.SingleAsync(x => x.Id == group);
            var m = GroupMeeting.One(g, At(1, 16), 60, "https://meet.example.org/dare-to-lead", At(-10, 12), []).Value!;
            db.GroupMeetings.Add(m);
            db.MeetingAttendance.Add(MeetingAttendance.Give(g, m, null, W.OtherMentee.Id, AttendanceAnswer.NotGoing, At(-1, 12)).Value!);
            await db.SaveChangesAsync();
            return m.Id;
        });
        const string subject = "Dare to Lead club meets tomorrow";
        await NothingBeforeEightThenTwoInstancesAsync(Mentee, subject, At(0, 20));

        var mail = Assert.Single(await MailAsync(Mentee, subject));
        Assert.Contains("Dare to Lead club meets tomorrow, Wed", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("18:00", mail.TextBody, StringComparison.Ordinal); // 16:00 UTC is 18:00 in her zone
        Assert.Contains("Join: https://meet.example.org/dare-to-lead", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Groups/{group}/Meetings/{meeting}", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(await MailAsync(Mentor, subject));
        Assert.Empty(await MailAsync(OtherMentee, subject)); // said not going

        var digest = Assert.Single(await MailAsync(Mentee, "Your week ahead in Thrive"));
        Assert.Contains("Group meetings", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Groups/{group}/Meetings/{meeting}", digest.TextBody, StringComparison.Ordinal);
    }
}
