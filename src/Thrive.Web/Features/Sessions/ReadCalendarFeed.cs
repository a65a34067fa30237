namespace Thrive.Web.Features.Sessions;

/// <summary>
/// The iCalendar text a calendar app polls with a secret token: the token owner's sessions as mentee or mentor and the
/// meetings of the groups they are in, from
/// <see cref="CalendarFeed.PastDays"/> days back onwards. When and where they are, not what was said: no agenda, no notes.
/// </summary>
public static class ReadCalendarFeed
{
    public sealed class Handler(ThriveDbContext db, ReaderClock reader, LinkBuilder links)
    {
        /// <summary>The feed of the token's owner, or null for an unknown (or replaced) token.</summary>
        public async Task<string?> HandleAsync(string? token, CancellationToken ct)
        {
            if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
            var hash = Tokens.Hash(token);
            var user = await db.Users.AsNoTracking().Where(u => u.CalendarFeedTokenHash == hash).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
            if (user is null) return null;
            var now = reader.UtcNow;
            var since = now.AddDays(-CalendarFeed.PastDays);
            var rows = await (
                from s in db.Sessions
                join p in db.Pairs on s.PairId equals p.Id
                where (p.MenteeId == user.Id || p.MentorId == user.Id) && s.StartUtc >= since
                join mentee in db.Users on p.MenteeId equals mentee.Id
                join mentor in db.Users on p.MentorId equals mentor.Id
                orderby s.StartUtc, s.Id
                select new
                {
                    s.Id, s.StartUtc, s.EndUtc, s.Sequence, s.Status, Mentee = mentee.DisplayName, Mentor = mentor.DisplayName, s.MeetingPlace,
                    PlanPlace = db.Plans.Where(x => x.PairId == p.Id).OrderByDescending(x => x.Number).Select(x => x.Terms.MeetingPlace).FirstOrDefault(),
                })
                .AsNoTracking().Take(CalendarFeed.MaxSessions).ToListAsync(ct);
            var nobody = new CalendarPerson("", "");
            var events = rows.Select(r => new CalendarSession(r.Id, r.StartUtc, r.EndUtc, SessionInvitations.Summary(r.Mentee, r.Mentor),
                $"Agenda, notes and action items: {links.Absolute($"/Sessions/{r.Id}")}", nobody, [], r.Sequence, r.Status == SessionStatus.Cancelled,
                MeetingPlace.Of(r.MeetingPlace, r.PlanPlace)));
            // The meetings of the groups the person is in now, with the same window and cap.
            var meetings = await db.GroupMeetings.Where(m => m.StartUtc >= since && db.GroupMembers.Any(g => g.GroupId == m.GroupId && g.UserId == user.Id))
                .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { m.Id, m.GroupId, m.StartUtc, m.EndUtc, m.Sequence, m.Status, g.Name, m.Place })
                .OrderBy(m => m.StartUtc).ThenBy(m => m.Id).AsNoTracking().Take(CalendarFeed.MaxSessions).ToListAsync(ct);
            var groupEvents = meetings.Select(m => new CalendarSession(m.Id, m.StartUtc, m.EndUtc, GroupMeeting.CalendarTitle(m.Name),
                $"Agenda, round of updates and notes: {links.Absolute($"/Groups/{m.GroupId}/Meetings/{m.Id}")}", nobody, [], m.Sequence, m.Status == MeetingStatus.Cancelled, m.Place));
            return SessionCalendar.Feed($"Thrive: {user.DisplayName}", events.Concat(groupEvents).OrderBy(e => e.StartUtc), now);
        }
    }
}
