namespace Thrive.Web.Features.Roles;

/// <summary>
/// Keeps the measure of the goal that follows the conversation count in step with the conversations: the values it
/// wrote are brought in line (added, changed, removed, or moved to a newly chosen goal), staged on the caller's
/// context with the conversation change that caused them, so that both are saved together.
/// </summary>
public sealed class ConversationGoalFeed(ThriveDbContext db)
{
    /// <summary>Ten years of a conversation a day at most.</summary>
    public const int HistoryLimit = 3_700;

    /// <summary>Stages the measure values for the owner's conversations as the context holds them (saved or pending); the caller saves once.</summary>
    public async Task StageAsync(Guid ownerId, Guid programmeId, Guid? goalId, Guid actorId, DateTimeOffset now, CancellationToken ct)
    {
        var written = await db.MeasureEntries.Where(m => m.FromConversations && db.Goals.Any(g => g.Id == m.GoalId && g.OwnerId == ownerId && g.ProgrammeId == programmeId))
            .OrderBy(m => m.Date).ThenBy(m => m.Id).Take(HistoryLimit).ToListAsync(ct);
        var wanted = new Dictionary<(Guid Goal, DateOnly Date), GoalPoint>();
        if (goalId is { } goal)
        {
            var baseline = await db.Goals.Where(g => g.Id == goal).Select(g => g.Smart.Baseline).FirstOrDefaultAsync(ct);
            wanted = RolesMap.GoalPoints(baseline, await FactsAsync(ownerId, programmeId, ct)).ToDictionary(p => (goal, p.Date));
        }
        Goals.GoalFeeds.Reconcile(db, written, wanted, (goal, p) => MeasureEntry.FromRoleConversations(goal, p.Date, p.Value, p.Note, actorId, now), now);
    }

    /// <summary>The owner's conversations: those stored, with the ones this context adds, changes or removes in their place.</summary>
    private async Task<List<ConversationFact>> FactsAsync(Guid ownerId, Guid programmeId, CancellationToken ct)
    {
        var local = db.ChangeTracker.Entries<RoleConversation>().Where(e => e.Entity.OwnerId == ownerId && e.Entity.ProgrammeId == programmeId).ToList();
        var localIds = local.Select(e => e.Entity.Id).ToList();
        var stored = await db.RoleConversations.AsNoTracking().Where(c => c.OwnerId == ownerId && c.ProgrammeId == programmeId && !localIds.Contains(c.Id))
            .OrderBy(c => c.HeldOn).ThenBy(c => c.Id).Take(HistoryLimit)
            .Select(c => new ConversationFact(c.RoleKey, c.Role, c.HeldOn, c.Fit, c.PersonName)).ToListAsync(ct);
        stored.AddRange(local.Where(e => e.State != EntityState.Deleted).Select(e => Fact(e.Entity)));
        return stored;
    }

    private static ConversationFact Fact(RoleConversation c) => new(c.RoleKey, c.Role, c.HeldOn, c.Fit, c.PersonName);

    /// <summary>The goal the owner's conversation count feeds, if any.</summary>
    public Task<Guid?> GoalOfAsync(Guid ownerId, Guid programmeId, CancellationToken ct) =>
        db.RoleExplorations.Where(x => x.OwnerId == ownerId && x.ProgrammeId == programmeId).Select(x => x.GoalId).FirstOrDefaultAsync(ct);
}
