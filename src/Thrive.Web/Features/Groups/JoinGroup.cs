namespace Thrive.Web.Features.Groups;

/// <summary>A mentor or mentee who may take part joins an open group, while it has places.</summary>
public static class JoinGroup
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, MeetingInvitations invitations)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Group.Join, groupId, ct)).Denied is { } denied) return denied;
            var (group, roster) = await GroupRoster.LoadAsync(db, groupId, ct);
            var admitted = group.Admit(roster, actor.UserId, invited: false, reader.UtcNow);
            if (!admitted.Succeeded) return Result<Unit>.Fail(admitted.Errors);
            db.GroupMembers.Add(admitted.Value!);
            var saved = await GroupRoster.SaveAsync(db, ct);
            if (saved.Succeeded) await invitations.WelcomedAsync(group, actor.UserId, ct); // the meetings already scheduled reach their calendar too
            return saved;
        }
    }
}
