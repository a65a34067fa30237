using Thrive.Domain.Common;
using Thrive.Domain.Pairs;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Domain.Relationship;

namespace Thrive.Domain.Tests;

public sealed class RelationshipTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid PairId = Guid.NewGuid(), Mentee = Guid.NewGuid(), Mentor = Guid.NewGuid();

    private static Pair ActivePair()
    {
        var answers = new ApplicationAnswers(5, "C#", Focus.Technical, "Tuesdays", "", "UTC", "", "", 2, "", "", "");
        var pair = Pair.Propose(Guid.NewGuid(), new PairCandidate(Mentor, "m@example.com", ParticipantRole.Mentor, ApplicationStatus.Accepted, answers),
            new PairCandidate(Mentee, "e@example.com", ParticipantRole.Mentee, ApplicationStatus.Accepted, answers), new PairingLoad(0, false), Now).Value!;
        Assert.True(pair.Activate(Now).Succeeded);
        return pair;
    }

    private static ClosingReflection Reflection(Guid author, StayInTouch stay, string how = "", bool roadmap = false, int reflective = 10)
    {
        var answers = ClosingAnswers.From(name => name switch
        {
            "NextSteps" or "Resources" or "Milestones" => roadmap ? "Keep pairing with a colleague weekly" : null,
            _ when ClosingAnswers.Empty.Of(ClosingPart.ReflectiveExercise).Select(f => f.Name).Take(reflective).Contains(name) => "An answer",
            _ when ClosingAnswers.Empty.Of(ClosingPart.ReflectiveExercise).Any(f => f.Name == name) => null,
            _ => "An answer",
        });
        var r = ClosingReflection.Start(PairId, author);
        Assert.True(r.Save(answers, stay, how, Now).Succeeded);
        return r;
    }

    [Fact]
    public void Feedback_needs_all_three_parts_and_goes_to_someone_else()
    {
        var r = Feedback.Give(PairId, Mentee, Mentee, FeedbackKind.Praise, " ", "impact", new string('a', Feedback.TextMax + 1), Now);
        Assert.Equal(["Situation", "Action", "ReceiverId"], r.Errors.Select(e => e.Field));
        Assert.True(Feedback.Give(PairId, Mentee, Mentor, FeedbackKind.Change, " s ", "i", "a", Now) is { Succeeded: true, Value.Situation: "s" });
    }

    [Fact]
    public void Only_the_receiver_acknowledges_and_replies_and_only_once()
    {
        var f = Feedback.Give(PairId, Mentor, Mentee, FeedbackKind.Observation, "s", "i", "a", Now).Value!;
        Assert.Equal(ErrorKind.Forbidden, f.Respond(Mentor, "reply", Now).Errors[0].Kind);
        Assert.Equal(ErrorKind.Forbidden, f.Acknowledge(Mentor, Now).Errors[0].Kind);
        Assert.True(f.Respond(Mentee, "Thanks, I will try that", Now.AddDays(1)).Succeeded);
        Assert.Equal(Now.AddDays(1), f.AcknowledgedAt); // replying acknowledges
        Assert.Equal(ErrorKind.Conflict, f.Respond(Mentee, "Again", Now.AddDays(2)).Errors[0].Kind);
        Assert.Equal("Thanks, I will try that", f.Reply);
    }

    [Theory]
    [InlineData(12, 34, false)] // day 34: eight days before the midpoint (day 42)
    [InlineData(12, 35, true)]
    [InlineData(12, 42, true)]
    [InlineData(12, 49, true)]
    [InlineData(12, 50, false)]
    [InlineData(8, 28, true)] // an eight-week programme's midpoint is week 4
    [InlineData(13, 42, true)] // thirteen weeks: half is six whole weeks
    public void The_midpoint_check_is_due_a_week_either_side_of_the_middle(int weeks, int day, bool due)
    {
        var start = new DateOnly(2026, 1, 5);
        Assert.Equal(due, MidpointCheck.IsDue(start, weeks, start.AddDays(day), active: true, held: false));
    }

    [Fact]
    public void The_midpoint_check_is_not_due_once_held_or_for_an_ended_pair()
    {
        var start = new DateOnly(2026, 1, 5);
        Assert.False(MidpointCheck.IsDue(start, 12, start.AddDays(42), active: true, held: true));
        Assert.False(MidpointCheck.IsDue(start, 12, start.AddDays(42), active: false, held: false));
    }

    [Fact]
    public void A_check_needs_an_answer_before_it_is_saved_and_saved_answers_before_it_is_held()
    {
        var c = MidpointCheck.Start(PairId, Mentee);
        Assert.Equal(ErrorKind.Conflict, c.MarkHeld(Now).Errors[0].Kind);
        Assert.False(c.Save(CheckAnswers.Empty, Now).Succeeded);
        Assert.False(c.Save(CheckAnswers.Empty with { Vibe = new string('v', CheckAnswers.TextMax + 1) }, Now).Succeeded);
        Assert.Null(c.SavedAt);
        Assert.True(c.Save(CheckAnswers.Empty with { Working = " Weekly walks " }, Now).Succeeded);
        Assert.Equal("Weekly walks", c.Answers.Working);
        Assert.True(c.MarkHeld(Now.AddDays(1)).Succeeded);
        Assert.True(c.MarkHeld(Now.AddDays(2)).Succeeded);
        Assert.Equal(Now.AddDays(1), c.HeldAt); // the first date stays
    }

    [Fact]
    public void Completing_lists_everything_missing_and_leaves_the_pair_active()
    {
        var pair = ActivePair();
        var r = Closing.Complete(pair, null, null, Now);
        Assert.False(r.Succeeded);
        Assert.Equal(8, r.Errors.Count); // mentee: goals, relationship, reflective, stay; mentor: goals, relationship, roadmap, stay
        Assert.Contains(r.Errors, e => e.Message == "The mentor has not written the roadmap's next steps.");
        Assert.Equal(PairState.Active, pair.State);
    }

    [Fact]
    public void The_mentee_answers_at_least_five_reflective_questions_and_the_mentor_none()
    {
        var missing = Closing.Missing(Reflection(Mentee, StayInTouch.No, reflective: 4), Reflection(Mentor, StayInTouch.No, roadmap: true, reflective: 0));
        Assert.Equal(["The mentee has answered fewer than 5 of the ten reflective questions."], missing);
        Assert.Empty(Closing.Missing(Reflection(Mentee, StayInTouch.No, reflective: 5), Reflection(Mentor, StayInTouch.No, roadmap: true, reflective: 0)));
    }

    [Fact]
    public void Both_must_choose_the_same_stay_in_touch_answer_and_say_how_unless_it_is_no()
    {
        var disagree = Closing.Missing(Reflection(Mentee, StayInTouch.Regularly, "Monthly"), Reflection(Mentor, StayInTouch.Occasionally, roadmap: true));
        Assert.Equal(["You have not agreed on staying in touch yet: choose the same answer."], disagree);
        var noHow = Closing.Missing(Reflection(Mentee, StayInTouch.Occasionally), Reflection(Mentor, StayInTouch.Occasionally, roadmap: true));
        Assert.Single(noHow);
        Assert.StartsWith("Say how you will stay in touch", noHow[0], StringComparison.Ordinal);
        Assert.Equal(StayInTouch.Occasionally, Closing.Agreed(Reflection(Mentee, StayInTouch.Occasionally), Reflection(Mentor, StayInTouch.Occasionally)));
    }

    [Fact]
    public void When_nothing_is_missing_the_pair_completes_dated()
    {
        var pair = ActivePair();
        var r = Closing.Complete(pair, Reflection(Mentee, StayInTouch.Occasionally, "Coffee each quarter"), Reflection(Mentor, StayInTouch.Occasionally, roadmap: true), Now.AddDays(84));
        Assert.True(r.Succeeded);
        Assert.Equal((PairState.Completed, Now.AddDays(84)), (pair.State, pair.EndedAt));
        Assert.False(Closing.Complete(pair, Reflection(Mentee, StayInTouch.No), Reflection(Mentor, StayInTouch.No, roadmap: true), Now).Succeeded); // only once
    }

    [Fact]
    public void A_closing_answer_over_the_limit_is_refused_and_answers_are_trimmed()
    {
        var r = ClosingReflection.Start(PairId, Mentee);
        var tooLong = r.Save(ClosingAnswers.Empty with { Progress = new string('p', ClosingAnswers.TextMax + 1) }, StayInTouch.No, new string('h', ClosingReflection.HowMax + 1), Now);
        Assert.Equal(["Progress", "StayInTouchHow"], tooLong.Errors.Select(e => e.Field));
        Assert.True(r.Save(ClosingAnswers.Empty with { Progress = "  Halfway to intermediate  " }, StayInTouch.No, null, Now).Succeeded);
        Assert.Equal("Halfway to intermediate", r.Answers.Progress);
    }
}
