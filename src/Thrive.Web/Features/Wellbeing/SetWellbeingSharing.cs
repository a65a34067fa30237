namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// The reader's wellbeing settings: share the summary (the trend, without notes) with their mentoring partner, and
/// raise (or lower) the "would like support" flag, the only thing the programme's coordinator ever sees.
/// </summary>
public static class SetWellbeingSharing
{
    public sealed record Request
    {
        public bool ShareSummary { get; init; }
        public bool WouldLikeSupport { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Unit>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var journal = await db.WellbeingJournals.FirstOrDefaultAsync(j => j.OwnerId == actor.UserId && j.ProgrammeId == programmeId, ct);
            if (journal is null) db.WellbeingJournals.Add(journal = WellbeingJournal.Start(programmeId, actor.UserId, reader.UtcNow));
            journal.Set(r.ShareSummary, r.WouldLikeSupport, reader.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Error.Conflict("Your settings were just saved in another tab; reload and try again.", null, "stale"); }
            return Result.Ok();
        }
    }
}
