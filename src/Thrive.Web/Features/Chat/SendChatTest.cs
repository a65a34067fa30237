using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Features.Chat;

/// <summary>Queues a test message; the delivery log shows a moment later whether it arrived.</summary>
public static class SendChatTest
{
    public sealed class Handler(ThriveDbContext db, Access access, ChatOutbox outbox, ReaderClock reader, LinkBuilder links)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid? programmeId, CancellationToken ct)
        {
            if (await IntegrationScope.DeniedAsync(access, actor, programmeId, ct) is { } denied) return denied;
            var c = await ChatScope.Of(db, actor, programmeId).Select(x => new { x.Id, x.Tool, x.Enabled }).FirstOrDefaultAsync(ct);
            if (c is null) return Error.NotFound("The chat connection");
            if (!c.Enabled) return Error.Conflict("The connection is turned off after repeated failures. Turn it on again (or connect a new URL).");
            await outbox.AddAsync(c.Id, c.Tool, "test:" + Guid.NewGuid(), ConnectChat.TestNote(links, programmeId) with { Title = "A test message from Thrive" }, reader.UtcNow, ct);
            return Result.Ok();
        }
    }
}
