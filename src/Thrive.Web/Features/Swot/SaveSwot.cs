namespace Thrive.Web.Features.Swot;

/// <summary>
/// The reader saves their SWOT's four lists onto its latest revision (starting the SWOT on first save). Unchanged lines
/// keep their identity, and with it their links to goals and to each other.
/// </summary>
public static class SaveSwot
{
    /// <summary>The four lists, one item per line, and the version of the latest revision the reader opened (none for a first save).</summary>
    public sealed record Request
    {
        public string? Strengths { get; init; }
        public string? Weaknesses { get; init; }
        public string? Opportunities { get; init; }
        public string? Threats { get; init; }
        public Guid? Version { get; init; }

        public string? List(SwotQuadrant q) => q switch
        {
            SwotQuadrant.Strength => Strengths, SwotQuadrant.Weakness => Weaknesses, SwotQuadrant.Opportunity => Opportunities, _ => Threats,
        };

        /// <summary>The request's field for a quadrant (where its errors belong).</summary>
        public static string FieldOf(SwotQuadrant q) => q switch
        {
            SwotQuadrant.Strength => nameof(Strengths), SwotQuadrant.Weakness => nameof(Weaknesses), SwotQuadrant.Opportunity => nameof(Opportunities), _ => nameof(Threats),
        };

        public static Request From(IEnumerable<GetSwot.Item> items, Guid? version)
        {
            var all = items.ToList();
            string Lines(SwotQuadrant q) => string.Join('\n', all.Where(i => i.Quadrant == q).Select(i => i.Text));
            return new()
            {
                Strengths = Lines(SwotQuadrant.Strength), Weaknesses = Lines(SwotQuadrant.Weakness),
                Opportunities = Lines(SwotQuadrant.Opportunity), Threats = Lines(SwotQuadrant.Threat), Version = version,
            };
        }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        /// <summary>Saves the reader's SWOT in their newest place; the result is the SWOT's id.</summary>
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var errors = new List<Error>();
            var parsed = new Dictionary<SwotQuadrant, IReadOnlyList<string>>();
            foreach (var q in Enum.GetValues<SwotQuadrant>())
            {
                var lines = SwotPrompts.Lines(q, r.List(q));
                if (lines.Succeeded) parsed[q] = lines.Value!;
                else errors.AddRange(lines.Errors.Select(e => e with { Field = Request.FieldOf(q) }));
            }
            if (errors.Count > 0) return Result<Guid>.Fail(errors);
            var programmeId = place.Value!.ProgrammeId;
            var now = reader.UtcNow;
            var analysis = await db.SwotAnalyses.FirstOrDefaultAsync(a => a.OwnerId == actor.UserId && a.ProgrammeId == programmeId, ct);
            SwotRevision revision;
            if (analysis is null)
            {
                analysis = SwotAnalysis.Start(programmeId, actor.UserId, now);
                db.SwotAnalyses.Add(analysis);
                revision = SwotRevision.First(analysis.Id, now);
                db.SwotRevisions.Add(revision);
            }
            else
            {
                revision = await db.SwotRevisions.Where(x => x.AnalysisId == analysis.Id).OrderByDescending(x => x.Number).FirstAsync(ct);
                if (r.Version is { } v && v != revision.Version) return Stale("Your SWOT was saved elsewhere after you opened it. Your text is still in the form: compare, then save again.");
                db.Entry(revision).Property(x => x.Version).OriginalValue = revision.Version;
                revision.Touch(now);
            }
            await KeepOrReplaceItemsAsync(revision.Id, parsed, ct);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Stale("Your SWOT was saved elsewhere at the same moment. Reload and try again."); }
            return analysis.Id;
        }

        /// <summary>Lines already there move to their new place; new lines are added; lines gone take their links with them.</summary>
        private async Task KeepOrReplaceItemsAsync(Guid revisionId, Dictionary<SwotQuadrant, IReadOnlyList<string>> parsed, CancellationToken ct)
        {
            var current = await db.SwotItems.Where(i => i.RevisionId == revisionId).ToListAsync(ct);
            var keep = new HashSet<Guid>();
            foreach (var (q, lines) in parsed)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    var match = current.FirstOrDefault(c => c.Quadrant == q && c.Text == lines[i] && !keep.Contains(c.Id));
                    if (match is null) db.SwotItems.Add(SwotItem.Of(revisionId, q, lines[i], i));
                    else { match.MoveTo(i); keep.Add(match.Id); }
                }
            }
            var removed = current.Where(c => !keep.Contains(c.Id)).Select(c => c.Id).ToList();
            if (removed.Count == 0) return;
            db.SwotLinks.RemoveRange(await db.SwotLinks.Where(l => removed.Contains(l.FromItemId) || removed.Contains(l.ToItemId)).ToListAsync(ct));
            db.GoalSwotLinks.RemoveRange(await db.GoalSwotLinks.Where(l => removed.Contains(l.SwotItemId)).ToListAsync(ct));
            db.SwotItems.RemoveRange(current.Where(c => removed.Contains(c.Id)));
        }

        private static Error Stale(string message) => Error.Conflict(message, code: "stale");
    }
}
