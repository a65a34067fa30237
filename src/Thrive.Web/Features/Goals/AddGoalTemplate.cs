namespace Thrive.Web.Features.Goals;

/// <summary>Those who run a programme add an example goal to its library, for its mentees and mentors to start from.</summary>
public static class AddGoalTemplate
{
    public sealed record Request
    {
        public Guid ProgrammeId { get; init; }
        public string? Title { get; init; }
        public string? Description { get; init; }
        public string? Why { get; init; }
        public GoalCategory Category { get; init; } = GoalCategory.Technical;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Programme.Manage, r.ProgrammeId, ct)).Denied is { } denied) return denied;
            var t = ProgrammeGoalTemplate.Create(r.ProgrammeId, r.Title, r.Description, r.Why, r.Category, actor.UserId, reader.UtcNow);
            if (!t.Succeeded) return Result<Guid>.Fail(t.Errors);
            db.GoalTemplates.Add(t.Value!);
            await db.SaveChangesAsync(ct);
            return t.Value!.Id;
        }
    }
}
