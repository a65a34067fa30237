namespace Thrive.Web.Features.Roles;

/// <summary>The reader adds a question of their own to their question bank, in one of its groups.</summary>
public static class AddQuestion
{
    public sealed record Request
    {
        public QuestionGroup Group { get; init; } = QuestionGroup.DayToDay;
        public string? Text { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            if (await db.RoleQuestions.CountAsync(q => q.OwnerId == actor.UserId && q.ProgrammeId == programmeId, ct) >= RoleList.OwnLimit)
                return Error.Validation(nameof(Request.Text), $"Your bank holds up to {RoleList.OwnLimit} questions of your own: remove one first.");
            var q = RoleQuestion.Add(programmeId, actor.UserId, r.Group, r.Text, reader.UtcNow);
            if (!q.Succeeded) return Result<Guid>.Fail(q.Errors);
            db.RoleQuestions.Add(q.Value!);
            await db.SaveChangesAsync(ct);
            return q.Value!.Id;
        }
    }
}
