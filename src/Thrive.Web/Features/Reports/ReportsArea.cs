namespace Thrive.Web.Features.Reports;

/// <summary>Reports: a programme's figures for its coordinators (counts and dates only), cohorts side by side, CSV downloads.</summary>
public sealed class ReportsArea : IArea
{
    public string? ApiDescription => "A programme's report for its coordinators: matching, sessions, goals, ratings (wholes of at least five people) and endings, as counts and dates only.";

    public void AddServices(IServiceCollection services) => services.AddScoped<ReportFigures>();

    /// <param name="MatchedShare">Matched mentees as a share of accepted ones, from 0 to 1; null without accepted mentees.</param>
    /// <param name="MedianDaysToMatch">Days from an application's acceptance (or submission) to the mentee's first proposed pair; null when nobody is matched.</param>
    public sealed record MatchingResponse(int AcceptedMentees, int MatchedMentees, double? MatchedShare, double? MedianDaysToMatch);

    /// <param name="EndedEarly">Dissolved after being confirmed.</param>
    /// <param name="Withdrawn">Dissolved while still proposed.</param>
    public sealed record PairsResponse(int Proposed, int Active, int Completed, int EndedEarly, int Withdrawn);

    /// <param name="Planned">Sessions booked, whatever became of them.</param>
    public sealed record SessionsResponse(int Planned, int Held, int Cancelled, int NoShow);

    /// <param name="Set">Goals started (drafts are not counted).</param>
    public sealed record GoalKindResponse(GoalCategory Kind, int Set, int Active, int Achieved, int Dropped);

    /// <param name="Shown">False while fewer than <c>minimumRaters</c> people gave unnamed ratings: then only <c>people</c> and <c>ratings</c> are given.</param>
    /// <param name="Counts">How many ratings gave each score, from the lowest score up.</param>
    public sealed record RatingsResponse(bool Shown, int People, int Ratings, double? Average, IReadOnlyList<int> Counts, int MinimumRaters);

    public sealed record WeekResponse(int Week, DateOnly From, ProgrammePhase Phase, int Planned, int Held);

    public sealed record PhaseResponse(ProgrammePhase Phase, DateOnly From, DateOnly To, int SessionsPlanned, int SessionsHeld, int GoalsAchieved, int PairsEndedEarly);

    public sealed record ReportResponse(Guid ProgrammeId, string ProgrammeName, DateOnly StartDate, int LengthWeeks, int CurrentWeek, MatchingResponse Matching,
        PairsResponse Pairs, SessionsResponse Sessions, IReadOnlyList<GoalKindResponse> Goals, RatingsResponse Ratings, IReadOnlyList<WeekResponse> Weeks,
        IReadOnlyList<PhaseResponse> Phases);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/programmes/{id:guid}/report", async (HttpContext c, Guid id, GetProgrammeReport.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetProgrammeReport")
            .WithSummary($"The programme's report (its coordinators and admins): matching, pairs, sessions per week and per phase, goals by kind, and the session rating when at least {SurveyAnonymity.MinimumPeople} people gave one. Counts and dates only.");
    }

    private static ReportResponse ToResponse(GetProgrammeReport.View v)
    {
        var h = v.Headline;
        var (m, p, s, r) = (h.Matching, h.Pairs, h.Sessions, h.Ratings);
        return new(v.Programme.Id, v.Programme.Name, v.Programme.StartDate, v.Programme.LengthWeeks, v.CurrentWeek,
            new MatchingResponse(m.AcceptedMentees, m.MatchedMentees, m.MatchedShare, m.MedianDaysToMatch),
            new PairsResponse(p.Proposed, p.Active, p.Completed, p.EndedEarly, p.Withdrawn),
            new SessionsResponse(s.Planned, s.Held, s.Cancelled, s.NoShow),
            h.Goals.Select(g => new GoalKindResponse(g.Kind, g.Set, g.Active, g.Achieved, g.Dropped)).ToList(),
            new RatingsResponse(r.Shown, r.People, r.Answers, r.Average, r.Counts, SurveyAnonymity.MinimumPeople),
            v.Weeks.Select(w => new WeekResponse(w.Number, w.From, w.Phase, w.Planned, w.Held)).ToList(),
            v.Phases.Select(x => new PhaseResponse(x.Key, x.From, x.To, x.SessionsPlanned, x.SessionsHeld, x.GoalsAchieved, x.PairsEndedEarly)).ToList());
    }
}
