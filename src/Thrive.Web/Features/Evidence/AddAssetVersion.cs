namespace Thrive.Web.Features.Evidence;

/// <summary>The reader adds a new version of their CV, LinkedIn profile or portfolio site (the asset starts with its first version).</summary>
public static class AddAssetVersion
{
    public sealed record Request
    {
        public AssetKind Kind { get; init; } = AssetKind.Cv;
        public string? Link { get; init; }
        /// <summary>A short summary of this version, when there is no link (or besides it).</summary>
        public string? Summary { get; init; }
        /// <summary>The reader's day of this version; today when left out.</summary>
        public DateOnly? On { get; init; }
        /// <summary>What changed since the last version (required from the second version on).</summary>
        public string? Changes { get; init; }
        /// <summary>Ask the mentor to review it straight away.</summary>
        public bool AskReview { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if (!Enum.IsDefined(r.Kind)) return Error.Validation(nameof(Request.Kind), "Choose a CV, a LinkedIn profile or a portfolio site.");
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var asset = await OwnRow.FindOrStartAsync(db.CareerAssets, a => a.OwnerId == actor.UserId && a.ProgrammeId == programmeId && a.Kind == r.Kind,
                () => CareerAsset.Start(programmeId, actor.UserId, r.Kind, reader.UtcNow), ct);
            var version = asset.AddVersion(r.Link, r.Summary, r.On ?? reader.Today, r.Changes, reader.Today, reader.UtcNow);
            if (!version.Succeeded) return Result<Guid>.Fail(version.Errors);
            if (r.AskReview) version.Value!.RequestReview(reader.UtcNow);
            db.AssetVersions.Add(version.Value!);
            try { await db.SaveChangesAsync(ct); }
            catch (Exception e) when (e is DbUpdateConcurrencyException || (e is DbUpdateException u && u.IsUniqueKeyViolation()))
            {
                return Error.Conflict("A version was just added in another tab; reload and try again.", null, "stale");
            }
            return version.Value!.Id;
        }
    }
}
