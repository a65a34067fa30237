namespace Thrive.Web.Features.Swot;

/// <summary>
/// A personal SWOT as one of its revisions (the latest by default), with its convergence links and comments: the
/// owner's own (empty until first saved) or, by id, one the reader may read (the owner's and their partner's only).
/// </summary>
public static class GetSwot
{
    public sealed record Item(Guid Id, SwotQuadrant Quadrant, string Text);
    public sealed record Link(Guid Id, SwotLinkKind Kind, Guid FromId, string From, Guid ToId, string To);
    public sealed record Comment(string AuthorName, string Body, DateTimeOffset At);

    /// <summary>A dated revision; its times in the reader's zone.</summary>
    public sealed record RevisionInfo(int Number, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    /// <summary>
    /// <see cref="IsOwner"/>: the reader's own SWOT; <see cref="CanWrite"/>: may revise it and link its items (on the
    /// latest revision); <see cref="CanComment"/>: may comment. <see cref="Version"/> is the latest revision's token.
    /// </summary>
    public sealed record View(Guid? AnalysisId, Guid OwnerId, string OwnerName, Guid ProgrammeId, string ProgrammeName, bool IsOwner, bool CanWrite,
        bool CanComment, IReadOnlyList<RevisionInfo> Revisions, int Shown, bool IsLatest, Guid Version, IReadOnlyList<Item> Items, IReadOnlyList<Link> Links,
        IReadOnlyList<Comment> Comments);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        /// <summary>The SWOT <paramref name="analysisId"/> at <paramref name="revision"/>, or the reader's own in their newest place when no id is given.</summary>
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? analysisId, int? revision, CancellationToken ct)
        {
            if (analysisId is { } id) return await ReadAsync(actor, id, revision, ct);
            var place = await places.FindAsync(actor.UserId, null, ct);
            if (place is null) return Error.Validation("", "You have no accepted place as a mentor or mentee yet.");
            var own = await db.SwotAnalyses.Where(a => a.OwnerId == actor.UserId && a.ProgrammeId == place.ProgrammeId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            if (own is { } existing) return await ReadAsync(actor, existing, revision, ct);
            // Nothing saved yet: an empty SWOT in the reader's own place, theirs to write.
            var name = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstAsync(ct);
            return new View(null, actor.UserId, name, place.ProgrammeId, place.ProgrammeName, true, true, false, [], 0, true, Guid.Empty, [], [], []);
        }

        private async Task<Result<View>> ReadAsync(Actor actor, Guid analysisId, int? revision, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Swot.Read, analysisId, ct);
            if (grant.Denied is { } denied) return denied;
            var zone = TimeZones.Find(reader.TimeZone);
            DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone);
            var revisions = await db.SwotRevisions.Where(r => r.AnalysisId == analysisId).OrderBy(r => r.Number)
                .Select(r => new { r.Id, r.Number, r.CreatedAt, r.UpdatedAt, r.Version }).ToListAsync(ct);
            var shown = revision is { } n ? revisions.FirstOrDefault(r => r.Number == n) : revisions.LastOrDefault();
            if (shown is null) return Error.NotFound("SWOT revision");
            var items = await db.SwotItems.Where(i => i.RevisionId == shown.Id).OrderBy(i => i.Quadrant).ThenBy(i => i.Position)
                .Select(i => new Item(i.Id, i.Quadrant, i.Text)).ToListAsync(ct);
            var links = await db.SwotLinks.Where(l => l.RevisionId == shown.Id).Select(l => new { l.Id, l.Kind, l.FromItemId, l.ToItemId }).ToListAsync(ct);
            var comments = await db.SwotComments.Where(c => c.AnalysisId == analysisId).OrderByDescending(c => c.CreatedAt).Take(100)
                .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new Comment(u.DisplayName, c.Body, c.CreatedAt)).ToListAsync(ct);
            var owner = await db.Users.Where(u => u.Id == grant.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var programme = await db.Programmes.Where(p => p.Id == grant.ProgrammeId).Select(p => p.Name).FirstAsync(ct);
            string Text(Guid id) => items.FirstOrDefault(i => i.Id == id)?.Text ?? "";
            return new View(analysisId, grant.OwnerId, owner, grant.ProgrammeId, programme, grant.Has(Tie.Owner), grant.May(Policy.Swot.Write),
                grant.May(Policy.Swot.Comment), revisions.Select(r => new RevisionInfo(r.Number, Local(r.CreatedAt), Local(r.UpdatedAt))).ToList(),
                shown.Number, shown == revisions[^1], revisions[^1].Version, items,
                links.Select(l => new Link(l.Id, l.Kind, l.FromItemId, Text(l.FromItemId), l.ToItemId, Text(l.ToItemId))).ToList(),
                comments.Select(c => c with { At = Local(c.At) }).ToList());
        }
    }
}
