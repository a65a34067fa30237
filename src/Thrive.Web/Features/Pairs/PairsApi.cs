using Thrive.Web.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Features.Programmes;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Pairs;

/// <summary>Pairs under /api/v1; the same handlers as the pages.</summary>
public static class PairsApi
{
    public sealed record DissolveRequest(string Reason);

    public static RouteGroupBuilder MapPairsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/programmes/{id:guid}/pairs", async (HttpContext c, Guid id, int? page, int? pageSize, ProgrammePairs h, Access access, CancellationToken ct) =>
        {
            if (await access.CheckManageAsync(c.User.Actor(), id, ct) is { } denied) return (IResult)new[] { denied }.ToProblem();
            return TypedResults.Ok(await h.ListAsync(id, PageRequest.Of(page, pageSize), ct));
        }).WithName("ListPairs").WithSummary("Pairs of a programme, paged (coordinators).");

        api.MapPost("/programmes/{id:guid}/pairs", async (HttpContext c, Guid id, ProposePair.Request body, ProposePair.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), id, body, ct), pid => $"/api/v1/pairs/{pid}"))
            .WithName("CreatePair").WithSummary("Pair an accepted mentee with an accepted mentor.");

        api.MapGet("/pairs/{id:guid}", async (HttpContext c, Guid id, PairDetails.Handler h, CancellationToken ct) =>
            Ok(await h.GetAsync(c.User.Actor(), id, ct)))
            .WithName("GetPair").WithSummary("A pair (its members and the coordinator).");

        api.MapPost("/pairs/{id:guid}/activate", async (HttpContext c, Guid id, PairDetails.Handler h, CancellationToken ct) =>
            NoContent(await h.ChangeAsync(c.User.Actor(), id, PairDetails.Change.Activate, null, ct))).WithName("ActivatePair");
        api.MapPost("/pairs/{id:guid}/complete", async (HttpContext c, Guid id, PairDetails.Handler h, CancellationToken ct) =>
            NoContent(await h.ChangeAsync(c.User.Actor(), id, PairDetails.Change.Complete, null, ct))).WithName("CompletePair");
        api.MapPost("/pairs/{id:guid}/dissolve", async (HttpContext c, Guid id, DissolveRequest body, PairDetails.Handler h, CancellationToken ct) =>
            NoContent(await h.ChangeAsync(c.User.Actor(), id, PairDetails.Change.Dissolve, body.Reason, ct)))
            .WithName("DissolvePair").WithSummary("End a pair, no fault; a reason is required.");
        return api;
    }
}
