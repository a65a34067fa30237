using Thrive.Domain.Programmes;
using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Features.Groups;

/// <summary>
/// A facilitator (or the programme's coordinator) schedules the group's meetings: one, or a regular series (weekly,
/// fortnightly or monthly from the first day, at a time of a time zone: the facilitator's own by default). Every member
/// gets the meetings as one calendar invitation.
/// </summary>
public static class ScheduleMeetings
{
    /// <param name="Cadence">How often; null for one meeting on <see cref="StartsOn"/>.</param>
    public sealed record Request
    {
        public DateOnly? StartsOn { get; init; }
        public TimeOnly Time { get; init; } = new(18, 0);
        public string? TimeZone { get; init; }
        public int Minutes { get; init; } = 60;
        public SessionCadence? Cadence { get; init; }
        public int Count { get; init; } = 6;
        public string? Place { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, MeetingInvitations invitations)
    {
        /// <summary>The number of meetings scheduled.</summary>
        public async Task<Result<int>> HandleAsync(Actor actor, Guid groupId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Meeting.Schedule, groupId, ct)).Denied is { } denied) return denied;
            if (r.StartsOn is not { } day) return Error.Validation(nameof(Request.StartsOn), "Choose the day of the first meeting.");
            var group = await db.Groups.FirstAsync(g => g.Id == groupId, ct);
            var now = reader.UtcNow;
            var taken = await MeetingChange.TakenAsync(db, groupId, null, now, ct);
            Result<IReadOnlyList<GroupMeeting>> made;
            if (r.Cadence is { } cadence)
            {
                var slot = SessionSlot.Create(day.DayOfWeek, r.Time, r.TimeZone ?? "", r.Minutes, cadence, day);
                made = slot.Succeeded ? GroupMeeting.Series(group, slot.Value!, r.Count, r.Place, now, taken) : Result<IReadOnlyList<GroupMeeting>>.Fail(slot.Errors);
            }
            else
            {
                var start = SessionTimes.FromLocal(day, r.Time, r.TimeZone);
                var one = start.Succeeded ? GroupMeeting.One(group, start.Value, r.Minutes, r.Place, now, taken) : Result<GroupMeeting>.Fail(start.Errors);
                made = one.Succeeded ? new List<GroupMeeting> { one.Value! } : Result<IReadOnlyList<GroupMeeting>>.Fail(one.Errors);
            }
            if (!made.Succeeded)
                return SessionChange.OnRequestFields<int>(made.Errors, ("TimeZoneId", nameof(Request.TimeZone)), ("DurationMinutes", nameof(Request.Minutes)),
                    ("LocalTime", nameof(Request.Time)), ("Start", nameof(Request.StartsOn)));
            db.GroupMeetings.AddRange(made.Value!);
            var saved = await MeetingChange.SaveAsync(db, ct);
            if (!saved.Succeeded) return Result<int>.Fail(saved.Errors);
            await invitations.ScheduledAsync(group, actor.UserId, made.Value!, ct);
            return made.Value!.Count;
        }
    }
}
