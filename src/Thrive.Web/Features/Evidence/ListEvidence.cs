namespace Thrive.Web.Features.Evidence;

/// <summary>
/// A person's evidence, newest first, paged, optionally one kind's, with the goals each shows progress on and how many
/// of each kind there are. The owner and their mentor read it. A fixed number of queries, whatever the size of the list.
/// </summary>
public static class ListEvidence
{
    public const int GoalChoicesMax = 50;

    public sealed record Request
    {
        public Guid? Owner { get; init; }
        public EvidenceKind? Kind { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record GoalChoice(Guid Id, string Title, GoalStatus Status);

    public sealed record KindCount(EvidenceKind Kind, int Items);

    public sealed record Row(EvidenceItem Item, IReadOnlyList<GoalChoice> Goals);

    public sealed record View(Guid OwnerId, string OwnerName, bool CanWrite, DateOnly Today, EvidenceKind? Kind, IReadOnlyList<KindCount> Kinds, Page<Row> Items,
        IReadOnlyList<GoalChoice> Goals)
    {
        public int Total => Kinds.Sum(k => k.Items);
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var found = await EvidenceOwner.FindAsync(places, access, actor, r.Owner, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            if (r.Kind is { } k && !Enum.IsDefined(k)) return Error.Validation(nameof(Request.Kind), "Choose one kind of the list.");
            var mine = db.EvidenceItems.AsNoTracking().Where(e => e.OwnerId == o.OwnerId && e.ProgrammeId == o.ProgrammeId);
            var counts = await mine.GroupBy(e => e.Kind).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
            var query = r.Kind is { } kind ? mine.Where(e => e.Kind == kind) : mine;
            var paging = PageRequest.Of(r.Page, r.PageSize);
            var total = r.Kind is { } only ? counts.Where(c => c.Key == only).Sum(c => c.N) : counts.Sum(c => c.N);
            var items = await query.OrderByDescending(e => e.On).ThenByDescending(e => e.CreatedAt).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
            var ids = items.Select(e => e.Id).ToList();
            var links = (await db.EvidenceGoals.Where(l => ids.Contains(l.EvidenceId)).Join(db.Goals, l => l.GoalId, g => g.Id, (l, g) => new { l.EvidenceId, g.Id, g.Title, g.Status })
                .OrderBy(x => x.Title).ThenBy(x => x.Id).Take(paging.Size * EvidenceGoals.Max).ToListAsync(ct))
                .Select(x => new { x.EvidenceId, Goal = new GoalChoice(x.Id, x.Title, x.Status) }).ToList();
            var name = await db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var goals = o.CanWrite ? await GoalChoicesAsync(db, o.OwnerId, o.ProgrammeId, ct) : [];
            var rows = items.Select(e => new Row(e, links.Where(l => l.EvidenceId == e.Id).Select(l => l.Goal).ToList())).ToList();
            var kinds = Enum.GetValues<EvidenceKind>().Select(x => new KindCount(x, counts.Where(c => c.Key == x).Sum(c => c.N))).ToList();
            return new View(o.OwnerId, name, o.CanWrite, reader.Today, r.Kind, kinds, new Page<Row>(rows, paging.Number, paging.Size, total), goals);
        }
    }

    /// <summary>The owner's goals in the programme that evidence can be tied to (not the dropped ones), newest first.</summary>
    public static async Task<IReadOnlyList<GoalChoice>> GoalChoicesAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Goals.AsNoTracking().Where(g => g.OwnerId == ownerId && g.ProgrammeId == programmeId && g.Status != GoalStatus.Dropped)
            .OrderByDescending(g => g.CreatedAt).ThenBy(g => g.Id).Take(GoalChoicesMax).Select(g => new GoalChoice(g.Id, g.Title, g.Status)).ToListAsync(ct);
    }
}
