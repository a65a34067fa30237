using Thrive.Domain.Intake;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Intake;

/// <summary>Applications and invitations of a programme under /api/v1 (coordinators); the same handlers as the pages.</summary>
public static class IntakeApi
{
    public static RouteGroupBuilder MapIntakeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/programmes/{id:guid}/applications", async (HttpContext c, Guid id, ParticipantRole? role, ApplicationStatus? status, int? page, int? pageSize,
                ListApplications.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, new ListApplications.Request { Role = role, Status = status }, PageRequest.Of(page, pageSize), ct), v => v.Applications))
            .WithName("ListApplications").WithSummary("Intake applications of a programme, open ones first, paged (coordinators).");

        api.MapPost("/programmes/{id:guid}/applications/{participantId:guid}/decision", async (HttpContext c, Guid id, Guid participantId, bool accept,
                DecideApplication.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, participantId, new DecideApplication.Request { Accept = accept }, ct)))
            .WithName("DecideApplication").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Accept (accept=true) or decline an application; 409 when the person has not applied yet or someone else changed it.");

        api.MapPost("/programmes/{id:guid}/invitations", async (HttpContext c, Guid id, Invite.Request body, Invite.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("InviteParticipant").WithSummary("Invite an email address into the programme as a mentee, mentor or coordinator.");

        return api;
    }
}
