using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Pairs;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Programmes;

/// <summary>A programme's page: its calendar line, and for those who run it, counts and the pairs (paged).</summary>
public static class ProgrammeOverview
{
    public sealed record Counts(int Applied, int Invited, int AcceptedMentors, int AcceptedMentees, int Declined,
        int Proposed, int Active, int Completed, int Dissolved, int OpenMentorSeats);

    public sealed record PairRow(Guid Id, string MentorName, string MenteeName, PairState State, DateTimeOffset ProposedAt);

    public sealed record View(
        Guid Id, string Name, string Description, DateOnly StartDate, DateOnly EndDate, int LengthWeeks,
        SessionCadence Cadence, ProgrammeStatus Status, int Week, ProgrammePhase Phase, string WeekLine,
        IReadOnlyList<(ProgrammePhase Phase, DateRange Dates)> Phases, int GettingToKnowEndWeek, int GoalsEndWeek,
        ProgrammeAccess Access, Counts? Counts, Page<PairRow>? Pairs, IReadOnlyList<string> Coordinators);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, PageRequest page, CancellationToken ct)
        {
            var a = await access.ForProgrammeAsync(actor, programmeId, ct);
            if (!a.Exists) return Error.NotFound("Programme");
            if (!a.CanView) return Error.Forbidden();
            var p = await db.Programmes.AsNoTracking().FirstAsync(x => x.Id == programmeId, ct);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var coordinators = await db.Participants.Where(x => x.ProgrammeId == programmeId && x.Role == ParticipantRole.Coordinator)
                .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => u.DisplayName).OrderBy(n => n).Take(20).ToListAsync(ct);

            Counts? counts = null;
            Page<PairRow>? pairs = null;
            if (a.CanManage)
            {
                counts = await CountsAsync(programmeId, ct);
                pairs = await PairsAsync(programmeId, page, ct);
            }
            var phases = new[] { ProgrammePhase.GettingToKnowEachOther, ProgrammePhase.WorkingOnGoals, ProgrammePhase.ReflectingAndRevising }
                .Select(ph => (ph, p.PhaseDates(ph))).ToArray();
            return new View(p.Id, p.Name, p.Description, p.StartDate, p.EndDate, p.LengthWeeks, p.Cadence, p.Status,
                p.WeekOn(today), p.PhaseOn(today), p.WeekLine(today), phases, p.GettingToKnowEndWeek, p.GoalsEndWeek, a, counts, pairs, coordinators);
        }

        /// <summary>Two grouped queries, whatever the size of the programme.</summary>
        public async Task<Counts> CountsAsync(Guid programmeId, CancellationToken ct)
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

        public async Task<Page<PairRow>> PairsAsync(Guid programmeId, PageRequest page, CancellationToken ct)
        {
            var q = db.Pairs.Where(x => x.ProgrammeId == programmeId);
            var total = await q.CountAsync(ct);
            var items = await q
                .OrderBy(x => x.State == PairState.Active ? 0 : x.State == PairState.Proposed ? 1 : 2).ThenBy(x => x.Id)
                .Skip(page.Skip).Take(page.Size)
                .Select(x => new PairRow(x.Id,
                    db.Users.Where(u => u.Id == x.MentorId).Select(u => u.DisplayName).First(),
                    db.Users.Where(u => u.Id == x.MenteeId).Select(u => u.DisplayName).First(),
                    x.State, x.ProposedAt))
                .ToListAsync(ct);
            return new Page<PairRow>(items, page.Number, page.Size, total);
        }
    }
}
