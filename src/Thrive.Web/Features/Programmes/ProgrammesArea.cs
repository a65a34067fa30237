using Thrive.Web.Features.Pairs;
namespace Thrive.Web.Features.Programmes;

/// <summary>Programmes: their calendar, phases and status, and the overview coordinators work from.</summary>
public sealed class ProgrammesArea : IArea
{
    public string? ApiDescription => "Programmes: calendar, phases, status and, for coordinators, counts and pairs.";

    /// <summary>A programme: its calendar on the reader's day and, for those who run it, counts and pairs.</summary>
    public sealed record ProgrammeResponse(Guid Id, string Name, string Description, DateOnly StartDate, DateOnly EndDate, int LengthWeeks,
        SessionCadence Cadence, ProgrammeStatus Status, int Week, ProgrammePhase Phase, string WeekLine, IReadOnlyList<GetProgramme.PhaseDates> Phases,
        GetProgramme.Counts? Counts, Page<ListPairs.Row>? Pairs, IReadOnlyList<string> Coordinators);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/programmes", async (HttpContext c, int? page, int? pageSize, ListProgrammes.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), PageRequest.Of(page, pageSize), ct)))
            .WithName("ListProgrammes").WithSummary("Programmes you have a place in (admins: all), paged, each with its week on your day.");

        api.MapPost("/programmes", async (HttpContext c, CreateProgramme.Request body, CreateProgramme.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/programmes/{id}"))
            .WithName("CreateProgramme").WithSummary("Create a programme and invite its coordinators (admins).");

        api.MapGet("/programmes/{id:guid}", async (HttpContext c, Guid id, int? page, int? pageSize, GetProgramme.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, PageRequest.Of(page, pageSize), ct), ToResponse))
            .WithName("GetProgramme").WithSummary("A programme: its calendar on your day, and for coordinators counts and pairs (paged).");

        api.MapPut("/programmes/{id:guid}", async (HttpContext c, Guid id, UpdateProgramme.Request body, UpdateProgramme.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("UpdateProgramme").WithSummary("Change a programme's details, phases and status (coordinators, admins).");
    }

    private static ProgrammeResponse ToResponse(GetProgramme.View v) => new(v.Id, v.Name, v.Description, v.StartDate, v.EndDate, v.LengthWeeks,
        v.Cadence, v.Status, v.Week, v.Phase, v.WeekLine, v.Phases, v.Counts, v.Pairs, v.Coordinators);
}
