namespace Thrive.Web.Infrastructure;

/// <summary>Everything under the "Thrive" configuration section (env: Thrive__Section__Key).</summary>
public sealed class ThriveOptions
{
    public const string Section = "Thrive";

    public DatabaseOptions Database { get; set; } = new();
    public DemoOptions Demo { get; set; } = new();
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080");
    public MailOptions Mail { get; set; } = new();
    public SmtpOptions Smtp { get; set; } = new();
    public SecurityOptions Security { get; set; } = new();
    public RemindersOptions Reminders { get; set; } = new();
    public MeetingsOptions Meetings { get; set; } = new();
    public WebhooksOptions Webhooks { get; set; } = new();
    public SsoOptions Sso { get; set; } = new();
    public ActivityOptions Activity { get; set; } = new();
}

public sealed class ActivityOptions
{
    /// <summary>
    /// How long the navigation's unread count may be reused at most, in seconds, when this instance has written
    /// nothing since it was counted (any write here counts it again at once). Writes made by another instance
    /// show in the count after at most this long; 0 counts on every page.
    /// </summary>
    public int UnreadCountSeconds { get; set; } = 15;
}

public sealed class SecurityOptions
{
    /// <summary>
    /// Sign-in and password-reset posts allowed per client address and minute (page views do not count): enough for a
    /// kick-off of 30 people behind one office address, each allowed a typo.
    /// </summary>
    public int SignInAttemptsPerMinute { get; set; } = 60;

    /// <summary>
    /// Addresses (e.g. 10.0.0.5) or networks (e.g. 10.0.0.0/8) of reverse proxies or load balancers whose
    /// X-Forwarded-For and X-Forwarded-Proto headers are believed, comma-separated; "*" believes any sender.
    /// Loopback is always trusted.
    /// </summary>
    public string TrustedProxies { get; set; } = "";
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "Data Source=data/thrive.db";

    /// <summary>SQLite only: how much of the database file each connection reads through memory mapping (0: none).</summary>
    public int SqliteMemoryMapMegabytes { get; set; }
}

public sealed class DemoOptions
{
    public bool Seed { get; set; }
}

public sealed class MailOptions
{
    public string From { get; set; } = "Thrive <thrive@localhost>";
    public string PickupFolder { get; set; } = "data/mail";
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
    public bool UseStartTls { get; set; } = true;
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

public sealed class RemindersOptions
{
    /// <summary>Runs the reminder pass in the background. Each instance may run it: keys make every mail go out once.</summary>
    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 300;
    /// <summary>Reminders wait for this hour of the reader's own morning.</summary>
    public int SendFromHour { get; set; } = 8;
    /// <summary>A claimed mail not marked sent after this long (a crash mid-send) is sent again.</summary>
    public int LeaseMinutes { get; set; } = 10;
    /// <summary>A safety bound on the rows of each kind one pass reads (sessions, action items, commitments, pairs).</summary>
    public int MaxPerKind { get; set; } = 2000;
}

public sealed class MeetingsOptions
{
    /// <summary>
    /// A Jitsi Meet server (https://meet.jit.si or your own); when set, the plan and session pages offer "Generate a Jitsi
    /// Meet link" with a random, unguessable room on it. Empty: no button.
    /// </summary>
    public string JitsiBaseUrl { get; set; } = "";
}

/// <summary>Thrive:Webhooks: the delivery worker and which addresses a webhook may reach.</summary>
public sealed class WebhooksOptions
{
    /// <summary>Whether this instance runs the delivery worker (every instance may: each delivery is claimed once).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for events and deliveries that are due.</summary>
    public int IntervalSeconds { get; set; } = 5;

    /// <summary>How long Thrive waits for a receiver's answer.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How often an instance reads cohort health for "pair.at_risk" (only for programmes some webhook wants it in).</summary>
    public int AtRiskCheckMinutes { get; set; } = 60;

    /// <summary>How long a claimed delivery stays with the instance that claimed it before another may take it over.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>
    /// Whether a webhook may point at a private, loopback or link-local address (an intranet receiver). Off by default:
    /// checked when a webhook is saved and again at every delivery, against the address actually connected to.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}

/// <summary>Thrive:Sso: single sign-on with OpenID Connect providers, and whether passwords still work.</summary>
public sealed class SsoOptions
{
    /// <summary>
    /// Whether people may sign in with a password. Turning it off takes effect only when at least one provider is
    /// configured, so that an installation can never lock everyone out.
    /// </summary>
    public bool PasswordSignIn { get; set; } = true;

    /// <summary>The providers by key (letters, digits and dashes): Thrive:Sso:Providers:&lt;key&gt;:Authority and so on.</summary>
    public Dictionary<string, SsoProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool PasswordSignInAllowed => PasswordSignIn || Providers.Count == 0;
}

/// <summary>One OpenID Connect provider (Microsoft Entra ID, Google Workspace, Okta, Keycloak or any standard one).</summary>
public sealed class SsoProviderOptions
{
    /// <summary>The issuer's address; its discovery document is at Authority/.well-known/openid-configuration.</summary>
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    /// <summary>Space-separated scopes asked for; openid is always asked for.</summary>
    public string Scopes { get; set; } = "openid profile email";
    /// <summary>The button's label: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "";
    /// <summary>Comma-separated e-mail domains whose people get an account at their first sign-in without an invitation.</summary>
    public string AllowedDomains { get; set; } = "";
    /// <summary>
    /// Whether the provider's e-mail address counts as verified without an email_verified claim (Microsoft Entra ID sends
    /// none; turn this on only for a directory whose addresses your organisation manages).
    /// </summary>
    public bool EmailVerifiedByDirectory { get; set; }
    /// <summary>Off only for a provider on plain http inside a test or a closed network.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public IReadOnlyList<string> Domains => AllowedDomains.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
