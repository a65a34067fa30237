using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Features.Chat;

/// <summary>
/// Turns a connection that Thrive turned off after repeated failures on again, with the same URL: the failure count
/// starts over, messages still waiting go out on the next pass, and a test message is queued so the log shows at once
/// whether the channel takes it.
/// </summary>
public static class EnableChat
{
    public sealed class Handler(ThriveDbContext db, Access access, ChatOutbox outbox, AuditLog audit, ReaderClock reader, LinkBuilder links)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid? programmeId, CancellationToken ct)
        {
            if (await IntegrationScope.DeniedAsync(access, actor, programmeId, ct) is { } denied) return denied;
            var c = await ChatScope.Of(db, actor, programmeId).FirstOrDefaultAsync(ct);
            if (c is null) return Error.NotFound("The chat connection");
            if (c.Enabled) return Result.Ok(); // already on: nothing to do
            c.Enabled = true;
            c.FailedMessages = 0;
            c.DisabledAt = null;
            c.DisabledReason = null;
            audit.Record(actor, AuditActions.ChatEnabled, c.Id, c.Host, programmeId, $"{c.Tool} at {c.Host}");
            await db.SaveChangesAsync(ct);
            await outbox.AddAsync(c.Id, c.Tool, "test:" + Guid.NewGuid(), ConnectChat.TestNote(links, programmeId) with { Title = "Thrive is posting here again" }, reader.UtcNow, ct);
            return Result.Ok();
        }
    }
}
