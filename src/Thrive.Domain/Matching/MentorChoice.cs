namespace Thrive.Domain.Matching;

/// <summary>
/// The rules of mentee-choice mode over one mentee's requests in a programme: up to three open ones, ranked 1 to 3,
/// one mentor each; only the first-ranked open request is with its mentor (pending), the others wait their turn. A
/// decline, a withdrawal or a coordinator closing it passes the turn on; an accept closes the others.
/// </summary>
public static class MentorChoice
{
    public const int MaxOpen = 3;

    /// <summary>What a new request needs to know of the mentor and the mentee.</summary>
    public sealed record Target(Guid MentorId, int FreePlaces, bool MenteeHasOpenPair);

    /// <summary>Adds a request at the end of the mentee's ranking (the first open one goes to its mentor at once).</summary>
    public static Result<MentorRequest> Request(Guid programmeId, Guid menteeId, IReadOnlyList<MentorRequest> mine, Target target, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(target);
        var open = Open(mine);
        var v = new Validate().MaxLength("Note", note, "The note", MentorRequest.NoteMax);
        if (!v.Ok) return Result<MentorRequest>.Fail(v.Errors);
        if (target.MenteeHasOpenPair) return Error.Validation("MentorId", "You already have a mentor in this programme, so you cannot request another.");
        if (target.MentorId == menteeId) return Error.Validation("MentorId", "You cannot request yourself.");
        if (open.Any(r => r.MentorId == target.MentorId)) return Error.Validation("MentorId", "You have already requested this mentor.");
        if (open.Count >= MaxOpen) return Error.Validation("MentorId", $"You can request up to {MaxOpen} mentors at once; withdraw one to request another.");
        if (target.FreePlaces <= 0) return Error.Validation("MentorId", "This mentor has no free place; choose a mentor with room.");
        var request = MentorRequest.New(programmeId, menteeId, target.MentorId, open.Count + 1, note, now);
        PassOn([.. open, request], now);
        return request;
    }

    /// <summary>Ranks the open requests in the order given (every open one, each once); a new first one goes to its mentor.</summary>
    public static Result<Unit> Reorder(IReadOnlyList<MentorRequest> mine, IReadOnlyList<Guid> order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        var open = Open(mine);
        if (order.Count != open.Count || order.Distinct().Count() != order.Count || !order.All(id => open.Any(r => r.Id == id)))
            return Error.Conflict("Your requests changed in the meantime (one was answered or withdrawn). Reload and order them again.", "Order", "stale");
        var ranked = order.Select(id => open.First(r => r.Id == id)).ToList();
        Renumber(ranked, now);
        return Result.Ok();
    }

    /// <summary>The mentee takes back an open request; the next one moves up.</summary>
    public static Result<Unit> Withdraw(IReadOnlyList<MentorRequest> mine, Guid requestId, DateTimeOffset now) =>
        EndAndPassOn(mine, requestId, MentorRequestState.Withdrawn, null, now);

