using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Evidence;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>A person's evidence, career asset versions and portfolio link.</summary>
public sealed partial class Given
{
    /// <summary>A piece of evidence dated <paramref name="daysAgo"/> days back (UTC days), tied to <paramref name="goals"/>.</summary>
    public async Task<Guid> EvidenceAsync(GivenPerson owner, string title = "What I learned about focus traps", EvidenceKind kind = EvidenceKind.Post,
        int daysAgo = 0, string skills = "accessibility, React", IReadOnlyList<Guid>? goals = null)
    {
        var item = Ok(EvidenceItem.Add(ProgrammeOf(owner).Id, owner.Id, new EvidenceDetails(kind, title, "https://dev.to/example/focus-traps", Today.AddDays(-daysAgo), skills,
            "A short post with a demo."), Today, Now));
        await WriteAsync(db =>
        {
            db.EvidenceItems.Add(item);
            foreach (var g in goals ?? []) db.EvidenceGoals.Add(EvidenceGoal.Link(item.Id, g));
        });
        return item.Id;
    }

    /// <summary>The next version of the owner's asset of <paramref name="kind"/> (started with the first), optionally waiting for the mentor's review.</summary>
    public async Task<Guid> AssetVersionAsync(GivenPerson owner, AssetKind kind = AssetKind.Cv, bool askReview = false, string summary = "Two pages, projects first.")
    {
        var programme = ProgrammeOf(owner).Id;
        return await WriteAsync(async db =>
        {
            var asset = await db.CareerAssets.FirstOrDefaultAsync(a => a.OwnerId == owner.Id && a.ProgrammeId == programme && a.Kind == kind);
            if (asset is null) db.CareerAssets.Add(asset = CareerAsset.Start(programme, owner.Id, kind, Now));
            var version = Ok(asset.AddVersion("https://example.com/cv.pdf", summary, Today, asset.Versions == 0 ? null : "Tightened the summary.", Today, Now));
            if (askReview) Ok(version.RequestReview(Now));
            db.AssetVersions.Add(version);
            return version.Id;
        });
    }

    /// <summary>A secret link to the owner's portfolio: the token (its hash is stored).</summary>
    public async Task<string> PortfolioLinkAsync(GivenPerson owner)
    {
        var token = Thrive.Web.Infrastructure.Tokens.New();
        await WriteAsync(db => db.PortfolioShares.Add(PortfolioShare.Start(ProgrammeOf(owner).Id, owner.Id, Thrive.Web.Infrastructure.Tokens.Hash(token), Now)));
        return token;
    }
}
