using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Agreements;
using Thrive.Domain.Common;
using Thrive.Domain.Sessions;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Sessions;

/// <summary>
/// A pair's sessions: scheduled from a regular slot in one person's time zone, each shown in the reader's own;
/// the agenda the mentee shares before the session, shared and private notes, action items, cancellations.
/// </summary>
public static class PairSessions
{
    public sealed record Row(Guid Id, DateTimeOffset StartUtc, SessionStatus Status, bool AgendaShared, bool CancelledLate);

    public sealed record ListView(Guid PairId, string MenteeName, string MentorName, PairSide Side, string ViewerTimeZone, IReadOnlyList<Row> Sessions);

    public sealed record ActionRow(Guid Id, string Text, string OwnerName, DateOnly? DueDate, bool Done, bool Mine);

    public sealed record SessionView(MentoringSession Session, Guid PairId, string MenteeName, string MentorName, PairSide Side,
        string MenteeTime, string MentorTime, string ViewerTime, string PreviousHopeNext, IReadOnlyList<ActionRow> Actions, string PrivateNote,
        Guid MenteeId, Guid MentorId, int NoticeHours, AgendaDeadline Agenda, string AgendaOwnerName, string ShareByTime);

    /// <summary>The rules of the pair's latest mentoring plan that sessions follow (the guide's defaults without a plan).</summary>
    public sealed record SessionTerms(int NoticeHours, AgendaOwner AgendaOwner, int AgendaShareHours)
    {
        public static readonly SessionTerms Default = new(SessionRules.DefaultNoticeHours, AgendaOwner.Mentee, PlanTerms.DefaultAgendaShareHours);
    }

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock, SessionInvitations invitations)
    {
        public async Task<Result<ListView>> ListAsync(Actor actor, Guid pairId, string viewerTz, CancellationToken ct)
        {
            var (denied, a) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var names = await NamesAsync(pairId, ct);
            var rows = await db.Sessions.AsNoTracking().Where(s => s.PairId == pairId).OrderBy(s => s.StartUtc).Take(200)
                .Select(s => new Row(s.Id, s.StartUtc, s.Status, s.AgendaSharedAt != null, s.CancelledLate)).ToListAsync(ct);
            return new ListView(pairId, names.Mentee, names.Mentor, a.Side, viewerTz, rows);
        }

        /// <summary>Sessions from the regular slot until the programme ends; past times and clashes are refused.</summary>
        public async Task<Result<int>> ScheduleAsync(Actor actor, Guid pairId, DayOfWeek day, TimeOnly time, string? timeZone, int minutes,
            SessionCadence cadence, DateOnly startsOn, CancellationToken ct)
        {
            var (denied, _) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var slot = SessionSlot.Create(day, time, timeZone ?? "", minutes, cadence, startsOn);
            if (!slot.Succeeded) return Result<int>.Fail(slot.Errors);
            var end = await db.Pairs.Where(p => p.Id == pairId).Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new { g.StartDate, g.LengthWeeks }).FirstAsync(ct);
            var last = end.StartDate.AddDays(end.LengthWeeks * 7 - 1);
            var now = clock.GetUtcNow();
            var occurrences = SessionSchedule.Occurrences(slot.Value!, startsOn, last < startsOn ? startsOn : last).Take(60).ToList();
            if (occurrences.Count == 0) return Error.Validation("StartsOn", "No session falls between that day and the end of the programme.");
            var existing = await db.Sessions.Where(s => s.PairId == pairId && s.Status == SessionStatus.Scheduled)
                .Select(s => new { s.StartUtc, s.EndUtc }).ToListAsync(ct);
            var taken = existing.Select(e => (e.StartUtc, e.EndUtc)).ToList();
            var planned = new List<MentoringSession>();
            foreach (var (start, finish) in occurrences)
            {
                var ok = SessionRules.ValidateNewSession(start, finish, now, taken);
                if (!ok.Succeeded) return Result<int>.Fail(ok.Errors);
                taken.Add((start, finish));
                planned.Add(MentoringSession.Plan(pairId, start, finish));
            }
            db.Sessions.AddRange(planned);
            await db.SaveChangesAsync(ct);
            await invitations.SeriesScheduledAsync(await invitations.PeopleAsync(pairId, ct), actor.UserId, planned, ct);
            return occurrences.Count;
        }

        public async Task<Result<SessionView>> GetAsync(Actor actor, Guid sessionId, string viewerTz, CancellationToken ct)
        {
            var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null) return Error.NotFound("Session");
            var (denied, a) = await access.CheckPairMemberAsync(actor, session.PairId, ct);
            if (denied is not null) return denied;
            var people = await (
                from p in db.Pairs
                where p.Id == session.PairId
                join mentee in db.Users on p.MenteeId equals mentee.Id
                join mentor in db.Users on p.MentorId equals mentor.Id
                select new { p.MenteeId, p.MentorId, MenteeName = mentee.DisplayName, MenteeTz = mentee.TimeZone, MentorName = mentor.DisplayName, MentorTz = mentor.TimeZone })
                .FirstAsync(ct);
            var previous = await db.Sessions.Where(s => s.PairId == session.PairId && s.StartUtc < session.StartUtc && s.Status != SessionStatus.Cancelled)
                .OrderByDescending(s => s.StartUtc).Select(s => s.HopeNext).FirstOrDefaultAsync(ct) ?? "";
            var me = actor.UserId;
            var actions = await db.ActionItems.Where(i => i.PairId == session.PairId && (i.DoneAt == null || i.SessionId == sessionId))
                .OrderBy(i => i.DoneAt != null).ThenBy(i => i.CreatedAt).Take(100)
                .Join(db.Users, i => i.OwnerId, u => u.Id, (i, u) => new ActionRow(i.Id, i.Text, u.DisplayName, i.DueDate, i.DoneAt != null, i.OwnerId == me))
                .ToListAsync(ct);
            var note = await db.PrivateNotes.Where(n => n.SessionId == sessionId && n.AuthorId == me).Select(n => n.Body).FirstOrDefaultAsync(ct) ?? "";
            var terms = await TermsAsync(session.PairId, ct);
            var agenda = AgendaDeadline.For(session, terms.AgendaOwner, terms.AgendaShareHours, clock.GetUtcNow());
            string At(DateTimeOffset utc, string tz) => SessionTimes.InZone(utc, tz) is { Succeeded: true } z ? z.Value!.Display : utc.ToString("u", System.Globalization.CultureInfo.InvariantCulture);
            return new SessionView(session, session.PairId, people.MenteeName, people.MentorName, a.Side, At(session.StartUtc, people.MenteeTz),
                At(session.StartUtc, people.MentorTz), At(session.StartUtc, viewerTz), previous, actions, note, people.MenteeId, people.MentorId, terms.NoticeHours,
                agenda, agenda.Owner == AgendaOwner.Mentor ? people.MentorName : people.MenteeName, At(agenda.ShareBy, viewerTz));
        }

        public Task<Result<Unit>> SaveAgendaAsync(Actor actor, Guid sessionId, string? checkIn, string? wentWell, string? didNotGoWell, string? hopeNext, string? challenges, bool share, CancellationToken ct) =>
            ChangeAsync(actor, sessionId, s => s.SaveAgenda(checkIn, wentWell, didNotGoWell, hopeNext, challenges, share, clock.GetUtcNow()), ct);

        public Task<Result<Unit>> SaveNotesAsync(Actor actor, Guid sessionId, string? notes, CancellationToken ct) =>
            ChangeAsync(actor, sessionId, s => s.SaveNotes(notes), ct);

        /// <summary>Cancels, then sends both a CANCEL for their calendars.</summary>
        public async Task<Result<Unit>> CancelAsync(Actor actor, Guid sessionId, string? reason, CancellationToken ct)
        {
            var pairId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.PairId).FirstOrDefaultAsync(ct);
            var notice = pairId is null ? SessionRules.DefaultNoticeHours : (await TermsAsync(pairId.Value, ct)).NoticeHours;
            return await ChangeAsync(actor, sessionId, s => s.Cancel(reason, notice, clock.GetUtcNow()), ct,
                async s => await invitations.CancelledAsync(await invitations.PeopleAsync(s.PairId, ct), actor.UserId, s, ct));
        }

        public Task<Result<Unit>> RecordAsync(Actor actor, Guid sessionId, SessionStatus status, CancellationToken ct) =>
            ChangeAsync(actor, sessionId, s => s.Record(status, clock.GetUtcNow()), ct);

        public async Task<Result<Unit>> SavePrivateNoteAsync(Actor actor, Guid sessionId, string? body, CancellationToken ct)
        {
            var pairId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.PairId).FirstOrDefaultAsync(ct);
            if (pairId is null) return Error.NotFound("Session");
            var (denied, _) = await access.CheckPairMemberAsync(actor, pairId.Value, ct);
            if (denied is not null) return denied;
            var note = await db.PrivateNotes.FirstOrDefaultAsync(n => n.SessionId == sessionId && n.AuthorId == actor.UserId, ct);
            if (note is null) { note = PrivateNote.Start(sessionId, actor.UserId); db.PrivateNotes.Add(note); }
            var r = note.Save(body, clock.GetUtcNow());
            if (r.Succeeded) await db.SaveChangesAsync(ct);
            return r;
        }

        public async Task<Result<Unit>> AddActionAsync(Actor actor, Guid sessionId, string? text, bool forPartner, DateOnly? due, CancellationToken ct)
        {
            var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.PairId }).FirstOrDefaultAsync(ct);
            if (session is null) return Error.NotFound("Session");
            var (denied, _) = await access.CheckPairMemberAsync(actor, session.PairId, ct);
            if (denied is not null) return denied;
            var pair = await db.Pairs.Where(p => p.Id == session.PairId).Select(p => new { p.MenteeId, p.MentorId }).FirstAsync(ct);
            var owner = forPartner ? (pair.MenteeId == actor.UserId ? pair.MentorId : pair.MenteeId) : actor.UserId;
            var now = clock.GetUtcNow();
            var item = ActionItem.Add(session.PairId, sessionId, owner, text, due, DateOnly.FromDateTime(now.UtcDateTime), now);
            if (!item.Succeeded) return Result<Unit>.Fail(item.Errors);
            db.ActionItems.Add(item.Value!);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        /// <summary>Either member of the pair ticks an action item off (or back on).</summary>
        public async Task<Result<Unit>> ToggleActionAsync(Actor actor, Guid itemId, CancellationToken ct)
        {
            var item = await db.ActionItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
            if (item is null) return Error.NotFound("Action item");
            var (denied, _) = await access.CheckPairMemberAsync(actor, item.PairId, ct);
            if (denied is not null) return denied;
            item.Toggle(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        private async Task<Result<Unit>> ChangeAsync(Actor actor, Guid sessionId, Func<MentoringSession, Result<Unit>> change, CancellationToken ct,
            Func<MentoringSession, Task>? afterSave = null)
        {
            var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null) return Error.NotFound("Session");
            var (denied, _) = await access.CheckPairMemberAsync(actor, session.PairId, ct);
            if (denied is not null) return denied;
            var r = change(session);
            if (!r.Succeeded) return r;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("Your partner changed this session at the same moment. Reload to see their change."); }
            if (afterSave is not null) await afterSave(session);
            return r;
        }

        /// <summary>Cancellation notice and agenda rules of the pair's latest plan, or the defaults.</summary>
        private async Task<SessionTerms> TermsAsync(Guid pairId, CancellationToken ct) =>
            await db.Plans.Where(p => p.PairId == pairId).OrderByDescending(p => p.Number)
                .Select(p => new SessionTerms(p.Terms.NoticeHours, p.Terms.AgendaOwner, p.Terms.AgendaShareHours)).FirstOrDefaultAsync(ct)
            ?? SessionTerms.Default;

        private async Task<(string Mentee, string Mentor)> NamesAsync(Guid pairId, CancellationToken ct)
        {
            var n = await db.Pairs.Where(p => p.Id == pairId)
                .Join(db.Users, p => p.MenteeId, u => u.Id, (p, mentee) => new { p.MentorId, Mentee = mentee.DisplayName })
                .Join(db.Users, x => x.MentorId, u => u.Id, (x, mentor) => new { x.Mentee, Mentor = mentor.DisplayName }).FirstAsync(ct);
            return (n.Mentee, n.Mentor);
        }
    }
}
