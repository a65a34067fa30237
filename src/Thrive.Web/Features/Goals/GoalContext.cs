namespace Thrive.Web.Features.Goals;

/// <summary>What the SMART coach needs to know about a goal's owner: the programme's end and the hours left.</summary>
public sealed class GoalContext(ThriveDbContext db, ReaderClock reader)
{
    /// <summary>Programme end, hours left after the owner's other active goals, and how many of those there are.</summary>
    public async Task<SmartContext> SmartContextAsync(Guid ownerId, Guid programmeId, Guid? exceptGoalId, CancellationToken ct)
    {
        var end = await db.Programmes.Where(p => p.Id == programmeId).Select(p => new { p.StartDate, p.LengthWeeks }).FirstOrDefaultAsync(ct);
        var budget = await db.Users.Where(u => u.Id == ownerId).Select(u => u.GoalHoursPerWeek).FirstOrDefaultAsync(ct);
        // Hours are decimals, which SQLite cannot sum: the handful of active goals is summed here.
        var others = await db.Goals.Where(g => g.OwnerId == ownerId && g.ProgrammeId == programmeId && g.Status == GoalStatus.Active && g.Id != exceptGoalId)
            .OrderBy(g => g.Id).Select(g => g.Smart.HoursPerWeek).Take(50).ToListAsync(ct);
        var available = budget is { } b ? Math.Max(0, b - others.Sum(h => h ?? 0)) : (decimal?)null;
        return new SmartContext(reader.Today, end is null ? null : end.StartDate.AddDays(end.LengthWeeks * 7 - 1), available, others.Count);
    }
}
