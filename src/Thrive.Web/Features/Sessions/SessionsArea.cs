using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Sessions;

/// <summary>Sessions: the schedule, agendas, notes, action items, invitations and the calendar feed.</summary>
public sealed class SessionsArea : IArea
{
    public string? ApiDescription => "A pair's sessions, one session in the reader's zone, and action items.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PairSessions.Handler>();
        services.AddScoped<SessionInvitations>();
        services.AddScoped<RescheduleSession.Handler>();
        services.AddScoped<CalendarFeed.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapSessionsApi();

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapCalendarFeed();
}
