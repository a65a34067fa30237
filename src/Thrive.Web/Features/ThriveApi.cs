using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Features.Intake;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Programmes;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features;

/// <summary>The JSON API under /api/v1. Each endpoint calls the same handler as its page.</summary>
public static class ThriveApi
{
    public sealed record Me(Guid Id, string DisplayName, string Email, string TimeZone, bool IsAdmin);

    public sealed record ProgrammeSummary(Guid Id, string Name, ProgrammeStatus Status, DateOnly StartDate, int LengthWeeks, string WeekLine);

    public sealed record InvitationRequest(string Email, ParticipantRole Role);

    public sealed record DissolveRequest(string Reason);

    public static IEndpointRouteBuilder MapThriveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Thrive");

        api.MapGet("/me", async (HttpContext c, ThriveDbContext db, CancellationToken ct) =>
        {
            var id = c.User.Id();
            var me = await db.Users.Where(u => u.Id == id).Select(u => new Me(u.Id, u.DisplayName, u.Email!, u.TimeZone, u.IsAdmin)).FirstOrDefaultAsync(ct);
            return me is null ? Results.NotFound() : Results.Ok(me);
        }).WithName("GetMe").WithSummary("The signed-in person.");

        api.MapGet("/me/export", async (HttpContext c, PersonalData.Handler data, CancellationToken ct) =>
        {
            var r = await data.ExportAsync(c.User.Actor(), ct);
            return r.Succeeded ? Results.File(r.Value!, "application/json", "thrive-my-data.json") : r.Errors.ToProblem();
        }).WithName("ExportMyData").WithSummary("Everything Thrive holds about the signed-in person, as JSON (the same file as the download on /Account/Data).");

        api.MapGet("/programmes", async (HttpContext c, ThriveDbContext db, TimeProvider clock, int? page, int? pageSize, CancellationToken ct) =>
        {
            var actor = c.User.Actor();
            var p = PageRequest.Of(page, pageSize);
            var q = actor.IsAdmin ? db.Programmes : db.Programmes.Where(g => db.Participants.Any(x => x.ProgrammeId == g.Id && x.UserId == actor.UserId && x.Status != ApplicationStatus.Declined));
            var total = await q.CountAsync(ct);
            var rows = await q.OrderByDescending(g => g.StartDate).ThenBy(g => g.Id).Skip(p.Skip).Take(p.Size).AsNoTracking().ToListAsync(ct);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return TypedResults.Ok(new Page<ProgrammeSummary>(rows.Select(g => new ProgrammeSummary(g.Id, g.Name, g.Status, g.StartDate, g.LengthWeeks, g.WeekLine(today))).ToList(), p.Number, p.Size, total));
        }).WithName("ListProgrammes").WithSummary("Programmes you have a place in (admins: all), paged.");

        api.MapPost("/programmes", async (HttpContext c, SaveProgramme.Request body, SaveProgramme.Handler h, CancellationToken ct) =>
            Created(await h.CreateAsync(c.User.Actor(), body, ct), id => $"/api/v1/programmes/{id}"))
            .WithName("CreateProgramme").WithSummary("Create a programme and invite its coordinators (admins).");

        api.MapGet("/programmes/{id:guid}", async (HttpContext c, Guid id, ProgrammeOverview.Handler h, int? page, int? pageSize, CancellationToken ct) =>
        {
            var r = await h.HandleAsync(c.User.Actor(), id, PageRequest.Of(page, pageSize), ct);
            if (!r.Succeeded) return (IResult)r.Errors.ToProblem();
            var v = r.Value!;
            return TypedResults.Ok(new
            {
                v.Id, v.Name, v.Description, v.StartDate, v.EndDate, v.LengthWeeks, v.Cadence, v.Status, v.Week, v.Phase, v.WeekLine,
                Phases = v.Phases.Select(x => new { x.Phase, x.Dates.From, x.Dates.To }), v.Counts, v.Pairs, v.Coordinators,
            });
        }).WithName("GetProgramme").WithSummary("A programme: calendar, and for coordinators counts and pairs (paged).");

        api.MapPut("/programmes/{id:guid}", async (HttpContext c, Guid id, SaveProgramme.Request body, SaveProgramme.Handler h, CancellationToken ct) =>
            NoContent(await h.UpdateAsync(c.User.Actor(), id, body, ct)))
            .WithName("UpdateProgramme").WithSummary("Change a programme's details, phases and status (coordinators, admins).");

        api.MapGet("/programmes/{id:guid}/applications", async (HttpContext c, Guid id, ParticipantRole? role, ApplicationStatus? status, int? page, int? pageSize, ReviewApplications.Handler h, CancellationToken ct) =>
            Ok(await h.ListAsync(c.User.Actor(), id, new ReviewApplications.Filter(role, status), PageRequest.Of(page, pageSize), ct)))
            .WithName("ListApplications").WithSummary("Intake applications of a programme, paged (coordinators).");

        api.MapPost("/programmes/{id:guid}/applications/{participantId:guid}/decision", async (HttpContext c, Guid id, Guid participantId, bool accept, ReviewApplications.Handler h, CancellationToken ct) =>
            NoContent(await h.DecideAsync(c.User.Actor(), id, participantId, accept, ct)))
            .WithName("DecideApplication").WithSummary("Accept (accept=true) or decline an application.");

        api.MapPost("/programmes/{id:guid}/invitations", async (HttpContext c, Guid id, InvitationRequest body, Invite.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), new Invite.Request(body.Email, id, body.Role), ct)))
            .WithName("InviteParticipant").WithSummary("Invite an email address into the programme in a role.");

        api.MapGet("/programmes/{id:guid}/pairs", async (HttpContext c, Guid id, int? page, int? pageSize, ProgrammeOverview.Handler h, Access access, CancellationToken ct) =>
        {
            if (await access.CheckManageAsync(c.User.Actor(), id, ct) is { } denied) return (IResult)new[] { denied }.ToProblem();
            return TypedResults.Ok(await h.PairsAsync(id, PageRequest.Of(page, pageSize), ct));
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
        return app;
    }
}
