namespace Thrive.Web.Features.MentorTypes;

/// <summary>The reader's latest mentor-type quiz, and how the quiz speaks to them (as a mentor, or as a mentee picturing their mentor).</summary>
public static class GetMentorType
{
    /// <summary>A taken quiz: the answers, every type's share and the top type(s).</summary>
    public sealed record Taken(IReadOnlyList<bool> Answers, MentorTypeScores Scores, DateTimeOffset TakenAt);

    /// <summary>The reader's result (null before the first time), and whether they take part as a mentee (no place: null).</summary>
    public sealed record View(Taken? Result, ParticipantRole? Role)
    {
        public bool AsMentee => Role == ParticipantRole.Mentee;
    }

    public sealed class Handler(ThriveDbContext db, ProgrammePlaces places)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var row = await db.MentorTypeResults.AsNoTracking().Where(r => r.UserId == actor.UserId)
                .Select(r => new { r.Answers, r.TakenAt }).FirstOrDefaultAsync(ct);
            var place = await places.FindAsync(actor.UserId, null, ct);
            var answers = MentorTypeQuiz.Decode(row?.Answers);
            return new View(answers is null ? null : new Taken(answers, MentorTypeQuiz.Score(answers), row!.TakenAt), place?.Role);
        }
    }
}
