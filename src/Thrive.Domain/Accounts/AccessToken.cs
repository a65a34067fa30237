namespace Thrive.Domain.Accounts;

/// <summary>What a personal access token may do: read (GET and HEAD only) or also write.</summary>
public enum TokenScope { Read, Write }

/// <summary>
/// A personal access token for the API: it acts as its owner (never more), within its scope, until it expires or is
/// revoked. Only the SHA-256 of the secret is kept, so the secret is shown once, when it is made; the last characters
/// (the hint) let its owner tell their tokens apart.
/// </summary>
public sealed class AccessToken
{
    /// <summary>Every secret starts with it, so that a leaked token is recognisable (secret scanners, logs).</summary>
    public const string Prefix = "thr_";
    public const int NameMax = 100;
    public const int HintLength = 4;
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    /// <summary>Live tokens a person may hold at once.</summary>
    public const int LiveMax = 20;

    /// <summary>Last use is written at most this often, so that calls do not each write a row.</summary>
    public static readonly TimeSpan LastUseStep = TimeSpan.FromMinutes(1);

    private AccessToken() { Name = ""; TokenHash = ""; Hint = ""; }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Name { get; private set; }
    public TokenScope Scope { get; private set; }
    public string TokenHash { get; private set; }
    public string Hint { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <param name="secret">The new secret (with <see cref="Prefix"/>); only <paramref name="tokenHash"/> and its last characters are kept.</param>
    public static Result<AccessToken> Create(Guid ownerId, string? name, TokenScope? scope, int? days, string secret, string tokenHash, int liveTokens, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var v = new Validate()
            .Required("Name", name, "Name", NameMax)
            .That(scope is not null && Enum.IsDefined(scope.Value), "Scope", "Choose read or write.")
            .That(days is null or (>= 1 and <= MaxDays), "ExpiresInDays", $"A token lasts between 1 and {MaxDays} days.");
        if (!v.Ok) return Result<AccessToken>.Fail(v.Errors);
        if (liveTokens >= LiveMax)
            return Error.Conflict($"You have {LiveMax} live tokens, the most one person may hold. Revoke one you no longer use first.", code: "too_many_tokens");
        return new AccessToken
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, Name = name!.Trim(), Scope = scope!.Value, TokenHash = tokenHash,
            Hint = secret[^HintLength..], CreatedAt = now, ExpiresAt = now.AddDays(days ?? DefaultDays),
        };
    }

    public bool IsLive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>Whether a use at <paramref name="now"/> should be written (the last one is older than <see cref="LastUseStep"/>).</summary>
    public static bool ShouldRecordUse(DateTimeOffset? lastUsedAt, DateTimeOffset now) => lastUsedAt is null || now - lastUsedAt.Value >= LastUseStep;

    /// <summary>Ends the token at once; revoking it again changes nothing.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Whether a call with this HTTP method is within the scope: a read token may only read.</summary>
    public static bool Allows(TokenScope scope, bool safeMethod) => scope == TokenScope.Write || safeMethod;
}
