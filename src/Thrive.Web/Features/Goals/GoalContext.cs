namespace Thrive.Web.Features.Goals;

/// <summary>What the SMART coach needs to know about a goal's owner: the programme's end and the hours left.</summary>
public sealed class GoalContext(ThriveDbContext db, ReaderClock reader)
{
    /// <summary>Programme end, hours left after the owner's other active goals, and how many of those there are.</summary>
    public async Task<SmartContext> SmartContextAsync(Guid ownerId, Guid programmeId, Guid? exceptGoalId, CancellationToken ct)
    {
        // Two queries: the owner's pairs, then the programme's dates, the owner's hours a week and, for "before our next
        // session", the owner's next planned session in this programme (shown on the reader's calendar).
        var now = reader.UtcNow;
        // The owner's pairs in this programme first (by mentee or mentor): given as a list, SQLite reads their sessions by
        // pair; joined or nested, it preferred walking every planned session of the installation in time order (3 to 4
        // ms a goal page at 10,000 participants).
        var pairs = await db.Pairs.Where(x => (x.MenteeId == ownerId || x.MentorId == ownerId) && x.ProgrammeId == programmeId)
            .OrderBy(x => x.Id).Select(x => x.Id).Take(50).ToListAsync(ct);
        var facts = await db.Programmes.Where(p => p.Id == programmeId).Select(p => new
        {
            p.StartDate,
            p.LengthWeeks,
            Budget = db.Users.Where(u => u.Id == ownerId).Select(u => u.GoalHoursPerWeek).FirstOrDefault(),
            Next = db.Sessions.Where(s => pairs.Contains(s.PairId) && s.Status == SessionStatus.Scheduled && s.StartUtc >= now)
                .OrderBy(s => s.StartUtc).Select(s => (DateTimeOffset?)s.StartUtc).FirstOrDefault(),
        }).FirstOrDefaultAsync(ct);
        // Hours are decimals, which SQLite cannot sum: the handful of active goals is summed here.
        var others = await db.Goals.Where(g => g.OwnerId == ownerId && g.ProgrammeId == programmeId && g.Status == GoalStatus.Active && g.Id != exceptGoalId)
            .OrderBy(g => g.Id).Select(g => g.Smart.HoursPerWeek).Take(50).ToListAsync(ct);
        var available = facts?.Budget is { } b ? Math.Max(0, b - others.Sum(h => h ?? 0)) : (decimal?)null;
        return new SmartContext(reader.Today, facts is null ? null : facts.StartDate.AddDays(facts.LengthWeeks * 7 - 1), available, others.Count,
            facts?.StartDate, facts?.Next is { } at ? TimeZones.LocalDate(at, reader.TimeZone) : null);
    }
}
