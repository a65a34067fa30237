using Thrive.Web.Features.Goals;

namespace Thrive.Web.Features.Groups;

/// <summary>
/// A member lets the group back one of their goals (or none): the goal's measure then counts the chapters or parts
/// they read, or the meetings they attend, from the group's record, and the values are written at once. The goal
/// must be their own, open and measurable, and measured by nothing else (a commitment, role exploration, another group).
/// </summary>
public static class BackGoal
{
    public sealed record Request
    {
        public Guid? GoalId { get; init; }
        public GoalFollows Follows { get; init; } = GoalFollows.ChaptersRead;
    }

    /// <summary>A goal the group may back: the member's own open goals with a metric and a target.</summary>
    public sealed record Choice(Guid Id, string Title, string Metric);

    public const int ChoicesMax = 100;

    /// <summary>The reader's goals the group could back (their open goals with a measure), newest first, with the one it backs now.</summary>
    public static Task<List<Choice>> ChoicesAsync(ThriveDbContext db, Guid ownerId, Guid? backed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Goals.Where(g => g.OwnerId == ownerId && (g.Id == backed
                || ((g.Status == GoalStatus.Draft || g.Status == GoalStatus.Active) && g.Smart.Metric != "" && g.Smart.Target != null)))
            .OrderByDescending(g => g.CreatedAt).ThenBy(g => g.Id).Take(ChoicesMax)
            .Select(g => new Choice(g.Id, g.Title, g.Smart.Metric)).AsNoTracking().ToListAsync(ct);
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, GroupGoalFeed feed)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Group.TakePart, groupId, ct)).Denied is { } denied) return denied;
            var me = actor.UserId;
            if (r.GoalId is { } goalId && await CheckGoalAsync(goalId, me, groupId, ct) is { } wrong) return wrong;
            var group = await db.Groups.FirstAsync(g => g.Id == groupId, ct);
            var member = await db.GroupMembers.FirstAsync(m => m.GroupId == groupId && m.UserId == me, ct);
            var backed = member.BackGoal(group, r.GoalId, r.Follows);
            if (!backed.Succeeded) return backed;
            await feed.StageAsync(groupId, me, reader.UtcNow, ct, only: me, unbacked: true); // "none" takes off what the group wrote
            return await GroupRoster.SaveAsync(db, ct, "The goal was just changed in another tab; reload and try again.");
        }

        /// <summary>One of the member's own open goals, with a measure, that nothing else measures.</summary>
        private Task<Error?> CheckGoalAsync(Guid goalId, Guid ownerId, Guid groupId, CancellationToken ct) =>
            GoalFeeds.RefusalAsync(db, goalId, new(FeedSource.Group, ownerId, null, groupId, nameof(Request.GoalId), nameof(Request.GoalId), "choose another goal."), ct);
    }
}
