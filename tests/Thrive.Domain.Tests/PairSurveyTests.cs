using Thrive.Domain.Surveys;

namespace Thrive.Domain.Tests;

/// <summary>The relationship pulse's rounds (30 days after the start, then every 28), the answers' checks, and the Net Promoter Score.</summary>
public sealed class PairSurveyTests
{
    private static readonly DateOnly Started = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 4, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(29, 0)]
    [InlineData(30, 1)]
    [InlineData(57, 1)]
    [InlineData(58, 2)]
    [InlineData(85, 2)]
    [InlineData(86, 3)]
    public void A_pulse_round_opens_30_days_after_the_start_then_every_28_days(int days, int round) =>
        Assert.Equal(round, PulseSchedule.RoundOn(Started, Started.AddDays(days)));

    [Fact]
    public void A_round_is_open_from_its_day_until_the_day_before_the_next()
    {
        Assert.Equal(Started.AddDays(30), PulseSchedule.OpensOn(Started, 1));
        Assert.Equal(Started.AddDays(57), PulseSchedule.LastDay(Started, 1));
        Assert.Equal(Started.AddDays(58), PulseSchedule.OpensOn(Started, 2));
        Assert.Equal(2, PulseSchedule.RoundOn(Started, PulseSchedule.LastDay(Started, 1).AddDays(1)));
    }

    [Theory]
    [InlineData(new[] { 10, 9, 8, 7, 6 }, 2, 2, 1, 20)]
    [InlineData(new[] { 0, 3, 6 }, 0, 0, 3, -100)]
    [InlineData(new[] { 9, 10, 10 }, 3, 0, 0, 100)]
    [InlineData(new[] { 7, 8 }, 0, 2, 0, 0)]
    [InlineData(new[] { 10, 6, 8 }, 1, 1, 1, 0)]
    public void The_net_promoter_score_is_the_share_of_promoters_less_the_share_of_detractors(int[] scores, int promoters, int passives, int detractors, int value)
    {
        var nps = NetPromoter.Of(scores);
        Assert.Equal((promoters, passives, detractors, value, scores.Length), (nps.Promoters, nps.Passives, nps.Detractors, nps.Value!.Value, nps.Answers));
    }

    [Fact]
    public void No_answers_have_no_net_promoter_score() => Assert.Null(NetPromoter.Of([]).Value);

    [Fact]
    public void A_pulse_answer_is_kept_and_its_comment_trimmed()
    {
        var a = PairSurveyAnswer.Start(Guid.NewGuid(), Guid.NewGuid(), RaterSide.Mentee, SurveyKind.Pulse, 2);
        Assert.True(a.Answer(new(4, MeetingAsPlanned.Partly, GoalsMet.All, true, 10, "  Going well  ", true), Now).Succeeded);
        Assert.Equal((2, 4, MeetingAsPlanned.Partly, "Going well", true), (a.Round, a.Working, a.Meeting, a.Comment, a.Named));
        Assert.Null(a.GoalsMet); // the end survey's fields are not the pulse's
        Assert.Null(a.Recommend);
    }

    [Theory]
    [InlineData(0, "Working")]
    [InlineData(6, "Working")]
    [InlineData(null, "Working")]
    public void A_pulse_answer_out_of_range_or_missing_is_refused_and_changes_nothing(int? working, string field)
    {
        var a = PairSurveyAnswer.Start(Guid.NewGuid(), Guid.NewGuid(), RaterSide.Mentor, SurveyKind.Pulse, 1);
        var r = a.Answer(new(working, MeetingAsPlanned.Yes, null, null, null, "x", false), Now);
        Assert.False(r.Succeeded);
        Assert.Contains(r.Errors, e => e.Field == field);
        Assert.Null(a.Working);
        Assert.Equal("", a.Comment);
    }

    [Fact]
    public void An_end_answer_needs_every_question_and_a_score_from_0_to_10()
    {
        var a = PairSurveyAnswer.Start(Guid.NewGuid(), Guid.NewGuid(), RaterSide.Mentee, SurveyKind.End, 3);
        var r = a.Answer(new(null, null, null, null, 11, new string('x', PairSurveyAnswer.CommentMax + 1), false), Now);
        Assert.Equal(["GoalsMet", "Again", "Recommend", "Comment"], r.Errors.Select(e => e.Field ?? "").ToList());
        Assert.Equal(0, a.Round);
        Assert.True(a.Answer(new(null, null, GoalsMet.Most, true, 0, "", false), Now).Succeeded);
        Assert.Equal((GoalsMet.Most, true, 0), (a.GoalsMet!.Value, a.Again!.Value, a.Recommend!.Value));
    }
}
