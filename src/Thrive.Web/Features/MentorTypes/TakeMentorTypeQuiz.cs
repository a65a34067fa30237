namespace Thrive.Web.Features.MentorTypes;

/// <summary>A mentor or mentee answers the 30 questions; the latest answers replace the ones before.</summary>
public static class TakeMentorTypeQuiz
{
    /// <summary>One answer per question, in the quiz's order: true for yes, false for no.</summary>
    public sealed record Request
    {
        public IReadOnlyList<bool?>? Answers { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<GetMentorType.Taken>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<GetMentorType.Taken>.Fail(place.Errors);
            var now = reader.UtcNow;
            var row = await db.MentorTypeResults.FirstOrDefaultAsync(x => x.UserId == actor.UserId, ct);
            if (row is null)
            {
                var taken = MentorTypeResult.Take(actor.UserId, r.Answers, now);
                if (!taken.Succeeded) return Result<GetMentorType.Taken>.Fail(taken.Errors);
                db.MentorTypeResults.Add(row = taken.Value!);
            }
            else if (row.Retake(r.Answers, now) is { Succeeded: false } refused) return Result<GetMentorType.Taken>.Fail(refused.Errors);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
            { return Error.Conflict("You sent the quiz twice at the same moment; the first one was kept. Reload to see it.", code: "stale"); }
            return new GetMentorType.Taken(MentorTypeQuiz.Decode(row.Answers)!, row.Scores, row.TakenAt);
        }
    }
}
