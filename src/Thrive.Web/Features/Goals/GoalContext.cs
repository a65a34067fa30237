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
        // "Before our next session" means the owner's next planned session in this programme, on the reader's calendar.
        var now = reader.UtcNow;
        var next = await db.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartUtc >= now
                && db.Pairs.Any(p => p.Id == s.PairId && p.ProgrammeId == programmeId && (p.MenteeId == ownerId || p.MentorId == ownerId)))
            .OrderBy(s => s.StartUtc).Select(s => (DateTimeOffset?)s.StartUtc).FirstOrDefaultAsync(ct);
        return new SmartContext(reader.Today, end is null ? null : end.StartDate.AddDays(end.LengthWeeks * 7 - 1), available, others.Count,
            end?.StartDate, next is { } at ? TimeZones.LocalDate(at, reader.TimeZone) : null);
    }
}
