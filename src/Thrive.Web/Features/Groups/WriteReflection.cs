namespace Thrive.Web.Features.Groups;

/// <summary>A member writes (or rewrites) their short reflection on a part, shared with the group unless they keep it private.</summary>
public static class WriteReflection
{
    public sealed record Request
    {
        public Guid? PartId { get; init; }
        public string? Text { get; init; }
        /// <summary>Keep it to oneself: the other members never see it (the coordinator never sees any reflection).</summary>
        public bool IsPrivate { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var found = await GroupRoster.PartToTakeUpAsync(db, access, actor, groupId, r.PartId ?? Guid.Empty, ct);
            if (!found.Succeeded) return Result<Unit>.Fail(found.Errors);
            var (group, part) = found.Value;
            var me = actor.UserId;
            var mine = await db.GroupReflections.FirstOrDefaultAsync(x => x.PartId == part.Id && x.AuthorId == me, ct);
            if (mine is not null)
            {
                var rewritten = mine.Rewrite(group, r.Text, r.IsPrivate, reader.UtcNow);
                return rewritten.Succeeded ? await GroupRoster.SaveAsync(db, ct) : rewritten;
            }
            var written = GroupReflection.Write(group, part, me, r.Text, r.IsPrivate, reader.UtcNow);
            if (!written.Succeeded) return Result<Unit>.Fail(written.Errors);
            db.GroupReflections.Add(written.Value!);
            return await GroupRoster.SaveAsync(db, ct);
        }
    }
}
