namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// Whose a webhook or a chat connection is: the reader's own (no programme), or a programme's, which only those who
/// run its integrations reach. The one check the webhook and chat use cases share.
/// </summary>
public static class IntegrationScope
{
    /// <summary>Why the actor may not reach the programme's integrations; null for their own, or when they may.</summary>
    public static async Task<Error?> DeniedAsync(Access access, Actor actor, Guid? programmeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        return programmeId is { } p ? (await access.CheckAsync(actor, Policy.Webhook.ManageProgramme, p, ct)).Denied : null;
    }

    /// <summary>As <see cref="DeniedAsync"/>, with the programme's name for the page's heading (null for one's own).</summary>
    public static async Task<Result<string?>> ProgrammeNameAsync(ThriveDbContext db, Access access, Actor actor, Guid? programmeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await DeniedAsync(access, actor, programmeId, ct) is { } denied) return denied;
        return programmeId is { } p ? await db.Programmes.Where(x => x.Id == p).Select(x => x.Name).FirstAsync(ct) : null;
    }
}
