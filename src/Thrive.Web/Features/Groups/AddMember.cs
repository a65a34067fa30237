namespace Thrive.Web.Features.Groups;

/// <summary>A facilitator or the coordinator adds a mentor or mentee to the group (the way into a group by invitation).</summary>
public static class AddMember
{
    public sealed record Request(Guid? UserId);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, MeetingInvitations invitations)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Group.Manage, groupId, ct);
            if (grant.Denied is { } denied) return denied;
            var (group, roster) = await GroupRoster.LoadAsync(db, groupId, ct);
            if (r.UserId is not { } userId || !await GroupCandidates.Of(db, group.ProgrammeId).AnyAsync(p => p.UserId == userId, ct))
                return Error.Validation(nameof(Request.UserId), "Choose a mentor or mentee who may take part in this group.");
            var admitted = group.Admit(roster, userId, invited: true, reader.UtcNow);
            if (!admitted.Succeeded) return Result<Unit>.Fail(admitted.Errors);
            db.GroupMembers.Add(admitted.Value!);
            var saved = await GroupRoster.SaveAsync(db, ct);
            if (saved.Succeeded) await invitations.WelcomedAsync(group, userId, ct); // the meetings already scheduled reach their calendar too
            return saved;
        }
    }
}
