namespace Thrive.Web.Features.Evidence;

/// <summary>
/// Evidence of applied learning (posts, talks, repositories, pull requests, certificates, courses) tied to goals; career
/// assets (CV, LinkedIn profile, portfolio site) with versions the mentor reviews; and the portfolio, shareable by a
/// secret link.
/// </summary>
/// <remarks>The API: under /api/v1/evidence, with the same handlers as the pages: the owner writes, their mentor reads, comments and reviews, nobody else sees it.</remarks>
public sealed class EvidenceArea : IArea
{
    public string? ApiDescription => "Evidence of applied learning tied to goals, career assets with versions and mentor reviews, and the shareable portfolio.";

    public sealed record EvidenceResponse(Guid Id, EvidenceKind Kind, string Title, string? Link, DateOnly On, IReadOnlyList<string> Skills, string Note, IReadOnlyList<Guid> Goals);

    public sealed record EvidencePageResponse(Guid OwnerId, int Page, int PageSize, int Total, IReadOnlyList<ListEvidence.KindCount> Kinds, IReadOnlyList<EvidenceResponse> Items);

    public sealed record CommentResponse(Guid AuthorId, string AuthorName, string Body, DateTimeOffset CreatedAt);

    public sealed record VersionResponse(Guid Id, int Number, string? Link, string Summary, DateOnly On, string Changes, ReviewState Review,
        DateTimeOffset? ReviewRequestedAt, DateTimeOffset? ReviewedAt, IReadOnlyList<CommentResponse> Comments);

    public sealed record AssetResponse(AssetKind Kind, int Versions, IReadOnlyList<VersionResponse> Newest);

    public sealed record CareerAssetsResponse(Guid OwnerId, string OwnerName, IReadOnlyList<AssetResponse> Assets);

    public sealed record ReviewWaitingResponse(Guid VersionId, Guid OwnerId, string OwnerName, AssetKind Kind, int Number, string? Link, string Summary, DateTimeOffset RequestedAt);

    public sealed record ReviewPageResponse(int Page, int PageSize, int Total, IReadOnlyList<ReviewWaitingResponse> Reviews);

    public sealed record PortfolioGoalResponse(string Title, GoalCategory Category, DateOnly? AchievedOn);

    public sealed record PortfolioItemResponse(EvidenceKind Kind, string Title, string? Link, DateOnly On, IReadOnlyList<string> Skills, string Note);

    public sealed record PortfolioAssetResponse(AssetKind Kind, int Number, string? Link, string Summary, DateOnly On);

    public sealed record PortfolioResponse(Guid OwnerId, string OwnerName, string ProgrammeName, bool Shared, DateTimeOffset? SharedSince,
        IReadOnlyList<PortfolioGoalResponse> Goals, int EvidenceTotal, IReadOnlyList<PortfolioItemResponse> Evidence, IReadOnlyList<PortfolioAssetResponse> Assets);

    public sealed record PortfolioLinkResponse(string Url);

    public void AddServices(IServiceCollection services) => services.AddScoped<IStoryTool, EvidenceTool>();

