namespace Thrive.Web.Features.Exams;

/// <summary>The owner or their mentor comments on the owner's exam preparation (Markdown, shown sanitised).</summary>
public static class CommentOnExam
{
    public sealed record Request : CommentText
    {
        /// <summary>Whose exam: the mentee's id for their mentor; the reader's own when left out.</summary>
        public Guid? Owner { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var found = await ExamOwner.FindAsync(places, access, actor, r.Owner, ct, Policy.ExamPrep.Comment);
            if (!found.Succeeded) return Result<Unit>.Fail(found.Errors);
            var o = found.Value!;
            var examId = await db.Exams.Where(e => e.OwnerId == o.OwnerId && e.ProgrammeId == o.ProgrammeId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
            if (examId is null) return Error.Validation("", "There is no exam to comment on yet.");
            return await NewRow.AddAsync(db, ExamComment.Write(examId.Value, actor.UserId, r.Body, reader.UtcNow), ct);
        }
    }
}
