namespace Thrive.Web.Features.Matching;

/// <summary>
/// The coordinator steps in: closes one request with a note (the mentee's next-ranked mentor gets the turn), or assigns
/// the mentee to a mentor, which proposes the pair through the matching rules and closes every open request of theirs.
/// </summary>
public static class StepInMentorRequest
{
    public sealed record CloseRequest
    {
        public string? Note { get; init; }
    }

    public sealed record AssignRequest
    {
        public Guid MenteeId { get; init; }
        public Guid MentorId { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, MentorRequestFlow flow)
    {
        public async Task<Result<Unit>> CloseAsync(Actor actor, Guid programmeId, Guid requestId, CloseRequest r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.MentorRequest.Close, requestId, ct);
            if (grant.Denied is { } denied) return denied;
            if (grant.ProgrammeId != programmeId) return Error.NotFound("Request");
            var mine = await flow.MineAsync(grant.ProgrammeId, grant.OwnerId, ct);
            var before = MentorRequestFlow.Pending(mine);
            var closed = MentorChoice.Close(mine, requestId, r.Note, reader.UtcNow);
            if (!closed.Succeeded) { db.ChangeTracker.Clear(); return closed; }
            var saved = await flow.SaveAsync(ct);
            if (saved.Succeeded) await flow.MailReachedAsync(mine, before, ct);
            return saved;
        }

        public async Task<Result<Guid>> AssignAsync(Actor actor, Guid programmeId, AssignRequest r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.MentorRequest.List, programmeId, ct)).Denied is { } denied) return denied;
            if ((await access.CheckAsync(actor, Policy.Pair.Propose, programmeId, ct)).Denied is { } cannot) return cannot;
            var now = reader.UtcNow;
            var pair = await flow.ProposeAsync(programmeId, r.MentorId, r.MenteeId, now, ct);
            if (!pair.Succeeded) { db.ChangeTracker.Clear(); return Result<Guid>.Fail(pair.Errors); }
            var mine = await flow.MineAsync(programmeId, r.MenteeId, ct);
            MentorChoice.CloseAll(mine, "Your coordinator paired you with a mentor.", now);
            var saved = await flow.SaveAsync(ct);
            return saved.Succeeded ? pair.Value!.Id : Result<Guid>.Fail(saved.Errors);
        }
    }
}
