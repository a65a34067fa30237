using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Surveys;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>Survey answers: a member's rating of a held session, their pulse and end-survey answers.</summary>
public sealed partial class Given
{
    /// <summary>A rating of <paramref name="session"/> by <paramref name="rater"/> (the mentor or the mentee of its pair).</summary>
    public async Task SessionRatingAsync(GivenSession session, GivenPerson rater, int score, string comment = "", bool named = false)
    {
        var side = rater.Id == session.Pair.Mentor.Id ? RaterSide.Mentor : RaterSide.Mentee;
        var rating = SessionRating.Start(session.Id, session.Pair.Id, rater.Id, side);
        Ok(rating.Answer(score, comment, named, Now));
        await WriteAsync(db => db.SessionRatings.Add(rating));
    }

    /// <summary>An answer by <paramref name="person"/> to the pair's pulse (its round) or end survey.</summary>
    public async Task PairSurveyAnswerAsync(GivenPair pair, GivenPerson person, SurveyKind kind, PairSurveyAnswer.Answers answers, int round = 1)
    {
        var side = person.Id == pair.Mentor.Id ? RaterSide.Mentor : RaterSide.Mentee;
        var answer = PairSurveyAnswer.Start(pair.Id, person.Id, side, kind, round);
        Ok(answer.Answer(answers, Now));
        await WriteAsync(db => db.PairSurveyAnswers.Add(answer));
    }

    /// <summary>A question of the programme's own in its pulse or end survey, asked after the others.</summary>
    public async Task<Guid> SurveyQuestionAsync(GivenProgramme programme, SurveyKind kind, string text, SurveyAnswerType type, bool required = true, int position = 1)
    {
        var question = Ok(SurveyQuestion.Add(programme.Id, kind, text, type, required, 0, 0, position));
        await WriteAsync(db => db.SurveyQuestions.Add(question));
        return question.Id;
    }

    /// <summary>An answer by <paramref name="person"/> to the pair's pulse or end survey with answers to the programme's own questions (question id, number, text).</summary>
    public async Task PairSurveyAnswerAsync(GivenPair pair, GivenPerson person, SurveyKind kind, PairSurveyAnswer.Answers answers,
        IReadOnlyList<(Guid Question, int? Number, string? Text)> custom, int round = 1)
    {
        var side = person.Id == pair.Mentor.Id ? RaterSide.Mentor : RaterSide.Mentee;
        var answer = PairSurveyAnswer.Start(pair.Id, person.Id, side, kind, round);
        Ok(answer.Answer(answers, Now));
        await WriteAsync(async db =>
        {
            db.PairSurveyAnswers.Add(answer);
            var ids = custom.Select(c => c.Question).ToList();
            var questions = await db.SurveyQuestions.Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id);
            foreach (var (question, number, text) in custom)
            {
                var row = SurveyQuestionAnswer.Start(answer.Id, question);
                row.Set(questions[question], number, text);
                db.SurveyQuestionAnswers.Add(row);
            }
            return 0;
        });
    }
}
