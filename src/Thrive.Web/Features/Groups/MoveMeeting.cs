using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Features.Groups;

/// <summary>A facilitator moves one meeting to a new day and time (in a time zone); every member gets the updated invitation.</summary>
public static class MoveMeeting
{
    /// <param name="Version">The meeting as the form showed it: a move from a stale page is a conflict, not an overwrite.</param>
    public sealed record Request
    {
        public DateOnly? Date { get; init; }
        public TimeOnly Time { get; init; }
        public string? TimeZone { get; init; }
        public Guid Version { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, MeetingInvitations invitations)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var loaded = await MeetingChange.LoadAsync(db, access, actor, Policy.Meeting.Schedule, groupId, meetingId, ct);
            if (!loaded.Succeeded) return Result<Unit>.Fail(loaded.Errors);
            var (group, meeting) = loaded.Value;
            if (r.Date is not { } date) return Error.Validation(nameof(Request.Date), "Choose the new day.");
            var start = SessionTimes.FromLocal(date, r.Time, r.TimeZone);
            if (!start.Succeeded) return SessionChange.OnRequestFields<Unit>(start.Errors, ("TimeZoneId", nameof(Request.TimeZone)));
            var now = reader.UtcNow;
            var previous = meeting.StartUtc;
            if (r.Version != Guid.Empty) db.Entry(meeting).Property(m => m.Version).OriginalValue = r.Version;
            var moved = meeting.Move(group, start.Value, now, await MeetingChange.TakenAsync(db, groupId, meetingId, now, ct));
            if (!moved.Succeeded) return SessionChange.OnRequestFields<Unit>(moved.Errors, ("Start", nameof(Request.Date)));
            var saved = await MeetingChange.SaveAsync(db, ct);
            if (!saved.Succeeded) return saved;
            await invitations.MovedAsync(group, actor.UserId, meeting, previous, ct);
            return Result.Ok();
        }
    }
}
