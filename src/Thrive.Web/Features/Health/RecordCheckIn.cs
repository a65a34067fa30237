namespace Thrive.Web.Features.Health;

/// <summary>The ladder's second step: the coordinator talked with the pair; an optional short note for the programme's coordinators.</summary>
public static class RecordCheckIn
{
    /// <summary>The form (and request body): a short note, optional, that only coordinators read.</summary>
    public sealed record Request
    {
        public string? Note { get; init; }
    }

    public sealed class Handler(PairEscalations escalations)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            return escalations.RecordAsync(actor, pairId, EscalationStep.CheckIn, r.Note, null, ct);
        }
    }
}
