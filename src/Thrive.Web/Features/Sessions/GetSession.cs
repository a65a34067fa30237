namespace Thrive.Web.Features.Sessions;

/// <summary>
/// One session for a member of its pair: its time in both members' zones and the reader's, the agenda with who shares it
/// by when (in the reader's zone), where they meet (its own link or place, else the plan's), shared notes, only the reader's own private note, and the pair's open action items
/// (overdue by the reader's today), and prompts from the mentee's story tools while the session is ahead.
/// </summary>
public static class GetSession
{
    public const int MaxActions = 100;

    public sealed record ActionRow(Guid Id, string Text, string OwnerName, DateOnly? DueDate, bool Done, bool Mine, bool Overdue);

    /// <param name="PreviousHopeNext">What the last session hoped to achieve next: shown beside "what went well", never written into it.</param>
    /// <param name="LocalStart">The start in the reader's zone, where the move form starts.</param>
    public sealed record View(MentoringSession Session, Guid PairId, SessionPeople People, PairSide Side, string TimeZone,
        string MenteeTime, string MentorTime, string YourTime, (DateOnly Date, TimeOnly Time) LocalStart, bool Started,
        string PreviousHopeNext, SaveAgenda.Request Agenda, AgendaDeadline Deadline, string AgendaOwnerName, string ShareByTime, int NoticeHours,
        IReadOnlyList<ActionRow> Actions, string PrivateNote, bool CanWrite, bool CanWritePrivateNote, bool CanAddActions, bool CanTickActions,
        IReadOnlyList<ToolItem> Prompts, string Place = "", bool PlaceFromPlan = false, Preparation? Prepare = null);

    /// <summary>
    /// Before a session: links to the mentee's goals, board and flow (as far as the reader may open them), the last
    /// session with the start of its shared notes, and the cards the mentee finished since then.
    /// </summary>
    public sealed record Preparation(Guid MenteeId, string MenteeName, Guid ProgrammeId, bool Goals, Guid? BoardId, Guid? LastSessionId, DateTimeOffset? LastStart,
        string LastNotes, IReadOnlyList<string> DoneSinceLast);

    /// <summary>How many finished cards the preparation lists.</summary>
    public const int DoneShown = 8;

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, StoryTools tools)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid sessionId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Session.Read, sessionId, ct);
            if (grant.Denied is { } denied) return denied;
            var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, ct);
            var people = await SessionPeople.OfPairAsync(db, session.PairId, ct);
            var last = await db.Sessions.Where(s => s.PairId == session.PairId && s.StartUtc < session.StartUtc && s.Status != SessionStatus.Cancelled)
                .OrderByDescending(s => s.StartUtc).Select(s => new { s.Id, s.HopeNext, s.SharedNotes, s.StartUtc }).FirstOrDefaultAsync(ct);
            var previous = last?.HopeNext ?? "";
            var me = actor.UserId;
            var today = reader.Today;
            var actions = await db.ActionItems.Where(i => i.PairId == session.PairId && (i.DoneAt == null || i.SessionId == sessionId))
                .OrderBy(i => i.DoneAt != null).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id).Take(MaxActions)
                .Join(db.Users, i => i.OwnerId, u => u.Id, (i, u) => new ActionRow(i.Id, i.Text, u.DisplayName, i.DueDate, i.DoneAt != null, i.OwnerId == me,
                    i.DoneAt == null && i.DueDate < today))
                .ToListAsync(ct);
            var note = await db.PrivateNotes.Where(n => n.SessionId == sessionId && n.AuthorId == me).Select(n => n.Body).FirstOrDefaultAsync(ct) ?? "";
            var terms = await SessionTerms.OfPairAsync(db, session.PairId, ct);
            var now = reader.UtcNow;
            var deadline = AgendaDeadline.For(session, terms.AgendaOwner, terms.AgendaShareHours, now);
            var zone = reader.TimeZone;
            var local = TimeZoneInfo.ConvertTime(session.StartUtc, TimeZones.Find(zone)).DateTime;
            var agenda = new SaveAgenda.Request
            {
                CheckIn = session.CheckIn, DidNotGoWell = session.DidNotGoWell, HopeNext = session.HopeNext, Challenges = session.Challenges,
                WentWell = session.WentWell,
            };
            // Prompts from the mentee's story tools while the session is ahead, as this reader may see them (a mentor sees
            // only what the mentee lets them see).
            var prompts = session.Status == SessionStatus.Scheduled && grant.Side != PairSide.None
                ? await tools.ItemsAsync(new ToolReader(people.MenteeId, grant.ProgrammeId, me, today), ToolItemPlace.Agenda, ct)
                : [];
            var prepare = session.Status == SessionStatus.Scheduled && grant.Side != PairSide.None
                ? await PrepareAsync(actor, people, grant.ProgrammeId, last?.Id, last?.StartUtc, last?.SharedNotes ?? "", ct)
                : null;
            return new View(session, session.PairId, people, grant.Side, zone,
                SessionPeople.At(session.StartUtc, people.MenteeTimeZone), SessionPeople.At(session.StartUtc, people.MentorTimeZone), SessionPeople.At(session.StartUtc, zone),
                (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)), session.StartUtc <= now, previous, agenda, deadline,
                deadline.Owner == AgendaOwner.Mentor ? people.MentorName : people.MenteeName, SessionPeople.At(deadline.ShareBy, zone), terms.NoticeHours,
                actions, note, grant.May(Policy.Session.Write), grant.May(Policy.PrivateNote.Write), grant.May(Policy.ActionItem.Add),
                // Ticking is decided per action item; the pair's ties found for the session are the ones that rule asks about.
                grant.May(Policy.ActionItem.Tick), prompts, MeetingPlace.Of(session.MeetingPlace, terms.MeetingPlace), session.MeetingPlace.Length == 0, prepare);
        }

        private async Task<Preparation> PrepareAsync(Actor actor, SessionPeople people, Guid programmeId, Guid? lastId, DateTimeOffset? lastStart,
            string lastNotes, CancellationToken ct)
        {
            var work = await access.CheckPersonAsync(actor, Policy.Goal.List, people.MenteeId, programmeId, ct);
            var board = work.May(Policy.Board.Read)
                ? await db.Boards.Where(b => b.OwnerId == people.MenteeId && b.ProgrammeId == programmeId).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct)
                : null;
            // What reached Done since the last session, read from the board's own cards (their moves by card and time),
            // never from every move of the installation: nested in the board's query, EF numbered every Done move of
            // every board to keep 16 per board (30 ms a page at 10,000 participants).
            var done = board is { } boardId && lastStart is { } since
                ? await (from t in db.Tasks
                         where t.BoardId == boardId
                         from m in db.TaskMoves.Where(m => m.TaskId == t.Id && m.ToKind == ColumnKind.Done && m.At > since)
                         orderby m.At descending, m.Id
                         select t.Title).Take(DoneShown * 2).ToListAsync(ct)
                : [];
            var notes = lastNotes.Length > 280 ? lastNotes[..280].TrimEnd() + "…" : lastNotes;
            return new Preparation(people.MenteeId, people.MenteeName, programmeId, work.Allowed, board, lastId, lastStart, notes,
                done.Distinct().Take(DoneShown).ToList());
        }
    }
}
