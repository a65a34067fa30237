using Thrive.Domain.Sessions;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Sessions;

/// <summary>
/// A pair's sessions and action items under /api/v1, with the same handler as the pages: only the two members read
/// them (coordinators do not), times come in UTC and in the reader's own time zone, and each reader sees only their
/// own private note.
/// </summary>
public static class SessionsApi
{
    public sealed record AgendaDto(string CheckIn, string WentWell, string DidNotGoWell, string HopeNext, string Challenges,
        DateTimeOffset? SharedAt, string OwnerName, DateTimeOffset ShareBy, string ShareByTime, bool Overdue);

    public sealed record SessionDto(Guid Id, Guid PairId, DateTimeOffset StartUtc, DateTimeOffset EndUtc, SessionStatus Status, string YourTime,
        string MenteeTime, string MentorTime, string MenteeName, string MentorName, string CancelReason, bool CancelledLate, AgendaDto Agenda,
        string PreviousHopeNext, string SharedNotes, string YourPrivateNote, IReadOnlyList<PairSessions.ActionRow> ActionItems, Guid Version);

    public static RouteGroupBuilder MapSessionsApi(this RouteGroupBuilder api)
    {

        api.MapGet("/pairs/{id:guid}/sessions", async (HttpContext c, Guid id, PairSessions.Handler h, CancellationToken ct) =>
            Ok(await h.ListAsync(c.User.Actor(), id, c.User.TimeZone(), ct))).WithName("ListSessions").WithSummary("The pair's sessions, oldest first (at most 200), for its two members.");

        api.MapGet("/sessions/{id:guid}", async (HttpContext c, Guid id, PairSessions.Handler h, CancellationToken ct) =>
            Ok(await h.GetAsync(c.User.Actor(), id, c.User.TimeZone(), ct), ToDto)).WithName("GetSession").WithSummary("One session: its times, the agenda, shared notes, your own private note and the pair's open action items.");

        api.MapPost("/action-items/{id:guid}/toggle", async (HttpContext c, Guid id, PairSessions.Handler h, CancellationToken ct) =>
            NoContent(await h.ToggleActionAsync(c.User.Actor(), id, ct))).WithName("ToggleActionItem").WithSummary("Tick an action item of your pair off, or back on.");
        return api;
    }

    private static SessionDto ToDto(PairSessions.SessionView v)
    {
        var s = v.Session;
        return new SessionDto(s.Id, v.PairId, s.StartUtc, s.EndUtc, s.Status, v.ViewerTime, v.MenteeTime, v.MentorTime, v.MenteeName,
            v.MentorName, s.CancelReason, s.CancelledLate,
            new AgendaDto(s.CheckIn, s.WentWell, s.DidNotGoWell, s.HopeNext, s.Challenges, s.AgendaSharedAt, v.AgendaOwnerName, v.Agenda.ShareBy,
                v.ShareByTime, v.Agenda.Overdue),
            v.PreviousHopeNext, s.SharedNotes, v.PrivateNote, v.Actions, s.Version);
    }
}
