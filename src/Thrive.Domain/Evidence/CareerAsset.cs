using System.Globalization;

namespace Thrive.Domain.Evidence;

/// <summary>The career assets of the seed's career goal: a CV, a LinkedIn profile and a portfolio site.</summary>
public enum AssetKind { Cv, LinkedIn, Portfolio }

/// <summary>Where a version stands with the mentor: not asked, waiting for their review, or reviewed.</summary>
public enum ReviewState { NotAsked, Requested, Reviewed }

public static class AssetKinds
{
    public static string Name(AssetKind k) => k switch
    {
        AssetKind.Cv => "CV",
        AssetKind.LinkedIn => "LinkedIn profile",
        _ => "portfolio site",
    };
}

/// <summary>A person's CV, LinkedIn profile or portfolio site in one programme: one of each kind, with numbered versions.</summary>
public sealed class CareerAsset
{
    private CareerAsset() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public AssetKind Kind { get; private set; }
    /// <summary>How many versions it has; the next one gets this plus one.</summary>
    public int Versions { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Changes with each new version, so that two versions added at once cannot both be number n.</summary>
    public Guid Version { get; private set; }

    public static CareerAsset Start(Guid programmeId, Guid ownerId, AssetKind kind, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, Kind = kind, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid() };

    /// <summary>
    /// A new version: a link or a short summary (or both), its date, and from the second version on what changed.
    /// </summary>
    public Result<AssetVersion> AddVersion(string? link, string? summary, DateOnly on, string? changes, DateOnly today, DateTimeOffset now)
    {
        var (l, s, c) = ((link ?? "").Trim(), (summary ?? "").Trim(), (changes ?? "").Trim());
        var v = new Validate()
            .That(l.Length > 0 || s.Length > 0, nameof(AssetVersion.Link), "Give a link to this version, a short summary of it, or both.")
            .MaxLength(nameof(AssetVersion.Link), l, "The link", AssetVersion.LinkMax)
            .MaxLength(nameof(AssetVersion.Summary), s, "The summary", AssetVersion.SummaryMax)
            .MaxLength(nameof(AssetVersion.Changes), c, "What changed", AssetVersion.ChangesMax)
            .That(Versions == 0 || c.Length > 0, nameof(AssetVersion.Changes), "Say what changed since the last version.")
            .That(on <= today, nameof(AssetVersion.On), "The date cannot be in the future.");
        if (l.Length > 0 && l.Length <= AssetVersion.LinkMax && !WebLink.IsValid(l))
            v.That(false, nameof(AssetVersion.Link), "The link must be a web address starting with http:// or https://.");
        if (!v.Ok) return Result<AssetVersion>.Fail(v.Errors);
        Versions++;
        UpdatedAt = now;
        Version = Guid.NewGuid();
        return AssetVersion.Make(Id, Versions, l, s, on, c, now);
    }
}

/// <summary>One version of a career asset; the owner may ask their mentor to review it, the mentor comments and marks it reviewed.</summary>
public sealed class AssetVersion
{
    public const int LinkMax = 500;
    public const int SummaryMax = 2000;
    public const int ChangesMax = 500;

    private AssetVersion() { Link = ""; Summary = ""; Changes = ""; }

    public Guid Id { get; private set; }
    public Guid AssetId { get; private set; }
    public int Number { get; private set; }
    public string Link { get; private set; }
    public string Summary { get; private set; }
    public DateOnly On { get; private set; }
    public string Changes { get; private set; }
    public ReviewState Review { get; private set; }
    public DateTimeOffset? ReviewRequestedAt { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    internal static AssetVersion Make(Guid assetId, int number, string link, string summary, DateOnly on, string changes, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), AssetId = assetId, Number = number, Link = link, Summary = summary, On = on, Changes = changes, CreatedAt = now };

    /// <summary>The owner asks their mentor to review this version: it goes into the mentor's review list.</summary>
    public Result<Unit> RequestReview(DateTimeOffset now)
    {
        if (Review == ReviewState.Requested) return Error.Conflict("This version is already waiting for your mentor's review.", nameof(Review), "review_requested");
        if (Review == ReviewState.Reviewed)
            return Error.Conflict($"Your mentor reviewed this version on {ReviewedAt!.Value.ToString("d MMM", CultureInfo.InvariantCulture)}. Add a new version to ask again.", nameof(Review), "already_reviewed");
        Review = ReviewState.Requested;
        ReviewRequestedAt = now;
        return Result.Ok();
    }

    /// <summary>The mentor has read it (and commented, if they had something to say): it leaves their review list.</summary>
    public Result<Unit> MarkReviewed(Guid reviewerId, DateTimeOffset now)
    {
        if (Review != ReviewState.Requested)
            return Error.Conflict(Review == ReviewState.Reviewed ? "This version was already marked reviewed." : "No review was asked for on this version.", nameof(Review), "not_requested");
        Review = ReviewState.Reviewed;
        ReviewedAt = now;
        ReviewedById = reviewerId;
        return Result.Ok();
    }
}

/// <summary>A comment on a version of a career asset (Markdown), by its owner or their mentor.</summary>
public sealed class AssetVersionComment
{
    private AssetVersionComment() { Body = ""; }

    public Guid Id { get; private set; }
    public Guid VersionId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<AssetVersionComment> Write(Guid versionId, Guid authorId, string? body, DateTimeOffset now)
    {
        var text = CommentBody.Check(body);
        return text.Succeeded
            ? new AssetVersionComment { Id = Guid.NewGuid(), VersionId = versionId, AuthorId = authorId, Body = text.Value!, CreatedAt = now }
            : Result<AssetVersionComment>.Fail(text.Errors);
    }
}

/// <summary>
/// The secret link to a person's portfolio in one programme: only the token's hash is kept, so the link is shown once,
/// when it is made; making a new one ends the old one, and revoking deletes the row.
/// </summary>
public sealed class PortfolioShare
{
    private PortfolioShare() { TokenHash = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string TokenHash { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static PortfolioShare Start(Guid programmeId, Guid ownerId, string tokenHash, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, TokenHash = tokenHash, CreatedAt = now };

    public void Regenerate(string tokenHash, DateTimeOffset now)
    {
        TokenHash = tokenHash;
        CreatedAt = now;
    }
}