    /// <summary>The mentor says no, with a reason the mentee reads; the next-ranked mentor gets the request.</summary>
    public static Result<Unit> Decline(IReadOnlyList<MentorRequest> mine, Guid requestId, string? reason, DateTimeOffset now)
    {
        var v = new Validate().Required("Reason", reason, "A reason", MentorRequest.AnswerMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        if (Find(mine, requestId) is { State: not MentorRequestState.Pending } answered) return Answered(answered);
        return EndAndPassOn(mine, requestId, MentorRequestState.Declined, reason, now);
    }

    /// <summary>The mentor says yes: this request is accepted and the mentee's other open requests close.</summary>
    public static Result<Unit> Accept(IReadOnlyList<MentorRequest> mine, Guid requestId, DateTimeOffset now)
    {
        var request = Find(mine, requestId);
        if (request is null) return Error.NotFound("Request");
        if (request.State != MentorRequestState.Pending) return Answered(request);
        request.End(MentorRequestState.Accepted, null, now);
        CloseAll(mine, "Another mentor accepted.", now);
        return Result.Ok();
    }

    /// <summary>A coordinator closes one request with a note; the next-ranked mentor gets the turn.</summary>
    public static Result<Unit> Close(IReadOnlyList<MentorRequest> mine, Guid requestId, string? note, DateTimeOffset now)
    {
        var v = new Validate().Required("Note", note, "A note", MentorRequest.AnswerMax);
        return v.Ok ? EndAndPassOn(mine, requestId, MentorRequestState.Closed, note, now) : Result<Unit>.Fail(v.Errors);
    }

    /// <summary>Closes every open request of the mentee (she was paired another way).</summary>
    public static void CloseAll(IReadOnlyList<MentorRequest> mine, string note, DateTimeOffset now)
    {
        foreach (var r in Open(mine)) r.End(MentorRequestState.Closed, note, now);
    }

    private static Result<Unit> EndAndPassOn(IReadOnlyList<MentorRequest> mine, Guid requestId, MentorRequestState state, string? answer, DateTimeOffset now)
    {
        var request = Find(mine, requestId);
        if (request is null) return Error.NotFound("Request");
        if (!request.IsOpen) return Answered(request);
        request.End(state, answer, now);
        PassOn(Open(mine), now);
        return Result.Ok();
    }

    /// <summary>Whether a pending request has waited <paramref name="days"/> at its mentor without an answer.</summary>
    public static bool IsOverdue(MentorRequest request, int days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.State == MentorRequestState.Pending && request.SentAt is { } sent && now - sent >= TimeSpan.FromDays(days);
    }

    /// <summary>Whole days (rounded up) before a request sent at <paramref name="sentAt"/> passes on; 0 when it is due.</summary>
    public static int DaysLeft(DateTimeOffset sentAt, int days, DateTimeOffset now) => Math.Max(0, (int)Math.Ceiling((sentAt.AddDays(days) - now).TotalDays));

    /// <summary>The answer recorded on a request that passed on unanswered.</summary>
    public static string NoAnswer(int days) => days == 1 ? "No answer in 1 day." : $"No answer in {days} days.";

    /// <summary>What passing on did: the request that lapsed, and the one now with the next mentor (null: no mentor left, the coordinator steps in).</summary>
    public sealed record PassedOn(MentorRequest Lapsed, MentorRequest? Next);

    /// <summary>
    /// A request that waited <paramref name="days"/> at its mentor without an answer ends like a decline (the reason says
    /// so) and the mentee's next-ranked mentor gets it; with none left the mentee needs the coordinator.
    /// </summary>
    public static Result<PassedOn> PassOnUnanswered(IReadOnlyList<MentorRequest> mine, Guid requestId, int days, DateTimeOffset now)
    {
        var request = Find(mine, requestId);
        if (request is null) return Error.NotFound("Request");
        if (!IsOverdue(request, days, now)) return Error.Conflict("This request is not waiting past its limit.", code: "not_due");
        request.End(MentorRequestState.Unanswered, NoAnswer(days), now);
        var open = Open(mine);
        PassOn(open, now);
        return new PassedOn(request, open.FirstOrDefault());
    }

    private static Error Answered(MentorRequest? request = null) => request?.State == MentorRequestState.Unanswered
        ? Error.Conflict("This request passed on to the mentee's next choice because it waited too long without an answer; it can no longer be answered here.", code: "passed_on")
        : Error.Conflict("This request has already been answered or closed.", code: "answered");

    private static MentorRequest? Find(IReadOnlyList<MentorRequest> mine, Guid id) => mine.FirstOrDefault(r => r.Id == id);

    private static List<MentorRequest> Open(IReadOnlyList<MentorRequest> mine)
    {
        ArgumentNullException.ThrowIfNull(mine);
        return [.. mine.Where(r => r.IsOpen).OrderBy(r => r.Rank).ThenBy(r => r.RequestedAt)];
    }

    private static void PassOn(List<MentorRequest> open, DateTimeOffset now) => Renumber(open, now);

    private static void Renumber(List<MentorRequest> ranked, DateTimeOffset now)
    {
        for (var i = 0; i < ranked.Count; i++) ranked[i].MoveTo(i + 1, pending: i == 0, now);
    }
}
