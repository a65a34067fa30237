namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// One entry, as its owner or (while the owner shares it) their mentoring partner reads it. Read after the owner
/// withdrew it, the partner gets a clear "no longer shared" and nothing of its content.
/// </summary>
public static class GetWellbeingEntry
{
    /// <summary>Exactly one of the three is set, after the kind asked for.</summary>
    public sealed record View(WellbeingCheckIn? CheckIn, StressorRow? Stressor, Win? Win);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, WellbeingEntryKind kind, Guid id, CancellationToken ct)
        {
            var permission = kind switch
            {
                WellbeingEntryKind.CheckIn => Policy.Wellbeing.ReadCheckIn,
                WellbeingEntryKind.Stressor => Policy.Wellbeing.ReadStressor,
                _ => Policy.Wellbeing.ReadWin,
            };
            if (WellbeingOwner.Refusal(await access.CheckAsync(actor, permission, id, ct)) is { } refused) return refused;
            return kind switch
            {
                WellbeingEntryKind.CheckIn => new View(await db.WellbeingCheckIns.AsNoTracking().FirstAsync(c => c.Id == id, ct), null, null),
                WellbeingEntryKind.Stressor => new View(null,
                    (await WellbeingRows.WithStrategiesAsync(db, [await db.Stressors.AsNoTracking().FirstAsync(c => c.Id == id, ct)], ct))[0], null),
                _ => new View(null, null, await db.Wins.AsNoTracking().FirstAsync(c => c.Id == id, ct)),
            };
        }
    }
}
