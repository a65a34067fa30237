namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Sessions: the schedule, agendas, notes, action items, invitations and the calendar feed.
/// </summary>
/// <remarks>The API: A pair's sessions and action items under /api/v1, with the same handlers as the pages: only the two members read them (coordinators do not), times come in UTC and in the reader's own time zone, and each reader sees only their own private note.</remarks>
public sealed class SessionsArea : IArea
{
    public string? ApiDescription => "A pair's sessions, one session in the reader's zone, and action items.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<SessionInvitations>();
        services.AddScoped<JitsiRooms>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapCalendarFeed();

    public sealed record SessionRowResponse(Guid Id, DateTimeOffset StartUtc, string YourTime, SessionStatus Status, bool AgendaShared, bool CancelledLate);

    /// <param name="ViewerTimeZone">The reader's zone, in which each session's <c>yourTime</c> is written.</param>
    public sealed record SessionListResponse(Guid PairId, string MenteeName, string MentorName, PairSide Side, string ViewerTimeZone,
        IReadOnlyList<SessionRowResponse> Sessions);

    /// <param name="ShareBy">The deadline for sharing; <c>shareByTime</c> writes it in the reader's zone.</param>
    public sealed record AgendaResponse(string CheckIn, string WentWell, string DidNotGoWell, string HopeNext, string Challenges,
        DateTimeOffset? SharedAt, string OwnerName, DateTimeOffset ShareBy, string ShareByTime, bool Overdue);

    /// <param name="Overdue">Open and due before the reader's today.</param>
    public sealed record ActionItemResponse(Guid Id, string Text, string OwnerName, DateOnly? DueDate, bool Done, bool Mine, bool Overdue);

    /// <param name="MeetingPlace">Where the pair meets: the session's own video link or place, else the mentoring plan's (empty when neither names one).</param>
    public sealed record SessionResponse(Guid Id, Guid PairId, DateTimeOffset StartUtc, DateTimeOffset EndUtc, SessionStatus Status, string YourTime,
        string MenteeTime, string MentorTime, string MenteeName, string MentorName, string CancelReason, bool CancelledLate, AgendaResponse Agenda,
        string PreviousHopeNext, string SharedNotes, string YourPrivateNote, IReadOnlyList<ActionItemResponse> ActionItems, Guid Version, string MeetingPlace);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/pairs/{id:guid}/sessions", async (HttpContext c, Guid id, ListSessions.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("ListSessions")
            .WithSummary($"The pair's sessions, oldest first (at most {ListSessions.Max}), each also in your time zone; for its two members.");

        api.MapGet("/sessions/{id:guid}", async (HttpContext c, Guid id, GetSession.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetSession")
            .WithSummary("One session: its times, the agenda, shared notes, your own private note and the pair's open action items.");

        api.MapPost("/action-items/{id:guid}/toggle", async (HttpContext c, Guid id, TickActionItem.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("ToggleActionItem")
            .WithSummary("Tick an action item of your pair off, or back on.");
    }

    private static SessionListResponse ToResponse(ListSessions.View v) => new(v.PairId, v.MenteeName, v.MentorName, v.Side, v.TimeZone,
        v.Sessions.Select(s => new SessionRowResponse(s.Id, s.StartUtc, s.YourTime, s.Status, s.AgendaShared, s.CancelledLate)).ToList());

    private static SessionResponse ToResponse(GetSession.View v)
    {
        var s = v.Session;
        return new SessionResponse(s.Id, v.PairId, s.StartUtc, s.EndUtc, s.Status, v.YourTime, v.MenteeTime, v.MentorTime, v.People.MenteeName,
            v.People.MentorName, s.CancelReason, s.CancelledLate,
            new AgendaResponse(s.CheckIn, s.WentWell, s.DidNotGoWell, s.HopeNext, s.Challenges, s.AgendaSharedAt, v.AgendaOwnerName, v.Deadline.ShareBy,
                v.ShareByTime, v.Deadline.Overdue),
            v.PreviousHopeNext, s.SharedNotes, v.PrivateNote,
            v.Actions.Select(a => new ActionItemResponse(a.Id, a.Text, a.OwnerName, a.DueDate, a.Done, a.Mine, a.Overdue)).ToList(), s.Version, v.Place);
    }
}
