namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// For the programme's coordinators: who would like support, since when, and their pair. Only the flag: no check-in,
/// stressor, win, trend or signal is read here.
/// </summary>
public static class ListSupportRequests
{
    public const int Shown = 50;

    public sealed record SupportRequest(Guid PersonId, string Name, DateTimeOffset Since, Guid? PairId);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<IReadOnlyList<SupportRequest>>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Wellbeing.SupportRequests, programmeId, ct)).Denied is { } denied) return denied;
            var rows = await db.WellbeingJournals.AsNoTracking().Where(j => j.ProgrammeId == programmeId && j.WouldLikeSupport)
                .Join(db.Users, j => j.OwnerId, u => u.Id, (j, u) => new
                {
                    j.OwnerId, u.DisplayName, j.SupportAskedAt, j.UpdatedAt,
                    PairId = db.Pairs.Where(p => p.ProgrammeId == programmeId && (p.MenteeId == j.OwnerId || p.MentorId == j.OwnerId)
                        && (p.State == PairState.Active || p.State == PairState.Completed)).Select(p => (Guid?)p.Id).FirstOrDefault(),
                })
                .OrderBy(x => x.DisplayName).ThenBy(x => x.OwnerId).Take(Shown).ToListAsync(ct);
            return rows.Select(x => new SupportRequest(x.OwnerId, x.DisplayName, x.SupportAskedAt ?? x.UpdatedAt, x.PairId)).ToList();
        }
    }
}
