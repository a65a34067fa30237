namespace Thrive.Web.Features.Reminders;

public sealed partial class DueReminders
{
    /// <summary>A programme's week for its coordinators' digest: applications waiting, sessions in the next seven days, pairs at risk with their reasons.</summary>
    public sealed record ProgrammeWeek(Guid ProgrammeId, string Name, int ApplicationsWaiting, int SessionsThisWeek, IReadOnlyList<Health.PairHealthReader.PairHealthRow> AtRisk);

    /// <summary>Only for programmes whose coordinators' digest is due in this pass: the health read, then two grouped queries.</summary>
    private async Task<IReadOnlyList<ProgrammeWeek>> CoordinatorWeeksAsync(Snapshot s, DateTimeOffset now, int hour, CancellationToken ct)
    {
        var programmes = s.Coordinators.Where(c => ReminderRules.IsDigestDue(now, c.Person.TimeZone, hour)).Select(c => c.ProgrammeId).Distinct().ToList();
        if (programmes.Count == 0) return [];
        var rows = await health.ForAsync(programmes, now, DateOnly.FromDateTime(now.UtcDateTime), ct);
        var waiting = await db.Participants.Where(p => programmes.Contains(p.ProgrammeId) && p.Status == ApplicationStatus.Applied && p.Role != ParticipantRole.Coordinator)
            .GroupBy(p => p.ProgrammeId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var names = await db.Programmes.Where(p => programmes.Contains(p.Id)).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var pairProgramme = s.Pairs.ToDictionary(p => p.Id, p => p.ProgrammeId);
        return names.Select(n => new ProgrammeWeek(n.Id, n.Name, waiting.FirstOrDefault(w => w.Key == n.Id)?.N ?? 0,
            s.Sessions.Count(x => pairProgramme.TryGetValue(x.PairId, out var g) && g == n.Id && x.StartUtc >= now && x.StartUtc < now.AddDays(7)),
            rows.Where(r => r.ProgrammeId == n.Id && r.Status == HealthStatus.AtRisk).ToList())).ToList();
    }
}
