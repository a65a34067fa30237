namespace Thrive.Web.Features.Sessions;

/// <summary>A pair's sessions, oldest first, each at its time in the reader's own zone; for the pair's two members.</summary>
public static class ListSessions
{
    public const int Max = 200;

    public sealed record Row(Guid Id, DateTimeOffset StartUtc, string YourTime, SessionStatus Status, bool AgendaShared, bool CancelledLate);

    /// <param name="TimeZone">The reader's zone, in which <see cref="Row.YourTime"/> is written and the schedule form starts.</param>
    public sealed record View(Guid PairId, string MenteeName, string MentorName, PairSide Side, string TimeZone, bool CanSchedule, IReadOnlyList<Row> Sessions);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Session.List, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var people = await SessionPeople.OfPairAsync(db, pairId, ct);
            var zone = reader.TimeZone;
            var rows = await db.Sessions.AsNoTracking().Where(s => s.PairId == pairId).OrderBy(s => s.StartUtc).ThenBy(s => s.Id).Take(Max)
                .Select(s => new { s.Id, s.StartUtc, s.Status, Shared = s.AgendaSharedAt != null, s.CancelledLate }).ToListAsync(ct);
            return new View(pairId, people.MenteeName, people.MentorName, grant.Side, zone, grant.May(Policy.Session.Schedule),
                rows.Select(s => new Row(s.Id, s.StartUtc, SessionPeople.At(s.StartUtc, zone), s.Status, s.Shared, s.CancelledLate)).ToList());
        }
    }
}
