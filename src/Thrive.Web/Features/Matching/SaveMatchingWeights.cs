namespace Thrive.Web.Features.Matching;

/// <summary>The coordinator sets how much each factor counts and what the proposal aims for.</summary>
public static class SaveMatchingWeights
{
    public sealed record Request
    {
        public Importance? Stack { get; init; }
        public Importance? Focus { get; init; }
        public Importance? Experience { get; init; }
        public Importance? TimeZone { get; init; }
        public Importance? Interests { get; init; }

        /// <summary>The mentee's wished mentor type against the mentor's quiz; left out, it is not important.</summary>
        public Importance? MentorType { get; init; }
        public MatchObjective? Objective { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Pair.Propose, programmeId, ct)).Denied is { } denied) return denied;
            var missing = new Validate()
                .That(r.Stack is not null, nameof(Request.Stack), "Choose how important the tech stack is.")
                .That(r.Focus is not null, nameof(Request.Focus), "Choose how important the focus areas are.")
                .That(r.Experience is not null, nameof(Request.Experience), "Choose how important the experience gap is.")
                .That(r.TimeZone is not null, nameof(Request.TimeZone), "Choose how important the time-zone overlap is.")
                .That(r.Interests is not null, nameof(Request.Interests), "Choose how important shared interests are.")
                .That(r.Objective is not null, nameof(Request.Objective), "Choose what the proposal aims for.");
            if (!missing.Ok) return Result<Unit>.Fail(missing.Errors);

            var settings = await db.MatchingSettings.FirstOrDefaultAsync(s => s.ProgrammeId == programmeId, ct);
            if (settings is null) db.MatchingSettings.Add(settings = MatchingSettings.For(programmeId));
            var changed = settings.Change(new MatchingWeights(r.Stack!.Value, r.Focus!.Value, r.Experience!.Value, r.TimeZone!.Value, r.Interests!.Value, r.MentorType ?? Importance.NotImportant), r.Objective!.Value);
            if (!changed.Succeeded) return changed;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueKeyViolation())
            { return Error.Conflict("Another coordinator saved the weights at the same moment. Reload to see theirs.", code: "stale"); }
            return Result.Ok();
        }
    }
}
