namespace Thrive.Web.Features.Intake;

/// <summary>Intake: invitations into a programme, applications, their review, CSV import and export.</summary>
public sealed class IntakeArea : IArea
{
    public string? ApiDescription => "Invitations and applications of a programme (coordinators).";

    public void MapApi(RouteGroupBuilder api)
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
    }
}
