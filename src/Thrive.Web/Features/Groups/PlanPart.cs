namespace Thrive.Web.Features.Groups;

/// <summary>A facilitator or the coordinator adds a part to a book club's reading plan, or changes one; parts never overlap and follow the book.</summary>
public static class PlanPart
{
    public sealed record Request
    {
        public string? Title { get; init; }
        public int? FromChapter { get; init; }
        public int? ToChapter { get; init; }
        public DateOnly? DueOn { get; init; }

        public ReadingPartDetails ToDetails() => new(Title ?? "", FromChapter ?? 0, ToChapter ?? FromChapter ?? 0, DueOn ?? DateOnly.MinValue);
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        /// <param name="partId">The part to change; null to add one.</param>
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid groupId, Guid? partId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Group.Manage, groupId, ct)).Denied is { } denied) return denied;
            if (r.DueOn is null) return Error.Validation(nameof(Request.DueOn), "Choose the day this part is due.");
            var group = await db.Groups.FirstAsync(g => g.Id == groupId, ct);
            var plan = await db.ReadingParts.Where(p => p.GroupId == groupId).OrderBy(p => p.FromChapter).ThenBy(p => p.Id).Take(GetGroup.PartsMax).ToListAsync(ct);
            if (partId is { } id)
            {
                var part = plan.FirstOrDefault(p => p.Id == id);
                if (part is null) return Error.NotFound("Reading part");
                var edited = part.Edit(group, plan, r.ToDetails());
                if (!edited.Succeeded) return Result<Guid>.Fail(edited.Errors);
                await db.SaveChangesAsync(ct);
                return id;
            }
            if (plan.Count >= GetGroup.PartsMax) return Error.Validation(nameof(Request.Title), $"A reading plan has at most {GetGroup.PartsMax} parts.");
            var made = ReadingPart.Plan(group, plan, r.ToDetails());
            if (!made.Succeeded) return Result<Guid>.Fail(made.Errors);
            db.ReadingParts.Add(made.Value!);
            await db.SaveChangesAsync(ct);
            return made.Value!.Id;
        }
    }
}
