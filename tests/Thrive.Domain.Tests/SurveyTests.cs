using Thrive.Domain.Common;
using Thrive.Domain.Health;
using Thrive.Domain.Programmes;
using Thrive.Domain.Sessions;
using Thrive.Domain.Surveys;

namespace Thrive.Domain.Tests;

/// <summary>Session ratings (range, window) and what coordinators may see of a group of answers (the anonymity threshold).</summary>
public sealed class SurveyTests
{
    private static readonly DateTimeOffset Held = new(2026, 3, 10, 16, 0, 0, TimeSpan.Zero);

    private static SessionRating Rating() => SessionRating.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), RaterSide.Mentee);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void A_rating_from_one_to_five_is_kept(int score)
    {
        var r = Rating();
        Assert.True(r.Answer(score, "  Good talk  ", named: true, Held.AddHours(2)).Succeeded);
        Assert.Equal(score, r.Score);
        Assert.Equal("Good talk", r.Comment);
        Assert.True(r.Named);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(null)]
    public void A_rating_out_of_range_or_missing_is_refused_on_its_field_and_changes_nothing(int? score)
    {
        var r = Rating();
        r.Answer(4, "first", false, Held.AddHours(1));
        var refused = r.Answer(score, "second", true, Held.AddHours(2));
        Assert.False(refused.Succeeded);
        Assert.Equal(nameof(SessionRating.Score), refused.Errors[0].Field);
        Assert.Equal((4, "first", false), (r.Score, r.Comment, r.Named));
    }

    [Fact]
    public void A_comment_too_long_is_refused()
    {
        var refused = Rating().Answer(3, new string('x', SessionRating.CommentMax + 1), false, Held);
        Assert.Equal(nameof(SessionRating.Comment), Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public void Only_a_held_session_takes_a_rating_and_only_for_fourteen_days()
    {
        Assert.Equal("session_not_held", SessionRating.RefuseUnlessOpen(SessionStatus.Scheduled, Held, Held.AddHours(1))!.Code);
        Assert.Equal("session_not_held", SessionRating.RefuseUnlessOpen(SessionStatus.Cancelled, Held, Held.AddHours(1))!.Code);
        Assert.Null(SessionRating.RefuseUnlessOpen(SessionStatus.Held, Held, Held.AddDays(SessionRating.ChangeDays)));
        Assert.Equal("rating_closed", SessionRating.RefuseUnlessOpen(SessionStatus.Held, Held, Held.AddDays(SessionRating.ChangeDays).AddMinutes(1))!.Code);
    }

    private static SurveyAnswer Answer(int person, int score, string comment = "", bool named = false) =>
        new(new Guid(person, 0, 0, new byte[8]), score, comment, named, named ? $"Person {person}" : "");

    [Fact]
    public void Four_people_are_not_enough_to_show_anything_but_the_count()
    {
        var r = SurveyAnonymity.Summarise(Enumerable.Range(1, 4).Select(i => Answer(i, 2, "meh")), 1, 5);
        Assert.False(r.Unnamed.Shown);
        Assert.Equal(4, r.Unnamed.People);
        Assert.Null(r.Unnamed.Average);
        Assert.Empty(r.Unnamed.Counts);
        Assert.Empty(r.Unnamed.Comments);
    }

    [Fact]
    public void Five_people_show_the_whole_with_counts_average_and_comments_without_names()
    {
        var r = SurveyAnonymity.Summarise([Answer(1, 5, "b"), Answer(2, 4), Answer(3, 4, "a"), Answer(4, 3), Answer(5, 1)], 1, 5);
        Assert.True(r.Unnamed.Shown);
        Assert.Equal(5, r.Unnamed.People);
        Assert.Equal(3.4, r.Unnamed.Average);
        Assert.Equal([1, 0, 1, 2, 1], r.Unnamed.Counts);
        Assert.Equal(["a", "b"], r.Unnamed.Comments);
    }

    [Fact]
    public void Many_answers_of_few_people_stay_hidden_the_threshold_counts_people()
    {
        var r = SurveyAnonymity.Summarise(Enumerable.Range(0, 20).Select(i => Answer(i % 4, 3)), 1, 5);
        Assert.False(r.Unnamed.Shown);
        Assert.Equal(4, r.Unnamed.People);
        Assert.Equal(20, r.Unnamed.Answers);
    }

    [Fact]
    public void Named_answers_show_one_by_one_and_do_not_count_towards_the_unnamed_whole()
    {
        // Four unnamed and two named: the whole stays hidden, so that taking the named ones away from it reveals nothing.
        var answers = Enumerable.Range(1, 4).Select(i => Answer(i, 2)).Concat([Answer(5, 5, "Great", named: true), Answer(6, 4, named: true)]).ToList();
        var r = SurveyAnonymity.Summarise(answers, 1, 5);
        Assert.False(r.Unnamed.Shown);
        Assert.Equal(4, r.Unnamed.People);
        Assert.Equal(["Person 5", "Person 6"], r.Named.Select(a => a.Name));
        Assert.Equal("Great", r.Named[0].Comment);
    }

    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);

    private static PairHealthFacts Healthy(int ratings, double? average) => new(
        Now.AddDays(-20), SessionCadence.Weekly, Now.AddDays(-3), 3, 3, 3, 3, 2, 0, 1, 0, Now.AddDays(-2), 1, 0,
        new DateRange(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(20), DateOnly.FromDateTime(Now.UtcDateTime).AddDays(34)), false, Now.AddDays(-1),
        ratings, average);

    [Theory]
    [InlineData(4, 2.75, true)]
    [InlineData(4, 3.0, false)]
    [InlineData(1, 1.0, false)] // one rating is not judged
    [InlineData(2, 2.5, true)]
    [InlineData(0, null, false)]
    public void Low_recent_session_ratings_make_a_pair_worth_watching_without_telling_a_number(int ratings, double? average, bool watch)
    {
        var a = PairHealth.Assess(Healthy(ratings, average), Now, DateOnly.FromDateTime(Now.UtcDateTime));
        var reason = a.Reasons.SingleOrDefault(r => r.Signal == HealthSignal.SessionRatings);
        Assert.Equal(watch, reason is not null);
        if (reason is null) return;
        Assert.Equal(HealthStatus.Watch, reason.Level);
        Assert.DoesNotContain(average!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), reason.Text, StringComparison.Ordinal);
    }
}
