namespace Thrive.Web.Features.Intake;

/// <summary>A coordinator keeps notes of their intake call with an applicant; only those who review applications read them.</summary>
public static class RecordCallNotes
{
    public sealed record Request
    {
        public string? CallNotes { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Guid participantId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Application.Review, programmeId, ct)).Denied is { } denied) return denied;
            return await ApplicationReview.ChangeAsync(db, programmeId, participantId, p => p.RecordCallNotes(r.CallNotes), ct);
        }
    }
}