    public void MapApi(RouteGroupBuilder api)
    {
        var evidence = api.MapGroup("/evidence");
        api.MapGet("/evidence", async (HttpContext c, Guid? owner, EvidenceKind? kind, int? page, int? pageSize, ListEvidence.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), new() { Owner = owner, Kind = kind, Page = page, PageSize = pageSize }, ct), ToResponse))
            .WithName("ListEvidence")
            .WithSummary("A person's evidence, newest first, paged (?page=, ?pageSize=), optionally one kind's (?kind=), with counts per kind; yours by default, your mentee's with ?owner=.");

        api.MapPost("/evidence", async (HttpContext c, AddEvidence.Request body, AddEvidence.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/evidence/{id}"))
            .WithName("AddEvidence")
            .WithSummary("Add a piece of evidence (kind, title, http(s) link, date not in the future, comma-separated skills, note, your goals it shows progress on).");

        evidence.MapPut("/{id:guid}", async (HttpContext c, Guid id, AddEvidence.Request body, EditEvidence.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("EditEvidence")
            .WithSummary("Change a piece of evidence (the same fields as adding it; the goals are replaced).");

        evidence.MapDelete("/{id:guid}", async (HttpContext c, Guid id, DeleteEvidence.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("DeleteEvidence")
            .WithSummary("Remove a piece of evidence.");

        evidence.MapGet("/assets", async (HttpContext c, Guid? owner, GetCareerAssets.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), owner, ct), ToResponse))
            .WithName("GetCareerAssets")
            .WithSummary("A person's CV, LinkedIn profile and portfolio site with their newest versions, review states and comments; yours by default, your mentee's with ?owner=.");

        evidence.MapPost("/assets/versions", async (HttpContext c, AddAssetVersion.Request body, AddAssetVersion.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), _ => $"{Areas.ApiPrefix}/evidence/assets"))
            .WithName("AddCareerAssetVersion").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a version of your CV, LinkedIn profile or portfolio site: an http(s) link and/or a short summary, its date, what changed (from the second version on); askReview puts it in your mentor's review list.");

        var version = evidence.MapGroup("/assets/versions/{id:guid}");
        version.MapPost("/review-request", async (HttpContext c, Guid id, AskForReview.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("AskForVersionReview").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Ask your mentor to review a version; 409 with code \"review_requested\" or \"already_reviewed\" when it was asked for before.");

        version.MapPost("/comments", async (HttpContext c, Guid id, CommentOnVersion.Request body, CommentOnVersion.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("CommentOnVersion")
            .WithSummary("Comment on a version (Markdown): its owner or their mentor.");

        version.MapPost("/reviewed", async (HttpContext c, Guid id, MarkReviewed.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("MarkVersionReviewed").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The mentor marks a version they were asked to review as reviewed; 409 with code \"not_requested\" otherwise.");

        evidence.MapGet("/reviews", async (HttpContext c, int? page, int? pageSize, ListReviewsWaiting.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), page, pageSize, ct), p => new ReviewPageResponse(p.PageNumber, p.PageSize, p.Total,
                p.Items.Select(r => new ReviewWaitingResponse(r.VersionId, r.OwnerId, r.OwnerName, r.Kind, r.Number, NullIfEmpty(r.Link), r.Summary, r.RequestedAt)).ToList())))
            .WithName("ListReviewsWaiting")
            .WithSummary("Versions of your mentoring partners' career assets waiting for your review, oldest request first, paged.");

        evidence.MapGet("/portfolio", async (HttpContext c, Guid? owner, GetPortfolio.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), owner, ct), ToResponse))
            .WithName("GetPortfolio")
            .WithSummary("What a person achieved in the programme (achieved goals, evidence, the latest version of each career asset) and whether a secret link is out.");

        evidence.MapPost("/portfolio/link", async (HttpContext c, SharePortfolio.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), ct), url => new PortfolioLinkResponse(url)))
            .WithName("SharePortfolio").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Make a new secret link to your portfolio (shown only now); an earlier link stops working.");

        evidence.MapDelete("/portfolio/link", async (HttpContext c, RevokePortfolio.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), ct)))
            .WithName("RevokePortfolioLink")
            .WithSummary("End your portfolio's secret link: it answers 404 from now on.");
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static EvidencePageResponse ToResponse(ListEvidence.View v) => new(v.OwnerId, v.Items.PageNumber, v.Items.PageSize, v.Items.Total, v.Kinds,
        v.Items.Items.Select(r => new EvidenceResponse(r.Item.Id, r.Item.Kind, r.Item.Title, NullIfEmpty(r.Item.Link), r.Item.On, r.Item.SkillList, r.Item.Note,
            r.Goals.Select(g => g.Id).ToList())).ToList());

    private static CareerAssetsResponse ToResponse(GetCareerAssets.View v) => new(v.OwnerId, v.OwnerName, v.Assets.Select(a => new AssetResponse(a.Kind, a.Versions,
        a.Newest.Select(x => new VersionResponse(x.Id, x.Number, NullIfEmpty(x.Link), x.Summary, x.On, x.Changes, x.Review, x.ReviewRequestedAt, x.ReviewedAt,
            x.Comments.Select(c => new CommentResponse(c.AuthorId, c.AuthorName, c.Body, c.CreatedAt)).ToList())).ToList())).ToList());

    private static PortfolioResponse ToResponse(GetPortfolio.View v)
    {
        var p = v.Portfolio;
        return new(v.OwnerId, p.OwnerName, p.ProgrammeName, v.SharedSince is not null, v.SharedSince,
            p.Goals.Select(g => new PortfolioGoalResponse(g.Title, g.Category, g.AchievedOn)).ToList(), p.EvidenceTotal,
            p.Evidence.Select(e => new PortfolioItemResponse(e.Kind, e.Title, NullIfEmpty(e.Link), e.On, e.Skills, e.Note)).ToList(),
            p.Assets.Select(a => new PortfolioAssetResponse(a.Kind, a.Number, NullIfEmpty(a.Link), a.Summary, a.On)).ToList());
    }
}
