namespace Thrive.Web.Features.Matching;

/// <summary>
/// The mentor a request reached accepts it, which proposes the pair (the coordinator's matching rules and life cycle:
/// it starts when activated) and closes the mentee's other requests; or declines it with a reason the mentee reads, and
/// the request passes to the mentee's next-ranked mentor. All or nothing.
/// </summary>
public static class AnswerMentorRequest
{
    public sealed record Request
    {
        public bool Accept { get; init; }
        public string? Reason { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, MentorRequestFlow flow)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Guid requestId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.MentorRequest.Answer, requestId, ct);
            if (grant.Denied is { } denied) return denied;
            if (grant.ProgrammeId != programmeId) return Error.NotFound("Request");
            var mine = await flow.MineAsync(grant.ProgrammeId, grant.OwnerId, ct);
            var before = MentorRequestFlow.Pending(mine);
            var now = reader.UtcNow;
            var answered = r.Accept ? MentorChoice.Accept(mine, requestId, now) : MentorChoice.Decline(mine, requestId, r.Reason, now);
            if (answered.Succeeded && r.Accept)
            {
                var pair = await flow.ProposeAsync(grant.ProgrammeId, actor.UserId, grant.OwnerId, now, ct);
                if (!pair.Succeeded) answered = Result<Unit>.Fail([Error.Conflict("The pair cannot be made: " + pair.Errors[0].Message, "Accept", "cannot_pair")]);
            }
            if (!answered.Succeeded) { db.ChangeTracker.Clear(); return answered; }
            var saved = await flow.SaveAsync(ct);
            if (saved.Succeeded) await flow.MailReachedAsync(mine, before, ct);
            return saved;
        }
    }
}
