namespace Thrive.Web.Features.Matching;

/// <summary>
/// The coordinator turns mentee-choice mode on or off, and sets after how many days without an answer a request passes
/// to the mentee's next choice (1 to 30; left out, it stays as it is); requests already made stay as they are.
/// </summary>
public static class LetMenteesChoose
{
    public sealed record Request
    {
        public bool On { get; init; }
        public int? PassOnDays { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.MentorRequest.List, programmeId, ct)).Denied is { } denied) return denied;
            var settings = await db.MatchingSettings.FirstOrDefaultAsync(s => s.ProgrammeId == programmeId, ct);
            if (settings is null) db.MatchingSettings.Add(settings = MatchingSettings.For(programmeId));
            settings.LetMenteesChoose(r.On);
            if (r.PassOnDays is { } days && settings.PassOnAfter(days) is { Succeeded: false } refused)
            {
                db.ChangeTracker.Clear();
                return refused;
            }
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueKeyViolation())
            { return Error.Conflict("Someone changed the matching settings at the same moment; reload and try again.", code: "stale"); }
            return Result.Ok();
        }
    }
}
