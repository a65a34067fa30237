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
        int YearsInField, int Capacity, int OpenPairs, MentorTypeWords.Badge Type)
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

    public sealed record View(Guid ProgrammeId, string ProgrammeName, Page<Mentor> Mentors, int FreePlaces);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, int? page, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Programme.Read, programmeId, ct)).Denied is { } denied) return denied;
            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            var open = db.Pairs.Where(x => x.ProgrammeId == programmeId && (x.State == PairState.Proposed || x.State == PairState.Active));
            var mentors = db.Participants.Where(p => p.ProgrammeId == programmeId && p.Role == ParticipantRole.Mentor && p.Status == ApplicationStatus.Accepted)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.Answers, u, Open = open.Count(o => o.MentorId == u.Id) });
            var places = await mentors.OrderBy(x => x.u.Id).Take(GetMatchingProposal.MaxPerSide)
                .Select(x => new { x.Answers.Capacity, x.Open }).ToListAsync(ct); // numbers only, for the totals
            var free = places.Sum(x => Math.Max(0, x.Capacity - x.Open));
            var request = PageRequest.Of(page, PageSize);
            var rows = await mentors
                .OrderByDescending(x => x.Answers.Capacity - x.Open).ThenBy(x => x.u.DisplayName).ThenBy(x => x.u.Id)
                .Skip(request.Skip).Take(request.Size)
                .Select(x => new
                {
                    x.u.Id, x.u.DisplayName, x.u.Pronouns, x.u.Bio, x.u.Region, x.Answers.TimeZone, x.Answers.TechStack, x.Answers.Focus,
                    x.Answers.YearsInField, x.Answers.Capacity, x.Open,
                    Sheet = db.MentorTypeResults.Where(m => m.UserId == x.u.Id).Select(m => m.Answers).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var list = rows.Select(r => new Mentor(r.Id, r.DisplayName, r.Pronouns, r.Bio, r.Region, r.TimeZone, r.TechStack, r.Focus, r.YearsInField,
                r.Capacity, r.Open, MentorTypeWords.BadgeOf(r.Sheet, wish: false))).ToList();
            return new View(programmeId, name, new Page<Mentor>(list, request.Number, request.Size, places.Count), free);
        }
    }
}
