using Thrive.Domain.Common;
using Thrive.Domain.Surveys;

namespace Thrive.Domain.Tests;

/// <summary>A programme's own survey questions: their checks, the limit per survey, wording fixed once answered, and the answers' ranges per type.</summary>
public sealed class SurveyQuestionTests
{
    private static readonly Guid Programme = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 4, 10, 9, 0, 0, TimeSpan.Zero);

    private static SurveyQuestion Question(SurveyAnswerType type, bool required = true, string text = "Do you feel heard?") =>
        SurveyQuestion.Add(Programme, SurveyKind.Pulse, text, type, required, 0, 0, 1).Value!;

    [Theory]
    [InlineData("", "The question is required.")]
    [InlineData("   ", "The question is required.")]
    public void A_question_needs_its_text(string text, string message)
    {
        var r = SurveyQuestion.Add(Programme, SurveyKind.Pulse, text, SurveyAnswerType.Scale, true, 0, 0, 1);
        Assert.Equal(("Text", message), (r.Errors[0].Field, r.Errors[0].Message));
    }

    [Fact]
    public void A_question_is_at_most_200_characters_and_trimmed()
    {
        var tooLong = SurveyQuestion.Add(Programme, SurveyKind.End, new string('x', SurveyQuestion.TextMax + 1), SurveyAnswerType.FreeText, false, 0, 0, 1);
        Assert.Equal("The question must be at most 200 characters (it has 201).", tooLong.Errors.Single().Message);
        Assert.Equal("Fine?", SurveyQuestion.Add(Programme, SurveyKind.End, "  Fine?  ", SurveyAnswerType.YesNo, false, 0, 0, 1).Value!.Text);
    }

    [Fact]
    public void A_survey_asks_at_most_ten_questions_of_its_own_retired_ones_aside()
    {
        var r = SurveyQuestion.Add(Programme, SurveyKind.Pulse, "One more?", SurveyAnswerType.Scale, true, SurveyQuestion.MaxActivePerSurvey, 12, 13);
        Assert.Equal(("Text", "A survey asks at most 10 questions of your own; retire one first."), (r.Errors.Single().Field, r.Errors.Single().Message));
        Assert.True(SurveyQuestion.Add(Programme, SurveyKind.Pulse, "One more?", SurveyAnswerType.Scale, true, 9, 30, 31).Succeeded);
        Assert.False(SurveyQuestion.Add(Programme, SurveyKind.Pulse, "One more?", SurveyAnswerType.Scale, true, 2, SurveyQuestion.MaxPerSurvey, 41).Succeeded);
        Assert.False(SurveyQuestion.Add(Programme, SurveyKind.Pulse, "Odd type?", (SurveyAnswerType)9, true, 0, 0, 1).Succeeded);
    }

    [Fact]
    public void Wording_and_type_change_only_while_unanswered_but_required_changes_any_time()
    {
        var q = Question(SurveyAnswerType.Scale);
        Assert.True(q.Edit("Do you feel listened to?", SurveyAnswerType.ZeroToTen, true, answered: false).Succeeded);
        Assert.Equal(("Do you feel listened to?", SurveyAnswerType.ZeroToTen), (q.Text, q.AnswerType));
        var refused = q.Edit("Something else", SurveyAnswerType.ZeroToTen, true, answered: true);
        Assert.Equal(("question_answered", "Do you feel listened to?"), (refused.Errors.Single().Code, q.Text));
        Assert.True(q.Edit("Do you feel listened to?", SurveyAnswerType.ZeroToTen, false, answered: true).Succeeded);
        Assert.False(q.Required);
        Assert.Equal("Text", q.Edit("", SurveyAnswerType.ZeroToTen, false, answered: false).Errors.Single().Field);
    }

    [Fact]
    public void A_retired_question_keeps_its_first_retirement_and_cannot_be_edited()
    {
        var q = Question(SurveyAnswerType.YesNo);
        q.Retire(Now);
        q.Retire(Now.AddDays(1));
        Assert.Equal(Now, q.RetiredAt);
        Assert.Equal("question_retired", q.Edit("New words", SurveyAnswerType.YesNo, true, false).Errors.Single().Code);
    }

    [Theory]
    [InlineData(SurveyAnswerType.Scale, 1, true)]
    [InlineData(SurveyAnswerType.Scale, 5, true)]
    [InlineData(SurveyAnswerType.Scale, 0, false)]
    [InlineData(SurveyAnswerType.Scale, 6, false)]
    [InlineData(SurveyAnswerType.YesNo, 0, true)]
    [InlineData(SurveyAnswerType.YesNo, 1, true)]
    [InlineData(SurveyAnswerType.YesNo, 2, false)]
    [InlineData(SurveyAnswerType.ZeroToTen, 0, true)]
    [InlineData(SurveyAnswerType.ZeroToTen, 10, true)]
    [InlineData(SurveyAnswerType.ZeroToTen, 11, false)]
    [InlineData(SurveyAnswerType.ZeroToTen, -1, false)]
    public void Answers_are_checked_against_the_range_of_their_type(SurveyAnswerType type, int number, bool ok)
    {
        var v = new Validate();
        Question(type).CheckAnswer(v, "Custom[0]", number, null);
        Assert.Equal(ok, v.Ok);
        if (!ok) Assert.Equal("Custom[0]", v.Errors.Single().Field);
    }

    [Fact]
    public void A_required_question_must_be_answered_and_an_optional_one_may_be_left_blank()
    {
        var required = Question(SurveyAnswerType.FreeText);
        var optional = Question(SurveyAnswerType.Scale, required: false);
        var v = SurveyQuestion.CheckAnswers(new Validate(), [required, optional], new HashSet<Guid>(), [new(optional.Id, null, null)]);
        Assert.Equal(("Custom[0]", "Answer this question."), (v.Errors.Single().Field, v.Errors.Single().Message));
        var tooLong = SurveyQuestion.CheckAnswers(new Validate(), [required], new HashSet<Guid>(), [new(required.Id, null, new string('y', SurveyQuestion.FreeTextMax + 1))]);
        Assert.Equal("Custom[0]", tooLong.Errors.Single().Field);
        Assert.False(optional.IsGiven(null, "ignored"));
        Assert.True(required.IsGiven(null, "Yes"));
    }

    [Fact]
    public void An_answer_to_a_question_not_asked_is_refused_and_one_to_a_retired_question_ignored()
    {
        var asked = Question(SurveyAnswerType.YesNo);
        var retired = Guid.NewGuid();
        Assert.True(SurveyQuestion.CheckAnswers(new Validate(), [asked], new HashSet<Guid> { retired }, [new(asked.Id, 1, null), new(retired, 3, null)]).Ok);
        var stranger = SurveyQuestion.CheckAnswers(new Validate(), [asked], new HashSet<Guid>(), [new(asked.Id, 1, null), new(Guid.NewGuid(), 1, null)]);
        Assert.Equal("Custom", stranger.Errors.Single().Field);
        var twice = SurveyQuestion.CheckAnswers(new Validate(), [asked], new HashSet<Guid>(), [new(asked.Id, 1, null), new(asked.Id, 0, null)]);
        Assert.Equal("Answer each question once.", twice.Errors.Single().Message);
    }
}
