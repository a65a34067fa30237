namespace Thrive.Web.Features.Matching;

/// <summary>
/// The mentee moves an open request up or down their ranking, or withdraws it, before it is answered. When the first
/// place changes hands, the new first request goes to its mentor and the old one waits again.
/// </summary>
public static class ChangeMentorRequest
{
    public enum Change { Up, Down, Withdraw }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, MentorRequestFlow flow)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Guid requestId, Change change, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.MentorRequest.Change, requestId, ct);
            if (grant.Denied is { } denied) return denied;
            if (grant.ProgrammeId != programmeId) return Error.NotFound("Request");
            var mine = await flow.MineAsync(grant.ProgrammeId, grant.OwnerId, ct);
            var before = MentorRequestFlow.Pending(mine);
            var now = reader.UtcNow;
            Result<Unit> changed;
            if (change == Change.Withdraw) changed = MentorChoice.Withdraw(mine, requestId, now);
            else
            {
                var order = mine.Where(r => r.IsOpen).Select(r => r.Id).ToList();
                var at = order.IndexOf(requestId);
                if (at < 0) return Error.Conflict("This request has already been answered or closed.", code: "answered");
                var to = change == Change.Up ? at - 1 : at + 1;
                if (to >= 0 && to < order.Count) (order[at], order[to]) = (order[to], order[at]);
                changed = MentorChoice.Reorder(mine, order, now);
            }
            if (!changed.Succeeded) { db.ChangeTracker.Clear(); return changed; }
            var saved = await flow.SaveAsync(ct);
            if (saved.Succeeded) await flow.MailReachedAsync(mine, before, ct);
            return saved;
        }
    }
}
