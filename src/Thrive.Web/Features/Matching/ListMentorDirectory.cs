using Thrive.Web.Features.MentorTypes;

namespace Thrive.Web.Features.Matching;

/// <summary>
/// The mentor directory of a programme: its accepted mentors with what a mentee chooses by (bio, stack, focus, mentor
/// type, time zone) and their free places, those with room first. For everyone with a place in the programme; the
/// application's other answers (motivation, manager, team) are not shown.
/// </summary>
public static class ListMentorDirectory
{
    public const int PageSize = 12;

    public sealed record Mentor(Guid Id, string Name, string Pronouns, string Bio, string Region, string TimeZone, string Stack, Focus Focus,
        int YearsInField, int Capacity, int OpenPairs, MentorTypeWords.Badge Type, RecentActivity Activity)
    {
        public int FreePlaces => Math.Max(0, Capacity - OpenPairs);

        /// <summary>The avatar's letters: the first of the first and the last name.</summary>
        public string Initials
        {
            get
            {
                var words = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return words.Length switch { 0 => "?", 1 => words[0][..1].ToUpperInvariant(), _ => $"{words[0][0]}{words[^1][0]}".ToUpperInvariant() };
            }
        }
    }

    /// <summary>
    /// What the reader may do in mentee-choice mode: request (an accepted mentee without a mentor while the programme lets
    /// mentees choose), whom they have open requests to, and how many.
    /// </summary>
    public sealed record Choice(bool MenteesChoose, bool CanRequest, IReadOnlySet<Guid> Requested)
    {
        public bool Full => Requested.Count >= MentorChoice.MaxOpen;
    }

    public sealed record View(Guid ProgrammeId, string ProgrammeName, Page<Mentor> Mentors, int FreePlaces, Choice Choice);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, int? page, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Programme.Read, programmeId, ct)).Denied is { } denied) return denied;
            var me = actor.UserId;
            var head = await db.Programmes.Where(p => p.Id == programmeId).Select(p => new
            {
                p.Name,
                Choose = db.MatchingSettings.Where(s => s.ProgrammeId == p.Id).Select(s => s.MenteesChoose).FirstOrDefault(),
                IAmMentee = db.Participants.Any(x => x.ProgrammeId == p.Id && x.UserId == me && x.Role == ParticipantRole.Mentee && x.Status == ApplicationStatus.Accepted),
                Paired = db.Pairs.Any(x => x.ProgrammeId == p.Id && x.MenteeId == me && (x.State == PairState.Proposed || x.State == PairState.Active)),
                Requested = db.MentorRequests.Where(r => r.ProgrammeId == p.Id && r.MenteeId == me && (r.State == MentorRequestState.Queued || r.State == MentorRequestState.Pending))
                    .OrderBy(r => r.Rank).Select(r => r.MentorId).Take(MentorChoice.MaxOpen).ToList(),
            }).FirstAsync(ct);
            var name = head.Name;
            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
            var mentors = db.Participants.Where(p => p.ProgrammeId == programmeId && p.Role == ParticipantRole.Mentor && p.Status == ApplicationStatus.Accepted)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.Answers, u, Open = open.Count(o => o.MentorId == u.Id) });
            var places = await mentors.OrderBy(x => x.u.Id).Take(GetMatchingProposal.MaxPerSide)
                .Select(x => new { x.Answers.Capacity, x.Open }).ToListAsync(ct); // numbers only, for the totals
            var free = places.Sum(x => Math.Max(0, x.Capacity - x.Open));
            var request = PageRequest.Of(page, PageSize);
            var now = reader.UtcNow;
            var rows = await mentors
                .OrderByDescending(x => x.Answers.Capacity - x.Open).ThenBy(x => x.u.DisplayName).ThenBy(x => x.u.Id)
                .Skip(request.Skip).Take(request.Size)
                .Select(x => new
                {
                    x.u.Id, x.u.DisplayName, x.u.Pronouns, x.u.Bio, x.u.Region, x.Answers.TimeZone, x.Answers.TechStack, x.Answers.Focus,
                    x.Answers.YearsInField, x.Answers.Capacity, x.Open,
                    Sheet = db.MentorTypeResults.Where(m => m.UserId == x.u.Id).Select(m => m.Answers).FirstOrDefault(),
                    // Recently active: the activity feed opened, a session held with a mentee, a request answered.
                    Seen = db.ActivityReads.Where(a => a.UserId == x.u.Id).Select(a => (DateTimeOffset?)a.SeenAt).FirstOrDefault(),
                    Held = db.Sessions.Where(s => s.Status == SessionStatus.Held && db.Pairs.Any(pp => pp.Id == s.PairId && pp.MentorId == x.u.Id)).Max(s => (DateTimeOffset?)s.StartUtc),
                    Answered = db.MentorRequests.Where(r => r.MentorId == x.u.Id && (r.State == MentorRequestState.Accepted || r.State == MentorRequestState.Declined)).Max(r => r.ClosedAt),
                })
                .ToListAsync(ct);
            var list = rows.Select(r => new Mentor(r.Id, r.DisplayName, r.Pronouns, r.Bio, r.Region, r.TimeZone, r.TechStack, r.Focus, r.YearsInField,
                r.Capacity, r.Open, MentorTypeWords.BadgeOf(r.Sheet, wish: false), RecentActivityRule.Of(Latest(r.Seen, r.Held, r.Answered, now), now))).ToList();
            var choice = new Choice(head.Choose, head.Choose && head.IAmMentee && !head.Paired, head.Requested.ToHashSet());
            return new View(programmeId, name, new Page<Mentor>(list, request.Number, request.Size, places.Count), free, choice);
        }

        private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b, DateTimeOffset? c, DateTimeOffset now) =>
            new[] { a, b, c }.Where(t => t is not null && t <= now).Max();
    }
}
