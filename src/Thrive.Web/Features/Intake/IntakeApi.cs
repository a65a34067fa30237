using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Intake;

/// <summary>Applications and invitations of a programme under /api/v1 (coordinators).</summary>
public static class IntakeApi
{
    public sealed record InvitationRequest(string Email, ParticipantRole Role);

    public static RouteGroupBuilder MapIntakeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/programmes/{id:guid}/applications", async (HttpContext c, Guid id, ParticipantRole? role, ApplicationStatus? status, int? page, int? pageSize, ReviewApplications.Handler h, CancellationToken ct) =>
            Ok(await h.ListAsync(c.User.Actor(), id, new ReviewApplications.Filter(role, status), PageRequest.Of(page, pageSize), ct)))
            .WithName("ListApplications").WithSummary("Intake applications of a programme, paged (coordinators).");

        api.MapPost("/programmes/{id:guid}/applications/{participantId:guid}/decision", async (HttpContext c, Guid id, Guid participantId, bool accept, ReviewApplications.Handler h, CancellationToken ct) =>
            NoContent(await h.DecideAsync(c.User.Actor(), id, participantId, accept, ct)))
            .WithName("DecideApplication").WithSummary("Accept (accept=true) or decline an application.");

        api.MapPost("/programmes/{id:guid}/invitations", async (HttpContext c, Guid id, InvitationRequest body, Invite.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), new Invite.Request(body.Email, id, body.Role), ct)))
            .WithName("InviteParticipant").WithSummary("Invite an email address into the programme in a role.");

        return api;
    }
}
