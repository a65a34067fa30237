namespace Thrive.Web.Features.Evidence;

/// <summary>The reader adds a piece of evidence (a post, a talk, a repository, ...) in their newest programme, tied to some of their goals.</summary>
public static class AddEvidence
{
    /// <summary>The form (and request body) for a piece of evidence; editing sends the same.</summary>
    public sealed record Request
    {
        public EvidenceKind Kind { get; init; } = EvidenceKind.Post;
        public string? Title { get; init; }
        public string? Link { get; init; }
        /// <summary>The reader's day it was published, given or earned; today when left out.</summary>
        public DateOnly? On { get; init; }
        /// <summary>The skills it shows, separated by commas.</summary>
        public string? Skills { get; init; }
        public string? Note { get; init; }
        /// <summary>The owner's goals it shows progress on.</summary>
        public IReadOnlyList<Guid>? Goals { get; init; }

        public EvidenceDetails ToDetails(DateOnly today) => new(Kind, Title ?? "", Link, On ?? today, Skills, Note);

        public static Request From(EvidenceItem e, IReadOnlyList<Guid> goals)
        {
            ArgumentNullException.ThrowIfNull(e);
            return new() { Kind = e.Kind, Title = e.Title, Link = e.Link, On = e.On, Skills = e.Skills, Note = e.Note, Goals = goals };
        }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var item = EvidenceItem.Add(place.Value!.ProgrammeId, actor.UserId, r.ToDetails(reader.Today), reader.Today, reader.UtcNow);
            if (!item.Succeeded) return Result<Guid>.Fail(item.Errors);
            var goals = await EvidenceGoals.CheckAsync(db, actor.UserId, place.Value.ProgrammeId, r.Goals, ct);
            if (!goals.Succeeded) return Result<Guid>.Fail(goals.Errors);
            db.EvidenceItems.Add(item.Value!);
            db.EvidenceGoals.AddRange(goals.Value!.Select(g => EvidenceGoal.Link(item.Value!.Id, g)));
            await db.SaveChangesAsync(ct);
            return item.Value!.Id;
        }
    }
}

/// <summary>The goals a piece of evidence is tied to: the owner's own goals in that programme, each once.</summary>
internal static class EvidenceGoals
{
    public const int Max = 10;

    public static async Task<Result<IReadOnlyList<Guid>>> CheckAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, IReadOnlyList<Guid>? goals, CancellationToken ct)
    {
        var wanted = (goals ?? []).Distinct().ToList();
        if (wanted.Count == 0) return wanted;
        if (wanted.Count > Max) return Error.Validation(nameof(AddEvidence.Request.Goals), $"Tie it to at most {Max} goals.");
        var found = await db.Goals.CountAsync(g => wanted.Contains(g.Id) && g.OwnerId == ownerId && g.ProgrammeId == programmeId, ct);
        return found == wanted.Count ? wanted : Error.Validation(nameof(AddEvidence.Request.Goals), "Choose goals from your own list.");
    }
}
