using Thrive.Domain.Common;
using Thrive.Domain.Matching;

namespace Thrive.Domain.Tests;

public sealed class MentorChoiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Programme = Guid.NewGuid();
    private static readonly Guid Mentee = Guid.NewGuid();

    private static MentorRequest Ask(List<MentorRequest> mine, Guid mentor, int freePlaces = 1, bool paired = false, string? note = null)
    {
        var r = MentorChoice.Request(Programme, Mentee, mine, new MentorChoice.Target(mentor, freePlaces, paired), note, Now);
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message)));
        mine.Add(r.Value!);
        return r.Value!;
    }

    private static (List<MentorRequest> Mine, MentorRequest A, MentorRequest B, MentorRequest C) Three()
    {
        var mine = new List<MentorRequest>();
        return (mine, Ask(mine, Guid.NewGuid()), Ask(mine, Guid.NewGuid()), Ask(mine, Guid.NewGuid()));
    }

    [Fact]
    public void Requests_are_ranked_in_order_and_only_the_first_reaches_its_mentor()
    {
        var (_, a, b, c) = Three();
        Assert.Equal([1, 2, 3], new[] { a.Rank, b.Rank, c.Rank });
        Assert.Equal(MentorRequestState.Pending, a.State);
        Assert.NotNull(a.SentAt);
        Assert.All(new[] { b, c }, r => { Assert.Equal(MentorRequestState.Queued, r.State); Assert.Null(r.SentAt); });
    }

    [Fact]
    public void A_fourth_request_is_refused_on_the_mentor_field()
    {
        var (mine, _, _, _) = Three();
        var r = MentorChoice.Request(Programme, Mentee, mine, new MentorChoice.Target(Guid.NewGuid(), 1, false), null, Now);
        Assert.Equal("MentorId", Assert.Single(r.Errors).Field);
        Assert.Contains("up to 3", r.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false, "no free place")]
    [InlineData(1, true, "already have a mentor")]
    public void A_full_mentor_or_an_already_paired_mentee_is_refused(int freePlaces, bool paired, string words)
    {
        var r = MentorChoice.Request(Programme, Mentee, [], new MentorChoice.Target(Guid.NewGuid(), freePlaces, paired), null, Now);
        Assert.Contains(words, Assert.Single(r.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requesting_the_same_mentor_twice_is_refused_and_a_long_note_too()
    {
        var mine = new List<MentorRequest>();
        var mentor = Guid.NewGuid();
        Ask(mine, mentor);
        Assert.Contains("already requested", MentorChoice.Request(Programme, Mentee, mine, new(mentor, 1, false), null, Now).Errors[0].Message, StringComparison.Ordinal);
        var tooLong = MentorChoice.Request(Programme, Mentee, mine, new(Guid.NewGuid(), 1, false), new string('x', MentorRequest.NoteMax + 1), Now);
        Assert.Equal("Note", Assert.Single(tooLong.Errors).Field);
    }

    [Fact]
    public void A_decline_needs_a_reason_and_passes_the_request_to_the_next_ranked_mentor()
    {
        var (mine, a, b, c) = Three();
        Assert.Equal("Reason", Assert.Single(MentorChoice.Decline(mine, a.Id, " ", Now).Errors).Field);
        Assert.Equal(MentorRequestState.Pending, a.State);

        Assert.True(MentorChoice.Decline(mine, a.Id, "My places are taken this cohort.", Now.AddDays(1)).Succeeded);
        Assert.Equal(MentorRequestState.Declined, a.State);
        Assert.Equal("My places are taken this cohort.", a.Answer);
        Assert.Equal(MentorRequestState.Pending, b.State);
        Assert.Equal(1, b.Rank);
        Assert.Equal(Now.AddDays(1), b.SentAt);
        Assert.Equal((MentorRequestState.Queued, 2), (c.State, c.Rank));
    }

    [Fact]
    public void Only_the_request_with_the_mentor_can_be_answered()
    {
        var (mine, _, b, _) = Three();
        Assert.Equal("answered", Assert.Single(MentorChoice.Accept(mine, b.Id, Now).Errors).Code);
        Assert.Equal("answered", Assert.Single(MentorChoice.Decline(mine, b.Id, "No", Now).Errors).Code);
    }

    [Fact]
    public void An_accept_closes_the_mentees_other_requests()
    {
        var (mine, a, b, c) = Three();
        Assert.True(MentorChoice.Decline(mine, a.Id, "Full", Now).Succeeded);
        Assert.True(MentorChoice.Accept(mine, b.Id, Now).Succeeded);
        Assert.Equal(MentorRequestState.Accepted, b.State);
        Assert.Equal(MentorRequestState.Closed, c.State);
        Assert.Equal(MentorRequestState.Declined, a.State);
    }

    [Fact]
    public void Reordering_moves_the_turn_to_the_new_first_choice()
    {
        var (mine, a, b, c) = Three();
        Assert.True(MentorChoice.Reorder(mine, [c.Id, a.Id, b.Id], Now).Succeeded);
        Assert.Equal([2, 3, 1], new[] { a.Rank, b.Rank, c.Rank });
        Assert.Equal(MentorRequestState.Pending, c.State);
        Assert.Equal(MentorRequestState.Queued, a.State);
        Assert.Null(a.SentAt);
        Assert.Equal("stale", MentorChoice.Reorder(mine, [c.Id, a.Id], Now).Errors[0].Code);
    }

    [Fact]
    public void Withdrawing_frees_a_place_for_another_request()
    {
        var (mine, a, b, _) = Three();
        Assert.True(MentorChoice.Withdraw(mine, a.Id, Now).Succeeded);
        Assert.Equal(MentorRequestState.Pending, b.State);
        var d = Ask(mine, Guid.NewGuid());
        Assert.Equal(3, d.Rank);
        Assert.Equal("answered", MentorChoice.Withdraw(mine, a.Id, Now).Errors[0].Code);
    }

    [Fact]
    public void A_coordinator_closes_a_request_with_a_note_and_the_turn_passes_on()
    {
        var (mine, a, b, _) = Three();
        Assert.Equal("Note", Assert.Single(MentorChoice.Close(mine, a.Id, "", Now).Errors).Field);
        Assert.True(MentorChoice.Close(mine, a.Id, "The mentor is on leave.", Now).Succeeded);
        Assert.Equal((MentorRequestState.Closed, "The mentor is on leave."), (a.State, a.Answer));
        Assert.Equal(MentorRequestState.Pending, b.State);
    }

    [Theory]
    [InlineData(null, RecentActivity.NotLately)]
    [InlineData(2, RecentActivity.ThisWeek)]
    [InlineData(7, RecentActivity.ThisWeek)]
    [InlineData(8, RecentActivity.Last30Days)]
    [InlineData(30, RecentActivity.Last30Days)]
    [InlineData(31, RecentActivity.NotLately)]
    public void Recently_active_reads_in_weeks_and_months_never_a_time(int? daysAgo, RecentActivity expected) =>
        Assert.Equal(expected, RecentActivityRule.Of(daysAgo is { } d ? Now.AddDays(-d) : null, Now));
    [Theory]
    [InlineData(5, 4.99, false)]
    [InlineData(5, 5, true)]
    [InlineData(1, 1.5, true)]
    [InlineData(30, 29, false)]
    public void A_pending_request_is_overdue_once_it_waited_the_programmes_days(int days, double waited, bool overdue)
    {
        var (_, a, _, _) = Three();
        Assert.Equal(overdue, MentorChoice.IsOverdue(a, days, Now.AddDays(waited)));
    }

    [Fact]
    public void An_unanswered_request_passes_to_the_next_choice_recorded_like_a_decline_with_its_reason()
    {
        var (mine, a, b, c) = Three();
        var later = Now.AddDays(5);
        var r = MentorChoice.PassOnUnanswered(mine, a.Id, 5, later);
        Assert.True(r.Succeeded);
        Assert.Equal((MentorRequestState.Unanswered, "No answer in 5 days.", (DateTimeOffset?)later), (a.State, a.Answer, a.ClosedAt));
        Assert.Same(b, r.Value!.Next);
        Assert.Equal((MentorRequestState.Pending, 1, (DateTimeOffset?)later), (b.State, b.Rank, b.SentAt));
        Assert.Equal((MentorRequestState.Queued, 2), (c.State, c.Rank));
    }

    [Fact]
    public void The_last_unanswered_request_leaves_no_mentor_and_a_queued_or_early_one_does_not_pass_on()
    {
        var mine = new List<MentorRequest>();
        var a = Ask(mine, Guid.NewGuid());
        var b = Ask(mine, Guid.NewGuid());
        Assert.Equal("not_due", MentorChoice.PassOnUnanswered(mine, a.Id, 5, Now.AddDays(4)).Errors[0].Code);
        Assert.Equal("not_due", MentorChoice.PassOnUnanswered(mine, b.Id, 5, Now.AddDays(9)).Errors[0].Code); // queued: its clock has not started
        Assert.True(MentorChoice.PassOnUnanswered(mine, a.Id, 5, Now.AddDays(5)).Succeeded);
        var last = MentorChoice.PassOnUnanswered(mine, b.Id, 5, Now.AddDays(10));
        Assert.True(last.Succeeded);
        Assert.Null(last.Value!.Next);
        Assert.DoesNotContain(mine, x => x.IsOpen);
    }

    [Fact]
    public void A_mentor_answering_a_request_that_passed_on_is_told_so()
    {
        var (mine, a, _, _) = Three();
        Assert.True(MentorChoice.PassOnUnanswered(mine, a.Id, 2, Now.AddDays(3)).Succeeded);
        var accept = MentorChoice.Accept(mine, a.Id, Now.AddDays(3));
        var decline = MentorChoice.Decline(mine, a.Id, "Busy", Now.AddDays(3));
        Assert.All(new[] { accept.Errors[0], decline.Errors[0] }, e => { Assert.Equal(ErrorKind.Conflict, e.Kind); Assert.Equal("passed_on", e.Code); Assert.Contains("passed on", e.Message, StringComparison.Ordinal); });
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void The_pass_on_days_are_one_to_thirty_and_default_to_five(int days, bool ok)
    {
        var settings = MatchingSettings.For(Programme);
        Assert.Equal(5, settings.PassOnDays);
        var r = settings.PassOnAfter(days);
        Assert.Equal(ok, r.Succeeded);
        Assert.Equal(ok ? days : 5, settings.PassOnDays);
        if (!ok) Assert.Equal(nameof(MatchingSettings.PassOnDays), r.Errors[0].Field);
    }

    [Fact]
    public void Days_left_round_up_and_stop_at_zero()
    {
        Assert.Equal(5, MentorChoice.DaysLeft(Now, 5, Now));
        Assert.Equal(3, MentorChoice.DaysLeft(Now, 5, Now.AddDays(2).AddHours(1)));
        Assert.Equal(0, MentorChoice.DaysLeft(Now, 5, Now.AddDays(6)));
    }
}
