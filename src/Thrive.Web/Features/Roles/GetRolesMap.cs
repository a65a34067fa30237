namespace Thrive.Web.Features.Roles;

/// <summary>
/// Role exploration at a glance: the roles map (interest and conversations per role, roles not explored yet), the
/// person's roles and question bank, the goal that follows the conversation count and the weekly commitment. A fixed
/// number of queries, whatever the size of the log.
/// </summary>
public static class GetRolesMap
{
    /// <summary>A goal the conversation count can feed (one with a measure).</summary>
    public sealed record GoalChoice(Guid Id, string Title, string Metric);

    public sealed record CommitmentRef(Guid Id, string Sentence);

    public sealed record View(Guid OwnerId, string OwnerName, bool CanWrite, DateOnly Today, int Conversations, IReadOnlyList<RoleInterest> Map,
        IReadOnlyList<RoleRow> Roles, IReadOnlyList<BankQuestion> Bank, GoalChoice? Goal, IReadOnlyList<GoalChoice> Goals, CommitmentRef? Commitment)
    {
        public RoleInterest? Top => RolesMap.Top(Map);
        public int RolesExplored => Map.Count(r => r.Explored);
        public DateOnly? LastHeldOn => Map.Max(r => r.LastHeldOn);
        public IReadOnlyList<RoleRow> Shown => Roles.Where(r => !r.Hidden).ToList();
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? ownerId, CancellationToken ct)
        {
            var found = await ToolOwner.FindAsync(places, access, actor, ownerId, Policy.Roles.List, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            var tallies = await RoleList.TalliesAsync(db, o.OwnerId, o.ProgrammeId, ct);
            var roles = RoleList.Of(await RoleList.RowsAsync(db, o.OwnerId, o.ProgrammeId, ct));
            var bank = RoleList.Bank(await RoleList.OwnQuestionsAsync(db, o.OwnerId, o.ProgrammeId, ct));
            var x = await db.RoleExplorations.AsNoTracking().FirstOrDefaultAsync(e => e.OwnerId == o.OwnerId && e.ProgrammeId == o.ProgrammeId, ct);
            var goals = await db.Goals.AsNoTracking().Where(g => g.OwnerId == o.OwnerId && g.ProgrammeId == o.ProgrammeId && g.Smart.Metric != "" && g.Smart.Target != null)
                .OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Take(50).Select(g => new GoalChoice(g.Id, g.Title, g.Smart.Metric)).ToListAsync(ct);
            var commitment = x?.CommitmentId is { } cid
                ? (await db.Commitments.AsNoTracking().Where(c => c.Id == cid && !c.Archived).ToListAsync(ct)).Select(c => new CommitmentRef(c.Id, c.Sentence())).FirstOrDefault()
                : null;
            var name = await db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var map = RolesMap.Of(roles.Where(r => !r.Hidden).Select(r => r.Name), tallies);
            return new View(o.OwnerId, name, o.Grant.May(Policy.Roles.Write), reader.Today, tallies.Sum(t => t.Conversations), map, roles, bank,
                goals.FirstOrDefault(g => g.Id == x?.GoalId), o.Grant.May(Policy.Roles.Write) ? goals : [], commitment);
        }
    }
}
