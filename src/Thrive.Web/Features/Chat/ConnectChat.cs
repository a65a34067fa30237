using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Features.Chat;

/// <summary>
/// Connects a Slack or Teams incoming-webhook URL: a person's own (for the reminders they choose and the Monday digest,
/// beside or instead of mail) or a programme's channel (its coordinators, for programme news). A new URL replaces the
/// old one. A test message is queued at once, so the delivery log shows straight away whether the channel takes it.
/// </summary>
public static class ConnectChat
{
    public sealed record Request
    {
        public ChatTool Tool { get; init; }
        public string? Url { get; init; }

        /// <summary>The reminder kinds that go to the chat (a person's own connection only).</summary>
        public IReadOnlyList<ReminderKind>? Kinds { get; init; }
        public bool InsteadOfMail { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ChatUrls urls, AuditLog audit, ReaderClock reader, LinkBuilder links)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid? programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if (await IntegrationScope.DeniedAsync(access, actor, programmeId, ct) is { } denied) return denied;
            if (!Enum.IsDefined(r.Tool)) return Error.Validation(nameof(Request.Tool), "Choose Slack or Microsoft Teams.");
            var url = await urls.CheckAsync(r.Url, ct);
            if (!url.Succeeded) return Result<Guid>.Fail(url.Errors);
            var now = reader.UtcNow;
            var old = await ChatScope.Of(db, actor, programmeId).ToListAsync(ct);
            db.ChatConnections.RemoveRange(old);
            var kinds = programmeId is null ? (r.Kinds ?? []).Where(Enum.IsDefined).Distinct().Order().ToList() : [];
            var c = new ChatConnection
            {
                Id = Guid.NewGuid(), OwnerId = actor.UserId, ProgrammeId = programmeId, Tool = r.Tool, ProtectedUrl = urls.Protect(url.Value!), Host = url.Value!.Host,
                Kinds = string.Join(',', kinds), InsteadOfMail = programmeId is null && r.InsteadOfMail, Enabled = true, CreatedAt = now,
            };
            db.ChatConnections.Add(c);
            db.ChatMessages.Add(ChatOutbox.New(c.Id, c.Tool, "test:" + Guid.NewGuid(), TestNote(links, programmeId), now));
            audit.Record(actor, AuditActions.ChatConnected, c.Id, c.Host, programmeId, $"{c.Tool} at {c.Host}");
            await db.SaveChangesAsync(ct);
            return c.Id;
        }
    }

    public static ChatNote TestNote(LinkBuilder links, Guid? programmeId)
    {
        ArgumentNullException.ThrowIfNull(links);
        return programmeId is { } p
            ? new("Thrive is connected", ["This channel will hear the programme's news: new pairs, new groups, pairs at risk and applications waiting. Counts and names only, never what anyone wrote."],
                links.Absolute($"/Programmes/{p}/Chat"))
            : new("Thrive is connected", ["Your chosen reminders and the Monday digest will arrive here."], links.Absolute("/Account/Chat"));
    }
}

/// <summary>The connection a page or endpoint is about: the actor's own, or the programme's channel.</summary>
public static class ChatScope
{
    public static IQueryable<ChatConnection> Of(ThriveDbContext db, Actor actor, Guid? programmeId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return programmeId is { } p ? db.ChatConnections.Where(c => c.ProgrammeId == p) : db.ChatConnections.Where(c => c.OwnerId == actor.UserId && c.ProgrammeId == null);
    }
}
