namespace Thrive.Web.Features.Intake;

/// <summary>A coordinator accepts or declines an application; the decision is audited with the action.</summary>
public static class DecideApplication
{
    public sealed record Request
    {
        public bool Accept { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, AuditLog audit)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Guid participantId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Application.Review, programmeId, ct)).Denied is { } denied) return denied;
            var who = await db.Participants.Where(p => p.Id == participantId).Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { u.Id, u.DisplayName })
                .FirstOrDefaultAsync(ct);
            return await ApplicationReview.ChangeAsync(db, programmeId, participantId, p =>
            {
                var decided = p.Review(r.Accept, actor.UserId, reader.UtcNow);
                if (decided.Succeeded)
                    audit.Record(actor, r.Accept ? AuditActions.ApplicationAccepted : AuditActions.ApplicationDeclined, who?.Id, who?.DisplayName ?? "", programmeId,
                        $"as {p.Role.ToString().ToLowerInvariant()}");
                return decided;
            }, ct);
        }
    }
}
