using System.Globalization;
using Thrive.Domain.Common;
using Thrive.Domain.Groups;
using Thrive.Domain.Programmes;
using Thrive.Domain.Sessions;

namespace Thrive.Domain.Tests;

/// <summary>Group meetings: a series in the facilitator's zone across DST as each member sees it, one moved or cancelled, attendance, the agenda.</summary>
public sealed class GroupMeetingTests
{
    private const string Amsterdam = "Europe/Amsterdam";
    private const string NewYork = "America/New_York";
    private const string Johannesburg = "Africa/Johannesburg";
    private static readonly DateTimeOffset Now = Utc("2027-03-01T09:00");
    private static readonly (DateTimeOffset, DateTimeOffset)[] None = [];
    private static readonly Guid Daan = Guid.NewGuid();
    private static readonly Guid Lerato = Guid.NewGuid();
    private static readonly Guid Kabelo = Guid.NewGuid();

    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s + "Z", CultureInfo.InvariantCulture);
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Seen(DateTimeOffset utc, string zone) => SessionTimes.InZone(utc, zone).Value!.Display;

    private static Group Circle() => Group.Create(Guid.NewGuid(), new GroupDetails(GroupKind.MentoringCircle, "Career circle", "Talk careers, one topic each.", 8,
        JoinPolicy.Open, null, null), [Daan], Daan, Now).Value.Group;

    private static SessionSlot Slot(string firstDay, SessionCadence cadence = SessionCadence.Weekly, string zone = Amsterdam) =>
        SessionSlot.Create(D(firstDay).DayOfWeek, new TimeOnly(18, 0), zone, 60, cadence, D(firstDay)).Value!;

    private static GroupMeeting One(Group g, string startUtc) => GroupMeeting.One(g, Utc(startUtc), 60, "", Now, None).Value!;

    [Fact]
    public void A_weekly_series_at_18_00_in_Amsterdam_stays_18_00_there_across_DST_and_each_member_sees_their_own_time()
    {
        var meetings = GroupMeeting.Series(Circle(), Slot("2027-03-16"), 4, "https://meet.jit.si/career-circle", Now, None).Value!;

        Assert.Equal([Utc("2027-03-16T17:00"), Utc("2027-03-23T17:00"), Utc("2027-03-30T16:00"), Utc("2027-04-06T16:00")], meetings.Select(m => m.StartUtc));
        Assert.All(meetings, m => Assert.Contains(" 18:00 ", Seen(m.StartUtc, Amsterdam), StringComparison.Ordinal));
        // New York moved its clocks on 14 March, Europe on 28 March: an hour earlier for the New York member from the third meeting.
        Assert.Equal(["Tue 16 Mar 13:00 (UTC-4)", "Tue 23 Mar 13:00 (UTC-4)", "Tue 30 Mar 12:00 (UTC-4)", "Tue 6 Apr 12:00 (UTC-4)"], meetings.Select(m => Seen(m.StartUtc, NewYork)));
        Assert.Equal(["Tue 16 Mar 19:00 (UTC+2)", "Tue 23 Mar 19:00 (UTC+2)", "Tue 30 Mar 18:00 (UTC+2)", "Tue 6 Apr 18:00 (UTC+2)"], meetings.Select(m => Seen(m.StartUtc, Johannesburg)));
        Assert.All(meetings, m => Assert.Equal((MeetingStatus.Scheduled, 0, "https://meet.jit.si/career-circle"), (m.Status, m.Sequence, m.Place)));
    }

    [Fact]
    public void A_monthly_series_keeps_its_week_of_the_month_and_local_time_when_Europe_falls_back()
    {
        var meetings = GroupMeeting.Series(Circle(), Slot("2027-10-05", SessionCadence.Monthly), 3, null, Now, None).Value!;
        Assert.Equal([Utc("2027-10-05T16:00"), Utc("2027-11-02T17:00"), Utc("2027-12-07T17:00")], meetings.Select(m => m.StartUtc));
    }

    [Fact]
    public void A_series_in_the_past_overlapping_another_meeting_or_too_long_is_refused_with_nothing_made()
    {
        var g = Circle();
        var past = GroupMeeting.Series(g, Slot("2027-02-16"), 3, null, Now, None);
        Assert.Equal(("Start", ErrorKind.Validation), (past.Errors.Single().Field, past.Errors.Single().Kind));

        var existing = One(g, "2027-03-23T16:30");
        var overlap = GroupMeeting.Series(g, Slot("2027-03-16"), 3, null, Now, [(existing.StartUtc, existing.EndUtc)]);
        Assert.Equal("overlap", overlap.Errors.Single().Code);

        Assert.Equal("Count", GroupMeeting.Series(g, Slot("2027-03-16"), GroupMeeting.SeriesMax + 1, null, Now, None).Errors.Single().Field);
        Assert.Equal("Place", GroupMeeting.Series(g, Slot("2027-03-16"), 2, "javascript:alert(1)", Now, None).Errors.Single().Field);
    }

    [Fact]
    public void One_meeting_of_a_series_is_moved_or_cancelled_and_its_sequence_rises_for_the_calendars()
    {
        var g = Circle();
        var meetings = GroupMeeting.Series(g, Slot("2027-03-16"), 3, null, Now, None).Value!;
        var second = meetings[1];
        var others = meetings.Where(m => m != second).Select(m => (m.StartUtc, m.EndUtc)).ToList();

        Assert.True(second.Move(g, Utc("2027-03-24T17:00"), Now, others).Succeeded);
        Assert.Equal((Utc("2027-03-24T18:00"), 1), (second.EndUtc, second.Sequence));
        Assert.Equal("overlap", second.Move(g, Utc("2027-03-16T17:30"), Now, others).Errors.Single().Code);
        Assert.Equal("Start", second.Move(g, Utc("2027-02-24T17:00"), Now, others).Errors.Single().Field);

        Assert.Equal("CancelReason", meetings[2].Cancel(g, " ").Errors.Single().Field);
        Assert.True(meetings[2].Cancel(g, "Public holiday").Succeeded);
        Assert.Equal((MeetingStatus.Cancelled, 1), (meetings[2].Status, meetings[2].Sequence));
        Assert.Equal("not_scheduled", meetings[2].Move(g, Utc("2027-04-01T17:00"), Now, None).Errors.Single().Code);
        Assert.Equal(MeetingStatus.Scheduled, meetings[0].Status); // the others stand
    }

    [Fact]
    public void Members_answer_until_the_meeting_starts_and_the_facilitator_records_who_attended_afterwards()
    {
        var g = Circle();
        var meeting = One(g, "2027-03-10T17:00");
        var lerato = MeetingAttendance.Give(g, meeting, null, Lerato, AttendanceAnswer.Going, Now).Value!;
        Assert.Same(lerato, MeetingAttendance.Give(g, meeting, lerato, Lerato, AttendanceAnswer.NotGoing, Now).Value);
        Assert.Equal(AttendanceAnswer.NotGoing, lerato.Answer);
        Assert.Equal("Answer", MeetingAttendance.Give(g, meeting, null, Kabelo, AttendanceAnswer.NoAnswer, Now).Errors.Single().Field);

        var started = Utc("2027-03-10T17:05");
        Assert.Equal("meeting_past", MeetingAttendance.Give(g, meeting, null, Kabelo, AttendanceAnswer.Going, started).Errors.Single().Code);
        Assert.Equal("not_started", meeting.RecordAttendance(g, [Daan, Lerato], [Daan], [lerato], Now).Errors.Single().Code);
        // Kabelo was removed from the group while the meeting was open: ticking him is refused, nothing is recorded.
        Assert.Equal("Attended", meeting.RecordAttendance(g, [Daan, Lerato], [Daan, Kabelo], [lerato], started).Errors.Single().Field);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);

        var added = meeting.RecordAttendance(g, [Daan, Lerato], [Daan], [lerato], started).Value!;
        var daan = Assert.Single(added);
        Assert.Equal((Daan, true, AttendanceAnswer.NoAnswer), (daan.UserId, daan.Attended, daan.Answer));
        Assert.Equal((false, AttendanceAnswer.NotGoing), (lerato.Attended, lerato.Answer));
        Assert.Equal((MeetingStatus.Held, started), (meeting.Status, meeting.AttendanceRecordedAt));
    }

    [Fact]
    public void A_cancelled_meeting_takes_no_answers_and_an_archived_group_no_meetings()
    {
        var g = Circle();
        var meeting = One(g, "2027-03-10T17:00");
        meeting.Cancel(g, "The facilitator is ill");
        Assert.Equal("cancelled", MeetingAttendance.Give(g, meeting, null, Lerato, AttendanceAnswer.Going, Now).Errors.Single().Code);
        Assert.Equal("cancelled", meeting.RecordAttendance(g, [Daan], [Daan], [], Utc("2027-03-11T09:00")).Errors.Single().Code);

        g.Archive(Now);
        Assert.Equal("archived", GroupMeeting.One(g, Utc("2027-03-20T17:00"), 60, null, Now, None).Errors.Single().Code);
    }

    [Fact]
    public void Each_member_adds_a_topic_at_the_end_and_the_facilitator_moves_one_up_or_strikes_it()
    {
        var g = Circle();
        var meeting = One(g, "2027-03-10T17:00");
        var agenda = new List<AgendaTopic>();
        foreach (var (who, text) in new[] { (Lerato, "Asking for a promotion"), (Kabelo, "Picking a side project"), (Daan, "Saying no to meetings") })
            agenda.Add(AgendaTopic.Add(g, meeting, agenda, who, text, Now).Value!);
        Assert.Equal([1, 2, 3], agenda.Select(t => t.Position));
        Assert.Equal("Text", AgendaTopic.Add(g, meeting, agenda, Lerato, "  ", Now).Errors.Single().Field);

        AgendaTopic.MoveUp(agenda, agenda[2]);
        Assert.Equal(["Asking for a promotion", "Saying no to meetings", "Picking a side project"], agenda.OrderBy(t => t.Position).Select(t => t.Text));
        agenda[1].ToggleStruck();
        Assert.True(agenda[1].Struck);

        var update = MeetingUpdate.Write(g, meeting, null, Lerato, "Shipped the onboarding flow.", Now).Value!;
        Assert.Same(update, MeetingUpdate.Write(g, meeting, update, Lerato, "Shipped it, and asked for feedback.", Now).Value);
        var action = MeetingActionItem.Add(g, meeting, [Daan, Lerato], 0, Kabelo, "Share the talk proposal", null, D("2027-03-01"), Now);
        Assert.Equal("OwnerId", action.Errors.Single().Field); // Kabelo is not in the group
        meeting.Cancel(g, "Moved to next week");
        Assert.Equal("not_scheduled", AgendaTopic.Add(g, meeting, agenda, Lerato, "Another", Now).Errors.Single().Code);
    }
}
