namespace Thrive.Web.Features.Evidence;

/// <summary>
/// What a person achieved in a programme (days in the owner's time zone), as their portfolio shows it (to them, their mentor, or anyone with the
/// secret link): achieved goals, evidence and the latest version of each career asset. Nothing private: no notes of
/// sessions, no wellbeing, no feedback, no comments or review state. Four queries.
/// </summary>
public sealed record Portfolio(string OwnerName, string ProgrammeName, DateOnly ProgrammeStart, DateOnly ProgrammeEnd,
    IReadOnlyList<Portfolio.Goal> Goals, IReadOnlyList<Portfolio.Item> Evidence, int EvidenceTotal, IReadOnlyList<Portfolio.Asset> Assets)
{
    public const int GoalsShown = 50;
    public const int EvidenceShown = 100;

    public sealed record Goal(string Title, GoalCategory Category, DateOnly? AchievedOn);

    public sealed record Item(EvidenceKind Kind, string Title, string Link, DateOnly On, IReadOnlyList<string> Skills, string Note);

    public sealed record Asset(AssetKind Kind, int Number, string Link, string Summary, DateOnly On);

    /// <summary>Every skill the evidence shows, most shown first.</summary>
    public IReadOnlyList<(string Skill, int Items)> Skills => Evidence.SelectMany(e => e.Skills).GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
        .Select(g => (g.First(), g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.OrdinalIgnoreCase).ToList();

    public static async Task<Portfolio> LoadAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.Programmes.Where(p => p.Id == programmeId)
            .Select(p => new { Programme = p.Name, p.StartDate, p.LengthWeeks, Owner = db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).First(),
                Zone = db.Users.Where(u => u.Id == ownerId).Select(u => u.TimeZone).First(),
                Evidence = db.EvidenceItems.Count(e => e.OwnerId == ownerId && e.ProgrammeId == programmeId) })
            .FirstAsync(ct);
        var goals = (await db.Goals.AsNoTracking().Where(g => g.OwnerId == ownerId && g.ProgrammeId == programmeId && g.Status == GoalStatus.Achieved)
                .OrderByDescending(g => g.AchievedAt).ThenBy(g => g.Id).Take(GoalsShown).Select(g => new { g.Title, g.Category, g.AchievedAt }).ToListAsync(ct))
            .Select(g => new Goal(g.Title, g.Category, g.AchievedAt is { } at ? TimeZones.LocalDate(at, head.Zone) : null)).ToList();
        var evidence = (await db.EvidenceItems.AsNoTracking().Where(e => e.OwnerId == ownerId && e.ProgrammeId == programmeId)
                .OrderByDescending(e => e.On).ThenByDescending(e => e.CreatedAt).ThenBy(e => e.Id).Take(EvidenceShown).ToListAsync(ct))
            .Select(e => new Item(e.Kind, e.Title, e.Link, e.On, e.SkillList, e.Note)).ToList();
        var assets = (await db.CareerAssets.Where(a => a.OwnerId == ownerId && a.ProgrammeId == programmeId)
            .Join(db.AssetVersions, a => new { AssetId = a.Id, Number = a.Versions }, v => new { v.AssetId, v.Number }, (a, v) => new { a.Kind, v.Number, v.Link, v.Summary, v.On })
            .OrderBy(a => a.Kind).Take(Enum.GetValues<AssetKind>().Length).ToListAsync(ct))
            .Select(a => new Asset(a.Kind, a.Number, a.Link, a.Summary, a.On)).ToList();
        return new Portfolio(head.Owner, head.Programme, head.StartDate, head.StartDate.AddDays(head.LengthWeeks * 7 - 1), goals, evidence, head.Evidence, assets);
    }
}

/// <summary>A person's portfolio as they (or their mentor) see it, with whether a secret link is out.</summary>
public static class GetPortfolio
{
    public sealed record View(Guid OwnerId, bool CanWrite, Portfolio Portfolio, DateTimeOffset? SharedSince);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? ownerId, CancellationToken ct)
        {
            var found = await EvidenceOwner.FindAsync(places, access, actor, ownerId, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            var shared = await db.PortfolioShares.Where(s => s.OwnerId == o.OwnerId && s.ProgrammeId == o.ProgrammeId).Select(s => (DateTimeOffset?)s.CreatedAt).FirstOrDefaultAsync(ct);
            return new View(o.OwnerId, o.CanWrite, await Portfolio.LoadAsync(db, o.OwnerId, o.ProgrammeId, ct), shared);
        }
    }
}

/// <summary>The portfolio behind a secret link, for anyone who has it; an unknown or revoked link is simply not found.</summary>
public static class ReadSharedPortfolio
{
    public const string Path = "/portfolio/";

    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Portfolio?> HandleAsync(string? token, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
            var hash = Tokens.Hash(token);
            var share = await db.PortfolioShares.Where(s => s.TokenHash == hash).Select(s => new { s.OwnerId, s.ProgrammeId }).FirstOrDefaultAsync(ct);
            return share is null ? null : await Portfolio.LoadAsync(db, share.OwnerId, share.ProgrammeId, ct);
        }
    }
}

/// <summary>A new secret link to the reader's portfolio; the previous one stops working at once.</summary>
public static class SharePortfolio
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, LinkBuilder links)
    {
        /// <summary>The new link (only its hash is kept, so this is the one time it can be shown).</summary>
        public async Task<Result<string>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<string>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var token = Tokens.New();
            var share = await db.PortfolioShares.FirstOrDefaultAsync(s => s.OwnerId == actor.UserId && s.ProgrammeId == programmeId, ct);
            if (share is null) db.PortfolioShares.Add(PortfolioShare.Start(programmeId, actor.UserId, Tokens.Hash(token), reader.UtcNow));
            else share.Regenerate(Tokens.Hash(token), reader.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Error.Conflict("A link was just made in another tab; reload and try again.", null, "stale"); }
            return links.Absolute(ReadSharedPortfolio.Path + token);
        }
    }
}

/// <summary>The reader ends their portfolio's secret link: whoever has it gets "not found" from now on.</summary>
public static class RevokePortfolio
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Unit>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            await db.PortfolioShares.Where(s => s.OwnerId == actor.UserId && s.ProgrammeId == programmeId).ExecuteDeleteAsync(ct);
            return Result.Ok();
        }
    }
}
