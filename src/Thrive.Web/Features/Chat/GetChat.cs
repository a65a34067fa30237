using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Features.Chat;

/// <summary>The actor's own chat connection (or a programme's channel) as shown: the host only, the choices and the newest messages' log.</summary>
public static class GetChat
{
    public const int LogSize = 20;

    public sealed record LogLine(Guid Id, string Title, DateTimeOffset CreatedAt, string Status, int Attempts, int? StatusCode, string? Answer, DateTimeOffset? DeliveredAt);

    public sealed record Connection(Guid Id, string Tool, string Url, IReadOnlyList<ReminderKind> Kinds, bool InsteadOfMail, bool Enabled, DateTimeOffset CreatedAt,
        string? DisabledReason, IReadOnlyList<LogLine> Log);

    public sealed record View(Guid? ProgrammeId, string? ProgrammeName, Connection? Connection);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? programmeId, CancellationToken ct)
        {
            var programme = await IntegrationScope.ProgrammeNameAsync(db, access, actor, programmeId, ct);
            if (!programme.Succeeded) return Result<View>.Fail(programme.Errors);
            var name = programme.Value;
            var c = await ChatScope.Of(db, actor, programmeId).AsNoTracking().FirstOrDefaultAsync(ct);
            if (c is null) return new View(programmeId, name, null);
            var log = await db.ChatMessages.AsNoTracking().Where(m => m.ConnectionId == c.Id).OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Take(LogSize)
                .Select(m => new LogLine(m.Id, m.Title, m.CreatedAt, m.Status.ToString(), m.Attempts, m.LastStatusCode, m.LastAnswer, m.DeliveredAt)).ToListAsync(ct);
            return new View(programmeId, name, new Connection(c.Id, c.Tool == ChatTool.Slack ? "Slack" : "Microsoft Teams", ChatUrls.Masked(c.Host), KindsOf(c.Kinds),
                c.InsteadOfMail, c.Enabled, c.CreatedAt, c.DisabledReason, log));
        }
    }

    public static IReadOnlyList<ReminderKind> KindsOf(string kinds) =>
        kinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => Enum.TryParse<ReminderKind>(k, out var x) ? x : (ReminderKind?)null).OfType<ReminderKind>().ToList();
}
