using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Features.Chat;

/// <summary>Disconnects the actor's own chat, or a programme's channel, with its delivery log; reminders go by mail again.</summary>
public static class DisconnectChat
{
    public sealed class Handler(ThriveDbContext db, Access access, AuditLog audit)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid? programmeId, CancellationToken ct)
        {
            if (await IntegrationScope.DeniedAsync(access, actor, programmeId, ct) is { } denied) return denied;
            var c = await ChatScope.Of(db, actor, programmeId).FirstOrDefaultAsync(ct);
            if (c is null) return Result.Ok(); // already disconnected: nothing to do
            db.ChatConnections.Remove(c);
            audit.Record(actor, AuditActions.ChatDisconnected, c.Id, c.Host, programmeId, $"{c.Tool} at {c.Host}");
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
