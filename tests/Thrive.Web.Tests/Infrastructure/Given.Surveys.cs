using Thrive.Domain.Surveys;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>Survey answers: a member's rating of a held session.</summary>
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
}
