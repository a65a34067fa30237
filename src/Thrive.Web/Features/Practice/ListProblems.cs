namespace Thrive.Web.Features.Practice;

/// <summary>A person's logged problems, newest first, paged, optionally one topic's. The owner and their mentor read them.</summary>
public static class ListProblems
{
    public sealed record Request
    {
        public Guid? Owner { get; init; }
        public PracticeTopic? Topic { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record View(Guid OwnerId, bool CanWrite, PracticeTopic? Topic, DateOnly Today, Page<PracticeProblem> Problems);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var found = await ToolOwner.FindAsync(places, access, actor, r.Owner, Policy.Practice.List, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            if (r.Topic is { } t && !PracticeTopics.All.Contains(t)) return Error.Validation(nameof(Request.Topic), "Choose one topic of the list.");
            var query = db.PracticeProblems.AsNoTracking().Where(p => p.OwnerId == o.OwnerId && p.ProgrammeId == o.ProgrammeId);
            if (r.Topic is { } topic) query = query.Where(p => (p.Topics & topic) == topic);
            var paging = PageRequest.Of(r.Page, r.PageSize);
            var total = await query.CountAsync(ct);
            var items = await query.OrderByDescending(p => p.SolvedOn).ThenByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
                .Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
            return new View(o.OwnerId, o.Grant.May(Policy.Practice.Write), r.Topic, reader.Today, new Page<PracticeProblem>(items, paging.Number, paging.Size, total));
        }
    }
}
