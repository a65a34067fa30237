namespace Thrive.Web.Features.Sessions;

/// <summary>
/// What the use cases that change a session share once access is granted: load it, let the domain change it, save.
/// Both members may have the page open; when the partner saved the same session at the same moment, the second save is
/// a conflict instead of overwriting their change.
/// </summary>
public static class SessionChange
{
    public const string Raced = "Your partner changed this session at the same moment. Reload to see their change.";

    /// <param name="raise">The webhook event the change raises, written in the same save (null: none).</param>
    public static async Task<Result<MentoringSession>> SaveAsync(ThriveDbContext db, Guid sessionId, Func<MentoringSession, Result<Unit>> change, CancellationToken ct,
        Func<MentoringSession, WebhookEvent?>? raise = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        var session = await db.Sessions.FirstAsync(s => s.Id == sessionId, ct);
        var r = change(session);
        if (!r.Succeeded) return Result<MentoringSession>.Fail(r.Errors);
        if (raise?.Invoke(session) is { } e) db.WebhookEvents.Add(e);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Error.Conflict(Raced); }
        return session;
    }

    /// <summary>
    /// The domain names fields after itself (TimeZoneId, CancelReason, Start); a form and a request body name them after the
    /// request, so that each message shows beside the field it is about.
    /// </summary>
    public static Result<T> OnRequestFields<T>(IReadOnlyList<Error> errors, params (string Domain, string Request)[] names)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Result<T>.Fail(errors.Select(e => names.Where(n => n.Domain == e.Field).Select(n => e with { Field = n.Request }).FirstOrDefault() ?? e).ToList());
    }
}
