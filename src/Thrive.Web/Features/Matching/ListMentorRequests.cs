namespace Thrive.Web.Features.Matching;

/// <summary>
/// Mentor requests as each reader sees them: a mentee their own (rank, state, the mentor's reason kindly worded); a
/// mentor those that reached them; a coordinator every request of the programme (who asked whom, rank, state, days
/// waiting), paged, open ones first and the longest waiting first.
/// </summary>
public static class ListMentorRequests
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, Guid MenteeId, string MenteeName, Guid MentorId, string MentorName, int Rank, MentorRequestState State,
        string? Note, string? Answer, DateTimeOffset RequestedAt, DateTimeOffset? SentAt, DateTimeOffset? ClosedAt, int DaysWaiting, int? DaysLeft = null);

    public sealed record OwnView(Guid ProgrammeId, string ProgrammeName, bool MenteesChoose, bool IAmMentee, bool IAmMentor, bool Paired,
        IReadOnlyList<Row> Sent, IReadOnlyList<Row> Received, MentorOption? Mentor = null, int PassOnDays = MatchingSettings.PassOnDaysDefault)
    {
        public int Open => Sent.Count(r => r.State is MentorRequestState.Queued or MentorRequestState.Pending);
    }

    public sealed record MentorOption(Guid Id, string Name, int FreePlaces);

    public sealed record ProgrammeView(Guid ProgrammeId, string ProgrammeName, bool MenteesChoose, Page<Row> Requests, IReadOnlyList<MentorOption> Mentors,
        int PassOnDays = MatchingSettings.PassOnDaysDefault);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        /// <summary>The reader's own requests; with <paramref name="mentorId"/>, also that mentor's name and free places (the request form).</summary>
        public async Task<Result<OwnView>> OwnAsync(Actor actor, Guid programmeId, CancellationToken ct, Guid? mentorId = null)
        {
            if ((await access.CheckAsync(actor, Policy.MentorRequest.Make, programmeId, ct)).Denied is { } denied) return denied;
            var me = actor.UserId;
            var head = await db.Programmes.Where(p => p.Id == programmeId).Select(p => new
            {
                p.Name,
                Choose = db.MatchingSettings.Where(s => s.ProgrammeId == p.Id).Select(s => s.MenteesChoose).FirstOrDefault(),
                Days = db.MatchingSettings.Where(s => s.ProgrammeId == p.Id).Select(s => (int?)s.PassOnDays).FirstOrDefault() ?? MatchingSettings.PassOnDaysDefault,
                Role = db.Participants.Where(x => x.ProgrammeId == p.Id && x.UserId == me && x.Status == ApplicationStatus.Accepted).Select(x => x.Role).FirstOrDefault(),
                Paired = db.Pairs.Any(x => x.ProgrammeId == p.Id && x.MenteeId == me && (x.State == PairState.Proposed || x.State == PairState.Active)),
            }).FirstAsync(ct);
            var mentor = mentorId is null ? null : await db.Participants
                .Where(x => x.ProgrammeId == programmeId && x.UserId == mentorId && x.Role == ParticipantRole.Mentor && x.Status == ApplicationStatus.Accepted)
                .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new
                {
                    u.Id, u.DisplayName, x.Answers.Capacity,
                    Open = db.Pairs.Count(o => o.ProgrammeId == programmeId && o.MentorId == u.Id && (o.State == PairState.Proposed || o.State == PairState.Active)),
                }).FirstOrDefaultAsync(ct);
            var rows = await Rows(db.MentorRequests.Where(r => r.ProgrammeId == programmeId && (r.MenteeId == me || (r.MentorId == me && r.SentAt != null))))
                .OrderBy(r => r.State).ThenBy(r => r.Rank).ThenByDescending(r => r.RequestedAt).ThenBy(r => r.Id).Take(60).ToListAsync(ct);
            var now = reader.UtcNow;
            var all = rows.Select(r => r.ToRow(now, head.Days)).ToList();
            return new OwnView(programmeId, head.Name, head.Choose, head.Role == ParticipantRole.Mentee, head.Role == ParticipantRole.Mentor, head.Paired,
                all.Where(r => r.MenteeId == me).OrderBy(r => r.State > MentorRequestState.Pending).ThenBy(r => r.Rank).ToList(),
                all.Where(r => r.MentorId == me).ToList(),
                mentor is { } m ? new MentorOption(m.Id, m.DisplayName, Math.Max(0, m.Capacity - m.Open)) : null, head.Days);
        }

        public async Task<Result<ProgrammeView>> ProgrammeAsync(Actor actor, Guid programmeId, int? page, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.MentorRequest.List, programmeId, ct)).Denied is { } denied) return denied;
            var head = await db.Programmes.Where(p => p.Id == programmeId).Select(p => new
            {
                p.Name, Choose = db.MatchingSettings.Where(s => s.ProgrammeId == p.Id).Select(s => s.MenteesChoose).FirstOrDefault(),
                Days = db.MatchingSettings.Where(s => s.ProgrammeId == p.Id).Select(s => (int?)s.PassOnDays).FirstOrDefault() ?? MatchingSettings.PassOnDaysDefault,
            }).FirstAsync(ct);
            var request = PageRequest.Of(page, PageSize);
            var query = db.MentorRequests.Where(r => r.ProgrammeId == programmeId);
            var total = await query.CountAsync(ct);
            var rows = await Rows(query)
                .OrderBy(r => r.State == MentorRequestState.Pending ? 0 : r.State == MentorRequestState.Queued ? 1 : 2).ThenBy(r => r.RequestedAt).ThenBy(r => r.Id)
                .Skip(request.Skip).Take(request.Size).ToListAsync(ct);
            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
            var mentors = await db.Participants.Where(p => p.ProgrammeId == programmeId && p.Role == ParticipantRole.Mentor && p.Status == ApplicationStatus.Accepted)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { u.Id, u.DisplayName, p.Answers.Capacity, Open = open.Count(o => o.MentorId == u.Id) })
                .OrderBy(x => x.DisplayName).ThenBy(x => x.Id).Take(GetMatchingProposal.MaxPerSide).ToListAsync(ct);
            var now = reader.UtcNow;
            return new ProgrammeView(programmeId, head.Name, head.Choose,
                new Page<Row>(rows.Select(r => r.ToRow(now, head.Days)).ToList(), request.Number, request.Size, total),
                mentors.Select(m => new MentorOption(m.Id, m.DisplayName, Math.Max(0, m.Capacity - m.Open))).ToList(), head.Days);
        }

        private IQueryable<Raw> Rows(IQueryable<MentorRequest> requests) => requests
            .Join(db.Users, r => r.MenteeId, u => u.Id, (r, mentee) => new { r, mentee.DisplayName })
            .Join(db.Users, x => x.r.MentorId, u => u.Id, (x, mentor) => new Raw
            {
                Id = x.r.Id, MenteeId = x.r.MenteeId, MenteeName = x.DisplayName, MentorId = x.r.MentorId, MentorName = mentor.DisplayName, Rank = x.r.Rank,
                State = x.r.State, Note = x.r.Note, Answer = x.r.Answer, RequestedAt = x.r.RequestedAt, SentAt = x.r.SentAt, ClosedAt = x.r.ClosedAt,
            });
    }

    private sealed class Raw
    {
        public Guid Id { get; init; }
        public Guid MenteeId { get; init; }
        public string MenteeName { get; init; } = "";
        public Guid MentorId { get; init; }
        public string MentorName { get; init; } = "";
        public int Rank { get; init; }
        public MentorRequestState State { get; init; }
        public string? Note { get; init; }
        public string? Answer { get; init; }
        public DateTimeOffset RequestedAt { get; init; }
        public DateTimeOffset? SentAt { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }

        /// <summary>The row as read at <paramref name="now"/>; a pending one says how many days are left before it passes on.</summary>
        public Row ToRow(DateTimeOffset now, int passOnDays) => new(Id, MenteeId, MenteeName, MentorId, MentorName, Rank, State, Note, Answer, RequestedAt, SentAt, ClosedAt,
            State is MentorRequestState.Queued or MentorRequestState.Pending ? Math.Max(0, (int)(now - RequestedAt).TotalDays) : 0,
            State == MentorRequestState.Pending && SentAt is { } sent ? MentorChoice.DaysLeft(sent, passOnDays, now) : null);
    }
}

/// <summary>How a request's state reads, and which badge colour it wears.</summary>
public static class MentorRequestWords
{
    public static string State(MentorRequestState s, bool forMentee) => s switch
    {
        MentorRequestState.Queued => "waiting its turn",
        MentorRequestState.Pending => forMentee ? "with the mentor" : "waiting for you",
        MentorRequestState.Accepted => "accepted",
        MentorRequestState.Declined => "declined",
        MentorRequestState.Withdrawn => "withdrawn",
        MentorRequestState.Unanswered => forMentee ? "passed on (no answer)" : "passed on (no answer in time)",
        _ => "closed",
    };

    public static string Badge(MentorRequestState s) => s switch
    {
        MentorRequestState.Queued => "badge-status-invited",
        MentorRequestState.Pending => "badge-state-proposed",
        MentorRequestState.Accepted => "badge-status-accepted",
        MentorRequestState.Declined or MentorRequestState.Unanswered => "badge-status-declined",
        _ => "badge-state-dissolved",
    };
}
