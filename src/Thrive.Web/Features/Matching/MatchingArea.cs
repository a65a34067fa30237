namespace Thrive.Web.Features.Matching;

/// <summary>Matching: explained compatibility scores and a whole-cohort proposal the coordinator reviews and confirms.</summary>
public sealed class MatchingArea : IArea
{
    public string? ApiDescription => "Matching proposals for a programme's mentees and mentors, with every factor's points.";

    public void AddServices(IServiceCollection services) => services.AddScoped<MentorRequestFlow>();

    public sealed record FactorResponse(MatchFactor Factor, Importance Importance, int Points, int MaxPoints, string Why);

    public sealed record PersonResponse(Guid Id, string Name);

    public sealed record ProposedPairResponse(PersonResponse Mentee, PersonResponse Mentor, int Score, bool Locked, IReadOnlyList<FactorResponse> Factors,
        PersonResponse? RunnerUp, int? RunnerUpScore);

    public sealed record UnmatchedResponse(PersonResponse Person, UnmatchedSide Side, string Reason);

    public sealed record SpreadResponse(int Min, int Median, int Max, double Average, IReadOnlyList<int> Bands);

    public sealed record WeightsResponse(Importance Stack, Importance Focus, Importance Experience, Importance TimeZone, Importance Interests, MatchObjective Objective,
        Importance MentorType);

    public sealed record ProposalResponse(Guid ProgrammeId, WeightsResponse Weights, IReadOnlyList<ProposedPairResponse> Pairs, IReadOnlyList<UnmatchedResponse> Unmatched, SpreadResponse Spread);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/programmes/{id:guid}/matching", async (HttpContext c, Guid id, GetMatchingProposal.Handler h, CancellationToken ct) =>
            Ok(Flatten(await h.HandleAsync(c.User.Actor(), id, ct)), ToResponse))
            .WithName("GetMatchingProposal")
            .WithSummary("The whole-cohort matching proposal with every factor's points, runner-ups and unmatched people with reasons (the programme's coordinators).");

        api.MapPut("/programmes/{id:guid}/matching/weights", async (HttpContext c, Guid id, SaveMatchingWeights.Request body, SaveMatchingWeights.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("SaveMatchingWeights").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set how much each factor counts (must, very, moderately, somewhat, not important; the mentor type, left out, is not important) and the objective (the programme's coordinators).");
    }

    /// <summary>A proposal that cannot be made (every weight "not important") answers as a refusal of the request.</summary>
    private static Result<GetMatchingProposal.View> Flatten(Result<GetMatchingProposal.View> r) =>
        r.Succeeded && !r.Value!.Proposal.Succeeded ? Result<GetMatchingProposal.View>.Fail(r.Value.Proposal.Errors) : r;

    private static ProposalResponse ToResponse(GetMatchingProposal.View v)
    {
        var p = v.Proposal.Value!;
        var w = v.Weights;
        return new ProposalResponse(v.ProgrammeId, new WeightsResponse(w.Stack, w.Focus, w.Experience, w.TimeZone, w.Interests, v.Objective, w.MentorType),
            p.Pairs.Select(x => new ProposedPairResponse(Person(x.Mentee), Person(x.Mentor), x.Compatibility.Score, x.Locked,
                x.Compatibility.Factors.Select(f => new FactorResponse(f.Factor, f.Importance, f.Points, f.MaxPoints, f.Why)).ToList(),
                x.RunnerUp is null ? null : Person(x.RunnerUp), x.RunnerUpScore)).ToList(),
            p.Unmatched.Select(u => new UnmatchedResponse(Person(u.Person), u.Side, u.Reason)).ToList(),
            new SpreadResponse(p.Spread.Min, p.Spread.Median, p.Spread.Max, p.Spread.Average, p.Spread.Bands));
    }

    private static PersonResponse Person(MatchPerson p) => new(p.UserId, p.Name);
}
