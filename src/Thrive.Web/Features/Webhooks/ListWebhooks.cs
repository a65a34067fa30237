namespace Thrive.Web.Features.Webhooks;

/// <summary>A programme's webhooks (for its coordinators) or the reader's own, with when each last delivered or failed.</summary>
public static class ListWebhooks
{
    public sealed record Row(Guid Id, string Url, string Description, IReadOnlyList<string> Events, bool Enabled, string? DisabledReason,
        int FailedEvents, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, int? LastStatusCode, bool? LastSucceeded);

    public sealed record View(Guid? ProgrammeId, string? ProgrammeName, IReadOnlyList<Row> Webhooks);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? programmeId, CancellationToken ct)
        {
            var programme = await IntegrationScope.ProgrammeNameAsync(db, access, actor, programmeId, ct);
            if (!programme.Succeeded) return Result<View>.Fail(programme.Errors);
            var name = programme.Value;
            var me = actor.UserId;
            var rows = await db.WebhookSubscriptions.AsNoTracking()
                .Where(w => programmeId == null ? w.ProgrammeId == null && w.OwnerId == me : w.ProgrammeId == programmeId)
                .OrderBy(w => w.CreatedAt).ThenBy(w => w.Id).Take(WebhookSubscription.PerOwnerMax * 2)
                .Select(w => new
                {
                    w.Id, w.Url, w.Description, w.Events, w.Enabled, w.DisabledReason, w.FailedEvents, w.CreatedAt,
                    Last = db.WebhookAttempts.Where(a => a.SubscriptionId == w.Id).OrderByDescending(a => a.At).ThenBy(a => a.Id)
                        .Select(a => new { a.At, a.StatusCode, a.Succeeded }).FirstOrDefault(),
                })
                .ToListAsync(ct);
            return new View(programmeId, name, rows.Select(w => new Row(w.Id, w.Url, w.Description, Names(w.Events), w.Enabled, w.DisabledReason, w.FailedEvents,
                w.CreatedAt, w.Last?.At, w.Last?.StatusCode, w.Last?.Succeeded)).ToList());
        }
    }

    public static IReadOnlyList<string> Names(WebhookEventType events) => WebhookEventTypes.Split(events).Select(WebhookEventTypes.NameOf).ToList();
}
