namespace Thrive.Web.Features.Pairs;

/// <summary>Pairs: a mentee with a mentor, proposed, active, completed or dissolved.</summary>
public sealed class PairsArea : IArea
{
    public string? ApiDescription => "Pairs of a programme and their life cycle.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PairStateChange>();
        services.AddScoped<MenteeWeek>();
    }

    public sealed record PairSummaryResponse(Guid Id, string MentorName, string MenteeName, PairState State, DateTimeOffset ProposedAt);

    public sealed record PairMemberResponse(Guid Id, string Name, string Pronouns, string Email, string TimeZone, string Region, string Bio, string Interests);

    /// <summary>A pair; <c>dissolveReason</c> only for those who run the programme.</summary>
    public sealed record PairResponse(Guid Id, Guid ProgrammeId, string ProgrammeName, PairState State, int Week, int LengthWeeks, string WeekLine,
        PairMemberResponse Mentor, PairMemberResponse Mentee, DateTimeOffset ProposedAt, DateTimeOffset? ActivatedAt, DateTimeOffset? EndedAt,
        string? DissolveReason);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/programmes/{id:guid}/pairs", async (HttpContext c, Guid id, int? page, int? pageSize, ListPairs.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, PageRequest.Of(page, pageSize), ct), p => new Page<PairSummaryResponse>(
                p.Items.Select(r => new PairSummaryResponse(r.Id, r.MentorName, r.MenteeName, r.State, r.ProposedAt)).ToList(), p.PageNumber, p.PageSize, p.Total)))
            .WithName("ListPairs").WithSummary("Pairs of a programme, active first, paged (coordinators).");

        api.MapPost("/programmes/{id:guid}/pairs", async (HttpContext c, Guid id, ProposePair.Request body, ProposePair.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), id, body, ct), pid => $"/api/v1/pairs/{pid}"))
            .WithName("CreatePair").WithSummary("Pair an accepted mentee with an accepted mentor (coordinators); activate=true starts it active.");

        api.MapGet("/pairs/{id:guid}", async (HttpContext c, Guid id, GetPair.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetPair").WithSummary("A pair: its two members and where the programme is (the pair and its coordinators).");

        api.MapPost("/pairs/{id:guid}/activate", async (HttpContext c, Guid id, ActivatePair.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("ActivatePair").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Confirm a proposed pair (coordinators); 409 when it is not proposed.");

        api.MapPost("/pairs/{id:guid}/complete", async (HttpContext c, Guid id, CompletePair.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("CompletePair").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Mark an active pair completed (coordinators); 409 when it is not active.");

        api.MapPost("/pairs/{id:guid}/dissolve", async (HttpContext c, Guid id, DissolvePair.Request body, DissolvePair.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("DissolvePair").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("End a pair, no fault (coordinators); a reason is required; 409 when it has already ended.");
    }

    private static PairResponse ToResponse(GetPair.View v) => new(v.Id, v.ProgrammeId, v.ProgrammeName, v.State, v.Week, v.LengthWeeks, v.WeekLine,
        Member(v.Mentor), Member(v.Mentee), v.ProposedAt, v.ActivatedAt, v.EndedAt, v.DissolveReason);

    private static PairMemberResponse Member(GetPair.Person p) => new(p.Id, p.Name, p.Pronouns, p.Email, p.TimeZone, p.Region, p.Bio, p.Interests);
}
