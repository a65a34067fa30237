namespace Thrive.Web.Features.Reports;

/// <summary>
/// A programme's report for its coordinators: matching, sessions planned and held per week, goals set and achieved by
/// kind, the session rating (a whole of at least five people), pairs active, completed and ended early, and the same per
/// phase. Counts and dates only; a fixed number of SQL commands whatever the number of pairs.
/// </summary>
public static class GetProgrammeReport
{
    /// <param name="From">The week's first day.</param>
    public sealed record Week(int Number, DateOnly From, ProgrammePhase Phase, int Planned, int Held);

    public sealed record Phase(ProgrammePhase Key, string Title, DateOnly From, DateOnly To, int SessionsPlanned, int SessionsHeld, int GoalsAchieved, int PairsEndedEarly);

    /// <param name="CurrentWeek">Today's programme week (0 before it starts).</param>
    /// <param name="HasPairs">False for a programme with no pair yet: the report is empty.</param>
    public sealed record View(ReportFigures.Headline Headline, DateOnly Today, int CurrentWeek, bool HasPairs, IReadOnlyList<Week> Weeks, IReadOnlyList<Phase> Phases)
    {
        public ReportFigures.ProgrammeFacts Programme => Headline.Programme;
    }

    public sealed class Handler(Access access, ReaderClock reader, ReportFigures figures)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Report.Read, programmeId, ct)).Denied is { } denied) return denied;
            var headline = (await figures.HeadlinesAsync([programmeId], ct)).Single();
            var p = headline.Programme;
            var weeks = (await figures.WeeksAsync(p, reader.TimeZone, ct))
                .Select(w => new Week(w.Week, p.StartDate.AddDays((w.Week - 1) * 7), p.PhaseOfWeek(w.Week), w.Planned, w.Held)).ToList();
            var endings = await figures.PhaseEndingsAsync(p, reader.TimeZone, ct);
            var phases = endings.Select(e =>
            {
                var mine = weeks.Where(w => w.Phase == e.Key).ToList();
                var from = mine.Count > 0 ? mine[0].From : p.StartDate;
                var to = mine.Count > 0 ? mine[^1].From.AddDays(6) : p.StartDate;
                return new Phase(e.Key, PhasePlan.Title(e.Key), from, to, mine.Sum(w => w.Planned), mine.Sum(w => w.Held), e.Value.GoalsAchieved, e.Value.PairsEndedEarly);
            }).ToList();
            var pairs = headline.Pairs;
            var hasPairs = pairs.Proposed + pairs.Active + pairs.Completed + pairs.EndedEarly + pairs.Withdrawn > 0;
            return new View(headline, reader.Today, PhasePlan.WeekOn(p.StartDate, p.LengthWeeks, reader.Today), hasPairs, weeks, phases);
        }
    }
}
