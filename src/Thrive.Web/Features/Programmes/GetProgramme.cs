using Thrive.Web.Features.Pairs;
namespace Thrive.Web.Features.Programmes;

/// <summary>
/// A programme's page: its calendar line on the reader's day, its phases, and for those who run it, counts and the
/// pairs (paged). An invited mentor or mentee also learns where their application stands.
/// </summary>
public static class GetProgramme
{
    public sealed record Counts(int Applied, int Invited, int AcceptedMentors, int AcceptedMentees, int Declined,
        int Proposed, int Active, int Completed, int Dissolved, int OpenMentorSeats);

    public sealed record PhaseDates(ProgrammePhase Phase, DateOnly From, DateOnly To);

    /// <summary>The reader's own application while it can still be filled in or revised.</summary>
    public sealed record OpenApplication(ParticipantRole Role, ApplicationStatus Status);

    /// <summary>What the reader may do here, decided by the access policy (the page shows only what they may open).</summary>
    public sealed record Abilities(bool Manage, bool ReviewApplications, bool ProposePairs, bool ListPairs, bool Webhooks);

    public sealed record View(
        Guid Id, string Name, string Description, DateOnly StartDate, DateOnly EndDate, int LengthWeeks,
        SessionCadence Cadence, ProgrammeStatus Status, DateOnly Today, int Week, ProgrammePhase Phase, string WeekLine,
        IReadOnlyList<PhaseDates> Phases, int GettingToKnowEndWeek, int GoalsEndWeek, IReadOnlyList<string> Coordinators,
        Abilities May, Counts? Counts, Page<ListPairs.Row>? Pairs, OpenApplication? Application);

    private static readonly ProgrammePhase[] Stages = [ProgrammePhase.GettingToKnowEachOther, ProgrammePhase.WorkingOnGoals, ProgrammePhase.ReflectingAndRevising];

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, PageRequest page, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Programme.Read, programmeId, ct);
            if (grant.Denied is { } denied) return denied;
            var may = new Abilities(grant.May(Policy.Programme.Manage), grant.May(Policy.Application.Review), grant.May(Policy.Pair.Propose), grant.May(Policy.Pair.List),
                grant.May(Policy.Webhook.ManageProgramme));
            var p = await db.Programmes.AsNoTracking().FirstAsync(x => x.Id == programmeId, ct);
            var today = reader.Today;
            var coordinators = await db.Participants.Where(x => x.ProgrammeId == programmeId && x.Role == ParticipantRole.Coordinator)
                .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => u.DisplayName).OrderBy(n => n).Take(20).ToListAsync(ct);
            OpenApplication? application = null;
            if (grant.May(Policy.Application.Fill))
            {
                application = await db.Participants.Where(x => x.ProgrammeId == programmeId && x.UserId == actor.UserId
                        && (x.Status == ApplicationStatus.Invited || x.Status == ApplicationStatus.Applied))
                    .Select(x => new OpenApplication(x.Role, x.Status)).FirstOrDefaultAsync(ct);
            }
            var counts = may.Manage ? await CountsAsync(programmeId, ct) : null;
            var pairRows = may.ListPairs ? await ListPairs.PageAsync(db, programmeId, page, ct) : null;
            var phases = Stages.Select(s => new PhaseDates(s, p.PhaseDates(s).From, p.PhaseDates(s).To)).ToList();
            return new View(p.Id, p.Name, p.Description, p.StartDate, p.EndDate, p.LengthWeeks, p.Cadence, p.Status,
                today, p.WeekOn(today), p.PhaseOn(today), p.WeekLine(today), phases,
                p.GettingToKnowEndWeek, p.GoalsEndWeek, coordinators, may, counts, pairRows, application);
        }

        /// <summary>Two grouped queries, whatever the size of the programme.</summary>
        private async Task<Counts> CountsAsync(Guid programmeId, CancellationToken ct)
        {
            var places = await db.Participants.Where(x => x.ProgrammeId == programmeId)
                .GroupBy(x => new { x.Role, x.Status })
                .Select(g => new { g.Key.Role, g.Key.Status, N = g.Count(), Seats = g.Sum(x => x.Answers.Capacity) })
                .ToListAsync(ct);
            var states = await db.Pairs.Where(x => x.ProgrammeId == programmeId)
                .GroupBy(x => x.State).Select(g => new { State = g.Key, N = g.Count() }).ToListAsync(ct);
            int Places(Func<ParticipantRole, ApplicationStatus, bool> f) => places.Where(x => f(x.Role, x.Status)).Sum(x => x.N);
            int State(PairState s) => states.Where(x => x.State == s).Sum(x => x.N);
            var seats = places.Where(x => x.Role == ParticipantRole.Mentor && x.Status == ApplicationStatus.Accepted).Sum(x => x.Seats);
            return new Counts(
                Places((r, s) => r != ParticipantRole.Coordinator && s == ApplicationStatus.Applied),
                Places((r, s) => r != ParticipantRole.Coordinator && s == ApplicationStatus.Invited),
                Places((r, s) => r == ParticipantRole.Mentor && s == ApplicationStatus.Accepted),
                Places((r, s) => r == ParticipantRole.Mentee && s == ApplicationStatus.Accepted),
                Places((r, s) => r != ParticipantRole.Coordinator && s == ApplicationStatus.Declined),
                State(PairState.Proposed), State(PairState.Active), State(PairState.Completed), State(PairState.Dissolved),
                Math.Max(0, seats - State(PairState.Proposed) - State(PairState.Active)));
        }
    }
}
