namespace Thrive.Web.Features.Sessions;

/// <summary>
/// An action item agreed in a session, for the writer or their partner, optionally due on a day: the reader's today or
/// later, in their own calendar (at 20:00 in New York it is not yet tomorrow).
/// </summary>
public static class AddActionItem
{
    public sealed record Request
    {
        public string? Text { get; init; }
        /// <summary>For the partner instead of oneself.</summary>
        public bool ForPartner { get; init; }
        public DateOnly? DueDate { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.ActionItem.Add, sessionId, ct);
            if (grant.Denied is { } denied) return denied;
            var owner = actor.UserId;
            if (r.ForPartner)
            {
                var pair = await db.Pairs.Where(p => p.Id == grant.PairId).Select(p => new { p.MenteeId, p.MentorId }).FirstAsync(ct);
                owner = pair.MenteeId == actor.UserId ? pair.MentorId : pair.MenteeId;
            }
            return await NewRow.AddAsync(db, ActionItem.Add(grant.PairId, sessionId, owner, r.Text, r.DueDate, reader.Today, reader.UtcNow, actor.UserId), ct);
        }
    }
}
