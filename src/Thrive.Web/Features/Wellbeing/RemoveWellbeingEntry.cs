namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// The owner deletes one of their entries for good: a check-in, a stressor (its strategies go with it) or a win; or one
/// coping strategy of a stressor. Whoever it was shared with cannot read it any more.
/// </summary>
public static class RemoveWellbeingEntry
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, WellbeingEntryKind kind, Guid id, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, WritePermission(kind), id, ct)).Denied is { } denied) return denied;
            var removed = kind switch
            {
                WellbeingEntryKind.CheckIn => await db.WellbeingCheckIns.Where(c => c.Id == id).ExecuteDeleteAsync(ct),
                WellbeingEntryKind.Stressor => await db.Stressors.Where(c => c.Id == id).ExecuteDeleteAsync(ct),
                _ => await db.Wins.Where(c => c.Id == id).ExecuteDeleteAsync(ct),
            };
            return removed == 1 ? Result.Ok() : Error.NotFound("Entry");
        }

        /// <summary>Deletes one strategy of the reader's stressor, with its tries.</summary>
        public async Task<Result<Unit>> DropStrategyAsync(Actor actor, Guid stressorId, Guid strategyId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Wellbeing.WriteStressor, stressorId, ct)).Denied is { } denied) return denied;
            var removed = await db.CopingStrategies.Where(s => s.Id == strategyId && s.StressorId == stressorId).ExecuteDeleteAsync(ct);
            return removed == 1 ? Result.Ok() : Error.NotFound("Strategy");
        }

        /// <summary>Who may change an entry of a kind: its owner.</summary>
        public static Permission WritePermission(WellbeingEntryKind kind) => kind switch
        {
            WellbeingEntryKind.CheckIn => Policy.Wellbeing.WriteCheckIn,
            WellbeingEntryKind.Stressor => Policy.Wellbeing.WriteStressor,
            _ => Policy.Wellbeing.WriteWin,
        };
    }
}
