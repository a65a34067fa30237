namespace Thrive.Web.Features.Groups;

/// <summary>A member marks a part of the reading plan read, or not read after all.</summary>
public static class MarkPartRead
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, GroupGoalFeed feed)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid partId, bool read, CancellationToken ct)
        {
            var found = await GroupRoster.PartToTakeUpAsync(db, access, actor, groupId, partId, ct);
            if (!found.Succeeded) return Result<Unit>.Fail(found.Errors);
            var (group, part) = found.Value;
            if (group.ReadOnly() is { } archived) return archived;
            var me = actor.UserId;
            var existing = await db.PartsRead.FirstOrDefaultAsync(r => r.PartId == partId && r.UserId == me, ct);
            if (!read)
            {
                if (existing is null) return Result.Ok();
                db.PartsRead.Remove(existing);
                await feed.StageAsync(groupId, me, reader.UtcNow, ct, only: me);
                return await GroupRoster.SaveAsync(db, ct);
            }
            if (existing is not null) return Result.Ok(); // already read: a second click changes nothing
            var mark = PartRead.Mark(group, part, me, reader.UtcNow);
            if (!mark.Succeeded) return Result<Unit>.Fail(mark.Errors);
            db.PartsRead.Add(mark.Value!);
            await feed.StageAsync(groupId, me, reader.UtcNow, ct, only: me); // a goal the group backs counts the part at once
            var saved = await GroupRoster.SaveAsync(db, ct);
            return saved.Succeeded || saved.Errors[0].Code != "stale" ? saved : Result.Ok(); // another tab marked it at the same moment
        }
    }
}
