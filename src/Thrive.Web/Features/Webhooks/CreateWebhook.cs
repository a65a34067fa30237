using System.Security.Cryptography;

namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// A coordinator adds a webhook to their programme, or a person one of their own: a URL, the events it wants and an
/// optional description. The signing secret is made here and shown once.
/// </summary>
public static class CreateWebhook
{
    public sealed record Request
    {
        public string? Url { get; init; }
        public string? Description { get; init; }

        /// <summary>The events by their names on the wire: pair.proposed, session.moved, ...</summary>
        public IReadOnlyList<string>? Events { get; init; }
    }

    /// <summary>The secret, which is shown now and never again.</summary>
    public sealed record Created(Guid Id, string Secret);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, WebhookTargets targets, AuditLog audit)
    {
        /// <param name="programmeId">The programme's webhook; null for the actor's own.</param>
        public async Task<Result<Created>> HandleAsync(Actor actor, Guid? programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if (await IntegrationScope.DeniedAsync(access, actor, programmeId, ct) is { } denied) return denied;
            var events = ParseEvents(r.Events);
            if (!events.Succeeded) return Result<Created>.Fail(events.Errors);
            var url = await targets.CheckAsync(r.Url, ct);
            if (!url.Succeeded) return Result<Created>.Fail(url.Errors);
            var existing = await db.WebhookSubscriptions.CountAsync(w => programmeId == null ? w.ProgrammeId == null && w.OwnerId == actor.UserId : w.ProgrammeId == programmeId, ct);
            var secret = NewSecret();
            var made = WebhookSubscription.Create(programmeId, actor.UserId, r.Description, url.Value!, events.Value, secret, existing, reader.UtcNow);
            if (!made.Succeeded) return Result<Created>.Fail(made.Errors);
            db.WebhookSubscriptions.Add(made.Value!);
            ChangeWebhook.Record(audit, actor, AuditActions.WebhookCreated, made.Value!);
            await db.SaveChangesAsync(ct);
            return new Created(made.Value!.Id, secret);
        }
    }

    public static string NewSecret() => WebhookSubscription.NewSecret(RandomNumberGenerator.GetBytes(32));

    /// <summary>The wire names as one choice; an unknown name is an error on "Events".</summary>
    public static Result<WebhookEventType> ParseEvents(IReadOnlyList<string>? names)
    {
        var choice = WebhookEventType.None;
        foreach (var name in names ?? [])
        {
            if (WebhookEventTypes.Parse(name) is not { } type) return Error.Validation(nameof(Request.Events), $"There is no event called \"{name}\".");
            choice |= type;
        }
        return choice == WebhookEventType.None ? Error.Validation(nameof(Request.Events), "Choose at least one event.") : choice;
    }
}
