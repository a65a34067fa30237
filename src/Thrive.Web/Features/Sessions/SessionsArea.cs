using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Sessions;

/// <summary>Sessions: the schedule, agendas, notes, action items, invitations and the calendar feed.</summary>
public sealed class SessionsArea : IArea
{
    public string? ApiDescription => "A pair's sessions, one session in the reader's zone, and action items.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListSessions.Handler>();
        services.AddScoped<ScheduleSessions.Handler>();
        services.AddScoped<GetSession.Handler>();
        services.AddScoped<SaveAgenda.Handler>();
        services.AddScoped<SaveNotes.Handler>();
        services.AddScoped<SavePrivateNote.Handler>();
        services.AddScoped<AddActionItem.Handler>();
        services.AddScoped<TickActionItem.Handler>();
        services.AddScoped<RescheduleSession.Handler>();
        services.AddScoped<CancelSession.Handler>();
        services.AddScoped<RecordSession.Handler>();
        services.AddScoped<SessionInvitations>();
        services.AddScoped<GetCalendarFeedStatus.Handler>();
        services.AddScoped<RegenerateCalendarFeed.Handler>();
        services.AddScoped<ReadCalendarFeed.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapSessionsApi();

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapCalendarFeed();
}
