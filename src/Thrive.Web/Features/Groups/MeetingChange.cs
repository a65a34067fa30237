namespace Thrive.Web.Features.Groups;

/// <summary>
/// What the use cases on one group meeting share once access is granted: the meeting (not found for another group's)
/// with its group, and one save where a lost race (a facilitator moving it while a member answers in another tab) is a 409.
/// </summary>
public static class MeetingChange
{
    public static async Task<Result<(Group Group, GroupMeeting Meeting)>> LoadAsync(ThriveDbContext db, Access access, Actor actor, Permission permission,
        Guid groupId, Guid meetingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        if ((await access.CheckAsync(actor, permission, groupId, ct)).Denied is { } denied) return denied;
        var meeting = await db.GroupMeetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.GroupId == groupId, ct);
        if (meeting is null) return Error.NotFound("Meeting");
        return (await db.Groups.FirstAsync(g => g.Id == groupId, ct), meeting);
    }

    public static Task<Result<Unit>> SaveAsync(ThriveDbContext db, CancellationToken ct) =>
        GroupRoster.SaveAsync(db, ct, "The meeting changed in the meantime (moved, cancelled or answered from another tab). Reload and try again.");

    /// <summary>
    /// The whole of a small change: the grant and the meeting, the <paramref name="change"/> (which asks the domain and
    /// adds any new row), and one save; a refusal at any step is the answer and nothing is saved.
    /// </summary>
    public static async Task<Result<Unit>> ApplyAsync<T>(ThriveDbContext db, Access access, Actor actor, Permission permission, Guid groupId, Guid meetingId,
        Func<Group, GroupMeeting, Task<Result<T>>> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var loaded = await LoadAsync(db, access, actor, permission, groupId, meetingId, ct);
        if (!loaded.Succeeded) return Result<Unit>.Fail(loaded.Errors);
        var changed = await change(loaded.Value.Group, loaded.Value.Meeting);
        return changed.Succeeded ? await SaveAsync(db, ct) : Result<Unit>.Fail(changed.Errors);
    }

    /// <summary>The domain's field names (SharedNotes, CancelReason) as the request names them (Text, Reason).</summary>
    public static Result<Unit> OnField(Result<Unit> r, string domain, string request)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Succeeded ? r : Result<Unit>.Fail(r.Errors.Select(e => e.Field == domain ? e with { Field = request } : e).ToList());
    }

    /// <summary>The group's scheduled meetings that have not ended: what a new or moved meeting must not overlap.</summary>
    public static async Task<List<(DateTimeOffset Start, DateTimeOffset End)>> TakenAsync(ThriveDbContext db, Guid groupId, Guid? except, DateTimeOffset now,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.GroupMeetings.Where(m => m.GroupId == groupId && m.Status == MeetingStatus.Scheduled && m.EndUtc > now && m.Id != except)
            .OrderBy(m => m.StartUtc).ThenBy(m => m.Id).Take(ListMeetings.Max).Select(m => new { m.StartUtc, m.EndUtc }).AsNoTracking().ToListAsync(ct);
        return rows.Select(r => (r.StartUtc, r.EndUtc)).ToList();
    }

    /// <summary>The ids of the group's members now: a member removed while a meeting is open no longer counts.</summary>
    public static Task<List<Guid>> RosterAsync(ThriveDbContext db, Guid groupId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GroupMembers.Where(m => m.GroupId == groupId).OrderBy(m => m.UserId).Select(m => m.UserId).Take(GroupDetails.CapacityMax).ToListAsync(ct);
    }
}
