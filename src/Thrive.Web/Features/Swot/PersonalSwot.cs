using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Goals;
using Thrive.Domain.Swot;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Common;

namespace Thrive.Web.Features.Swot;

/// <summary>
/// The personal SWOT: four lists edited on the latest revision, dated revisions kept for comparison,
/// convergence links (strength→opportunity, weakness→threat) that can become draft goals, and comments.
/// </summary>
public static class PersonalSwot
{
    public sealed record Item(Guid Id, SwotQuadrant Quadrant, string Text);
    public sealed record Link(Guid Id, SwotLinkKind Kind, Guid FromId, string From, Guid ToId, string To);
    public sealed record Comment(string AuthorName, string Body, DateTimeOffset At);
    public sealed record RevisionInfo(int Number, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    public sealed record View(Guid? AnalysisId, Guid OwnerId, string OwnerName, Guid ProgrammeId, string ProgrammeName, PersonAccess Access,
        IReadOnlyList<RevisionInfo> Revisions, int Shown, bool IsLatest, Guid Version, IReadOnlyList<Item> Items, IReadOnlyList<Link> Links,
        IReadOnlyList<Comment> Comments);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, SaveGoal.Handler goals, TimeProvider clock)
    {
        /// <summary>The actor's own SWOT (empty until first saved), in their current or given programme.</summary>
        public async Task<Result<View>> MineAsync(Actor actor, Guid? programmeId, CancellationToken ct)
        {
            var place = await places.FindAsync(actor.UserId, programmeId, ct);
            if (place is null) return Error.Validation("", "You have no accepted place as a mentor or mentee yet.");
            var id = await db.SwotAnalyses.Where(a => a.OwnerId == actor.UserId && a.ProgrammeId == place.ProgrammeId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            if (id is { } existing) return await GetAsync(actor, existing, null, ct);
            var name = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstAsync(ct);
            return new View(null, actor.UserId, name, place.ProgrammeId, place.ProgrammeName, new PersonAccess(true, false, false, actor.IsAdmin),
                [], 0, true, Guid.Empty, [], [], []);
        }

        public async Task<Result<View>> GetAsync(Actor actor, Guid analysisId, int? revision, CancellationToken ct)
        {
            var analysis = await db.SwotAnalyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == analysisId, ct);
            if (analysis is null) return Error.NotFound("SWOT");
            var a = await access.ForPersonAsync(actor, analysis.OwnerId, analysis.ProgrammeId, ct);
            if (!a.CanViewSwot) return Error.Forbidden();
            var revisions = await db.SwotRevisions.Where(r => r.AnalysisId == analysisId).OrderBy(r => r.Number)
                .Select(r => new { r.Id, r.Number, r.CreatedAt, r.UpdatedAt, r.Version }).ToListAsync(ct);
            var shown = revision is { } n ? revisions.FirstOrDefault(r => r.Number == n) : revisions.LastOrDefault();
            if (shown is null) return Error.NotFound("SWOT revision");
            var items = await ItemsAsync(shown.Id, ct);
            var links = await db.SwotLinks.Where(l => l.RevisionId == shown.Id).Select(l => new { l.Id, l.Kind, l.FromItemId, l.ToItemId }).ToListAsync(ct);
            var comments = await db.SwotComments.Where(c => c.AnalysisId == analysisId).OrderByDescending(c => c.CreatedAt).Take(100)
                .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new Comment(u.DisplayName, c.Body, c.CreatedAt)).ToListAsync(ct);
            var owner = await db.Users.Where(u => u.Id == analysis.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var programme = await db.Programmes.Where(p => p.Id == analysis.ProgrammeId).Select(p => p.Name).FirstAsync(ct);
            string Text(Guid id) => items.FirstOrDefault(i => i.Id == id)?.Text ?? "";
            return new View(analysisId, analysis.OwnerId, owner, analysis.ProgrammeId, programme, a,
                revisions.Select(r => new RevisionInfo(r.Number, r.CreatedAt, r.UpdatedAt)).ToList(), shown.Number, shown == revisions[^1], shown.Version,
                items, links.Select(l => new Link(l.Id, l.Kind, l.FromItemId, Text(l.FromItemId), l.ToItemId, Text(l.ToItemId))).ToList(), comments);
        }

        /// <summary>The SWOTs of the given people in a programme (for links from the pair page).</summary>
        public Task<Dictionary<Guid, Guid>> AnalysisIdsAsync(IReadOnlyList<Guid> ownerIds, Guid programmeId, CancellationToken ct) =>
            db.SwotAnalyses.Where(a => ownerIds.Contains(a.OwnerId) && a.ProgrammeId == programmeId).ToDictionaryAsync(a => a.OwnerId, a => a.Id, ct);

        public Task<List<Item>> ItemsAsync(Guid revisionId, CancellationToken ct) =>
            db.SwotItems.Where(i => i.RevisionId == revisionId).OrderBy(i => i.Quadrant).ThenBy(i => i.Position)
                .Select(i => new Item(i.Id, i.Quadrant, i.Text)).ToListAsync(ct);

        /// <summary>Saves the four lists onto the latest revision; unchanged lines keep their identity (and their links).</summary>
        public async Task<Result<Guid>> SaveAsync(Actor actor, Guid? programmeId, IReadOnlyDictionary<SwotQuadrant, string?> lists, Guid? expectedVersion, CancellationToken ct)
        {
            var errors = new List<Error>();
            var parsed = new Dictionary<SwotQuadrant, IReadOnlyList<string>>();
            foreach (var q in Enum.GetValues<SwotQuadrant>())
            {
                var r = SwotPrompts.Lines(q, lists.GetValueOrDefault(q));
                if (r.Succeeded) parsed[q] = r.Value!; else errors.AddRange(r.Errors);
            }
            if (errors.Count > 0) return Result<Guid>.Fail(errors);
            var place = await places.FindAsync(actor.UserId, programmeId, ct);
            if (place is null) return Error.Forbidden();
            var now = clock.GetUtcNow();
            var analysis = await db.SwotAnalyses.FirstOrDefaultAsync(a => a.OwnerId == actor.UserId && a.ProgrammeId == place.ProgrammeId, ct);
            SwotRevision revision;
            if (analysis is null)
            {
                analysis = SwotAnalysis.Start(place.ProgrammeId, actor.UserId, now);
                db.SwotAnalyses.Add(analysis);
                revision = SwotRevision.First(analysis.Id, now);
                db.SwotRevisions.Add(revision);
            }
            else
            {
                revision = await db.SwotRevisions.Where(r => r.AnalysisId == analysis.Id).OrderByDescending(r => r.Number).FirstAsync(ct);
                if (expectedVersion is { } v && v != revision.Version)
                    return Error.Conflict("Your SWOT was saved elsewhere after you opened it. Your text is still in the form: compare, then save again.");
                db.Entry(revision).Property(r => r.Version).OriginalValue = revision.Version;
                revision.Touch(now);
            }
            var current = await db.SwotItems.Where(i => i.RevisionId == revision.Id).ToListAsync(ct);
            var keep = new HashSet<Guid>();
            foreach (var (q, lines) in parsed)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    var match = current.FirstOrDefault(c => c.Quadrant == q && c.Text == lines[i] && !keep.Contains(c.Id));
                    if (match is null) db.SwotItems.Add(SwotItem.Of(revision.Id, q, lines[i], i));
                    else { match.MoveTo(i); keep.Add(match.Id); }
                }
            }
            var removed = current.Where(c => !keep.Contains(c.Id)).Select(c => c.Id).ToList();
            if (removed.Count > 0)
            {
                db.SwotLinks.RemoveRange(await db.SwotLinks.Where(l => removed.Contains(l.FromItemId) || removed.Contains(l.ToItemId)).ToListAsync(ct));
                db.GoalSwotLinks.RemoveRange(await db.GoalSwotLinks.Where(l => removed.Contains(l.SwotItemId)).ToListAsync(ct));
                db.SwotItems.RemoveRange(current.Where(c => removed.Contains(c.Id)));
            }
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("Your SWOT was saved elsewhere at the same moment. Reload and try again."); }
            return analysis.Id;
        }

        /// <summary>Keeps the latest revision as it is and continues on a dated copy of it.</summary>
        public async Task<Result<int>> NewRevisionAsync(Actor actor, Guid analysisId, CancellationToken ct)
        {
            var analysis = await db.SwotAnalyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == analysisId, ct);
            if (analysis is null) return Error.NotFound("SWOT");
            if (analysis.OwnerId != actor.UserId) return Error.Forbidden();
            var latest = await db.SwotRevisions.Where(r => r.AnalysisId == analysisId).OrderByDescending(r => r.Number).FirstAsync(ct);
            var now = clock.GetUtcNow();
            var next = SwotRevision.Next(analysisId, latest.Number, now);
            db.SwotRevisions.Add(next);
            var items = await db.SwotItems.Where(i => i.RevisionId == latest.Id).AsNoTracking().ToListAsync(ct);
            var map = items.ToDictionary(i => i.Id, i => SwotItem.Of(next.Id, i.Quadrant, i.Text, i.Position));
            db.SwotItems.AddRange(map.Values);
            foreach (var l in await db.SwotLinks.Where(l => l.RevisionId == latest.Id).AsNoTracking().ToListAsync(ct))
                db.SwotLinks.Add(SwotLink.Connect(next.Id, map[l.FromItemId], map[l.ToItemId]).Value!);
            await db.SaveChangesAsync(ct);
            return next.Number;
        }

        public async Task<Result<Unit>> LinkAsync(Actor actor, Guid fromItemId, Guid toItemId, CancellationToken ct)
        {
            var items = await OwnLatestItemsAsync(actor, [fromItemId, toItemId], ct);
            if (!items.Succeeded) return Result<Unit>.Fail(items.Errors);
            var from = items.Value!.First(i => i.Id == fromItemId);
            var to = items.Value!.First(i => i.Id == toItemId);
            if (await db.SwotLinks.AnyAsync(l => l.FromItemId == fromItemId && l.ToItemId == toItemId, ct)) return Result.Ok();
            var link = SwotLink.Connect(from.RevisionId, from, to);
            if (!link.Succeeded) return Result<Unit>.Fail(link.Errors);
            db.SwotLinks.Add(link.Value!);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        public async Task<Result<Unit>> UnlinkAsync(Actor actor, Guid linkId, CancellationToken ct)
        {
            var link = await db.SwotLinks.FirstOrDefaultAsync(l => l.Id == linkId, ct);
            if (link is null) return Error.NotFound("Link");
            var own = await OwnLatestItemsAsync(actor, [link.FromItemId], ct);
            if (!own.Succeeded) return Result<Unit>.Fail(own.Errors);
            db.SwotLinks.Remove(link);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        /// <summary>Turns a convergence link into a draft goal linked to both SWOT items.</summary>
        public async Task<Result<Guid>> DraftGoalAsync(Actor actor, Guid linkId, CancellationToken ct)
        {
            var link = await db.SwotLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId, ct);
            if (link is null) return Error.NotFound("Link");
            var items = await OwnLatestItemsAsync(actor, [link.FromItemId, link.ToItemId], ct, latestOnly: false);
            if (!items.Succeeded) return Result<Guid>.Fail(items.Errors);
            var programmeId = await db.SwotRevisions.Where(r => r.Id == link.RevisionId)
                .Join(db.SwotAnalyses, r => r.AnalysisId, a => a.Id, (r, a) => a.ProgrammeId).FirstAsync(ct);
            var details = SwotLink.DraftGoal(link.Kind, items.Value!.First(i => i.Id == link.FromItemId).Text, items.Value!.First(i => i.Id == link.ToItemId).Text);
            return await goals.CreateAsync(actor, programmeId, new SaveGoal.Request(details, [link.FromItemId, link.ToItemId], Activate: false), ct);
        }

        public async Task<Result<Unit>> CommentAsync(Actor actor, Guid analysisId, string? body, CancellationToken ct)
        {
            var analysis = await db.SwotAnalyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == analysisId, ct);
            if (analysis is null) return Error.NotFound("SWOT");
            var a = await access.ForPersonAsync(actor, analysis.OwnerId, analysis.ProgrammeId, ct);
            if (!a.CanViewSwot) return Error.Forbidden();
            var comment = SwotComment.Write(analysisId, actor.UserId, body, clock.GetUtcNow());
            if (!comment.Succeeded) return Result<Unit>.Fail(comment.Errors);
            db.SwotComments.Add(comment.Value!);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        /// <summary>Two revisions' items, for the side-by-side comparison.</summary>
        public async Task<Result<(View A, View B)>> CompareAsync(Actor actor, Guid analysisId, int a, int b, CancellationToken ct)
        {
            var left = await GetAsync(actor, analysisId, a, ct);
            if (!left.Succeeded) return Result<(View, View)>.Fail(left.Errors);
            var right = await GetAsync(actor, analysisId, b, ct);
            if (!right.Succeeded) return Result<(View, View)>.Fail(right.Errors);
            return (left.Value!, right.Value!);
        }

        /// <summary>The items, if they all belong to the actor's own SWOT (and, by default, to its latest revision).</summary>
        private async Task<Result<List<SwotItem>>> OwnLatestItemsAsync(Actor actor, Guid[] ids, CancellationToken ct, bool latestOnly = true)
        {
            var rows = await db.SwotItems.Where(i => ids.Contains(i.Id))
                .Join(db.SwotRevisions, i => i.RevisionId, r => r.Id, (i, r) => new { i, r.AnalysisId, r.Number })
                .Join(db.SwotAnalyses, x => x.AnalysisId, a => a.Id, (x, a) => new { x.i, x.Number, a.OwnerId, a.Id })
                .ToListAsync(ct);
            if (rows.Count != ids.Distinct().Count()) return Error.NotFound("SWOT item");
            if (rows.Any(r => r.OwnerId != actor.UserId)) return Error.Forbidden();
            if (latestOnly)
            {
                var analysisId = rows[0].Id;
                var latest = await db.SwotRevisions.Where(r => r.AnalysisId == analysisId).MaxAsync(r => r.Number, ct);
                if (rows.Any(r => r.Number != latest)) return Error.Conflict("Only the latest revision can be changed.");
            }
            return rows.Select(r => r.i).ToList();
        }
    }
}
