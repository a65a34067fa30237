using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Programmes;

/// <summary>Programmes under /api/v1; the same handlers as the pages.</summary>
public static class ProgrammesApi
{
    public sealed record ProgrammeSummary(Guid Id, string Name, ProgrammeStatus Status, DateOnly StartDate, int LengthWeeks, string WeekLine);

    public static RouteGroupBuilder MapProgrammesApi(this RouteGroupBuilder api)
    {
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

        return api;
    }
}
