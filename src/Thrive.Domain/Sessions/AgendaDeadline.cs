using Thrive.Domain.Agreements;

namespace Thrive.Domain.Sessions;

/// <summary>
/// Who shares a session's agenda and by when, from the mentoring plan. Overdue once the deadline has passed while the
/// session is still scheduled and the agenda is not shared; either member may still write it until the session.
/// </summary>
public sealed record AgendaDeadline(AgendaOwner Owner, DateTimeOffset ShareBy, bool Shared, bool Overdue)
{
    public static AgendaDeadline For(MentoringSession session, AgendaOwner owner, int shareHours, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var shareBy = session.StartUtc.AddHours(-shareHours);
        var shared = session.AgendaSharedAt is not null;
        return new AgendaDeadline(owner, shareBy, shared, !shared && session.Status == SessionStatus.Scheduled && now > shareBy);
    }
}
