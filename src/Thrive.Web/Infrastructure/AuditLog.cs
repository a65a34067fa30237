namespace Thrive.Web.Infrastructure;

/// <summary>The audit codes Thrive writes, with the words the audit page shows for them.</summary>
public static class AuditActions
{
    public const string AdminGranted = "admin.granted";
    public const string AdminRevoked = "admin.revoked";
    public const string ApplicationAccepted = "application.accepted";
    public const string ApplicationDeclined = "application.declined";
    public const string PairActivated = "pair.activated";
    public const string PairCompleted = "pair.completed";
    public const string PairDissolved = "pair.dissolved";
    public const string ProgrammeExported = "programme.exported";
    public const string PersonalDataExported = "account.exported";
    public const string AccountDeleted = "account.deleted";
    public const string TokenCreated = "token.created";
    public const string TokenRevoked = "token.revoked";
    public const string SsoSignedIn = "sso.signed_in";
    public const string SsoAccountCreated = "sso.account_created";
    public const string SsoLinked = "sso.linked";
    public const string SsoUnlinked = "sso.unlinked";
    public const string SsoRefused = "sso.refused";
    public const string WebhookCreated = "webhook.created";
    public const string WebhookDeleted = "webhook.deleted";
    public const string WebhookSecretRotated = "webhook.secret_rotated";
    public const string WebhookEnabled = "webhook.enabled";
    public const string WebhookDisabled = "webhook.disabled";
    public const string ChatConnected = "chat.connected";
    public const string ChatDisconnected = "chat.disconnected";
    public const string ChatEnabled = "chat.enabled";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AdminGranted] = "Made an admin",
        [AdminRevoked] = "Admin rights removed",
        [ApplicationAccepted] = "Application accepted",
        [ApplicationDeclined] = "Application declined",
        [PairActivated] = "Pair confirmed",
        [PairCompleted] = "Pair completed",
        [PairDissolved] = "Pair dissolved",
        [ProgrammeExported] = "Participants exported",
        [PersonalDataExported] = "Personal data downloaded",
        [AccountDeleted] = "Account deleted",
        [TokenCreated] = "Personal access token created",
        [TokenRevoked] = "Personal access token revoked",
        [SsoSignedIn] = "Signed in with a provider",
        [SsoAccountCreated] = "Account made at a first sign-in with a provider",
        [SsoLinked] = "Sign-in provider linked",
        [SsoUnlinked] = "Sign-in provider unlinked",
        [SsoRefused] = "Sign-in with a provider refused",
        [WebhookCreated] = "Webhook added",
        [WebhookDeleted] = "Webhook deleted",
        [WebhookSecretRotated] = "Webhook signing secret replaced",
        [WebhookEnabled] = "Webhook turned on",
        [WebhookDisabled] = "Webhook turned off",
        [ChatConnected] = "Slack or Teams connected",
        [ChatDisconnected] = "Slack or Teams disconnected",
        [ChatEnabled] = "Slack or Teams turned on again",
    };
}

/// <summary>
/// Adds audit entries to the current unit of work; the caller's SaveChanges writes them together with the action.
/// The actor's name comes from the signed-in user's claims.
/// </summary>
public sealed class AuditLog(ThriveDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(Actor actor, string action, Guid? subjectId, string subjectName, Guid? programmeId = null, string detail = "")
    {
        var name = http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.DisplayName() : "";
        db.AuditLog.Add(new AuditEntry
        {
            Id = Guid.NewGuid(), At = clock.GetUtcNow(), ActorId = actor.UserId == Guid.Empty ? null : actor.UserId, ActorName = Cut(name, AuditEntry.NameMax),
            Action = action, SubjectId = subjectId, SubjectName = Cut(subjectName, AuditEntry.NameMax), ProgrammeId = programmeId, Detail = Cut(detail, AuditEntry.DetailMax),
        });
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
