using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Goals;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;

namespace Thrive.Web.Features.Goals;

/// <summary>Where a person's goals live (their place as mentor or mentee in a programme) and what the SMART coach needs to know.</summary>
public sealed class GoalContext(ThriveDbContext db, TimeProvider clock)
{
    public sealed record Place(Guid ProgrammeId, string ProgrammeName, ParticipantRole Role, DateOnly ProgrammeEnd);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The accepted mentor or mentee places of a person, newest programme first.</summary>
    public async Task<IReadOnlyList<Place>> PlacesAsync(Guid userId, CancellationToken ct)
    {
        var rows = await db.Participants.Where(p => p.UserId == userId && p.Status == ApplicationStatus.Accepted && p.Role != ParticipantRole.Coordinator)
            .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new { p.Role, g })
            .OrderByDescending(x => x.g.StartDate).Take(20).AsNoTracking().ToListAsync(ct);
        return rows.Select(x => new Place(x.g.Id, x.g.Name, x.Role, x.g.EndDate)).ToList();
    }

    public async Task<Place?> PlaceAsync(Guid userId, Guid? programmeId, CancellationToken ct)
    {
        var places = await PlacesAsync(userId, ct);
        return programmeId is { } id ? places.FirstOrDefault(p => p.ProgrammeId == id) : places.Count > 0 ? places[0] : null;
    }

    /// <summary>Programme end, hours left after the owner's other active goals, and how many of those there are.</summary>
    public async Task<SmartContext> SmartContextAsync(Guid ownerId, Guid programmeId, Guid? exceptGoalId, CancellationToken ct)
    {
        var end = await db.Programmes.Where(p => p.Id == programmeId).Select(p => new { p.StartDate, p.LengthWeeks }).FirstOrDefaultAsync(ct);
        var budget = await db.Users.Where(u => u.Id == ownerId).Select(u => u.GoalHoursPerWeek).FirstOrDefaultAsync(ct);
        // Hours are decimals, which SQLite cannot sum: the handful of active goals is summed here.
        var others = await db.Goals.Where(g => g.OwnerId == ownerId && g.ProgrammeId == programmeId && g.Status == GoalStatus.Active && g.Id != exceptGoalId)
            .OrderBy(g => g.Id).Select(g => g.Smart.HoursPerWeek).Take(50).ToListAsync(ct);
        var available = budget is { } b ? Math.Max(0, b - others.Sum(h => h ?? 0)) : (decimal?)null;
        return new SmartContext(Today, end is null ? null : end.StartDate.AddDays(end.LengthWeeks * 7 - 1), available, others.Count);
    }
}
