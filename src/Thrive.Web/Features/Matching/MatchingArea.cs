namespace Thrive.Web.Features.Matching;

/// <summary>Matching: explained compatibility scores and a whole-cohort proposal the coordinator reviews and confirms.</summary>
public sealed class MatchingArea : IArea
{
    public string? ApiDescription => "Matching proposals for a programme's mentees and mentors, with every factor's points.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<MentorRequestFlow>();
        services.AddScoped<MentorRequestPass>();
        services.AddHostedService<MentorRequestWorker>(); // runs on the reminder pass's schedule and switch
    }

    public sealed record FactorResponse(MatchFactor Factor, Importance Importance, int Points, int MaxPoints, string Why);

    public sealed record PersonResponse(Guid Id, string Name);

    public sealed record ProposedPairResponse(PersonResponse Mentee, PersonResponse Mentor, int Score, bool Locked, IReadOnlyList<FactorResponse> Factors,
        PersonResponse? RunnerUp, int? RunnerUpScore);

    public sealed record UnmatchedResponse(PersonResponse Person, UnmatchedSide Side, string Reason);

    public sealed record SpreadResponse(int Min, int Median, int Max, double Average, IReadOnlyList<int> Bands);

    public sealed record WeightsResponse(Importance Stack, Importance Focus, Importance Experience, Importance TimeZone, Importance Interests, MatchObjective Objective,
        Importance MentorType);

    public sealed record ProposalResponse(Guid ProgrammeId, WeightsResponse Weights, IReadOnlyList<ProposedPairResponse> Pairs, IReadOnlyList<UnmatchedResponse> Unmatched, SpreadResponse Spread);

    public sealed record MentorRequestResponse(Guid Id, PersonResponse Mentee, PersonResponse Mentor, int Rank, MentorRequestState State, string? Note, string? Answer,
        DateTimeOffset RequestedAt, DateTimeOffset? SentAt, DateTimeOffset? ClosedAt, int DaysWaiting, int? DaysLeft);

    public sealed record OwnMentorRequestsResponse(Guid ProgrammeId, bool MenteesChoose, IReadOnlyList<MentorRequestResponse> Sent, IReadOnlyList<MentorRequestResponse> Received);

    public sealed record MentorRequestPageResponse(Guid ProgrammeId, bool MenteesChoose, int PassOnDays, IReadOnlyList<MentorRequestResponse> Items, int Page, int PageSize, int Total);

    public sealed record MoveRequest
    {
        public bool Up { get; init; }
    }

    public void MapApi(RouteGroupBuilder api)
    {
        MapMentorRequests(api.MapGroup("/programmes/{id:guid}"));

        api.MapGet("/programmes/{id:guid}/matching", async (HttpContext c, Guid id, GetMatchingProposal.Handler h, CancellationToken ct) =>
            Ok(Flatten(await h.HandleAsync(c.User.Actor(), id, ct)), ToResponse))
            .WithName("GetMatchingProposal")
            .WithSummary("The whole-cohort matching proposal with every factor's points, runner-ups and unmatched people with reasons (the programme's coordinators).");

        api.MapPut("/programmes/{id:guid}/matching/weights", async (HttpContext c, Guid id, SaveMatchingWeights.Request body, SaveMatchingWeights.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("SaveMatchingWeights").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set how much each factor counts (must, very, moderately, somewhat, not important; the mentor type, left out, is not important) and the objective (the programme's coordinators).");
    }

    private static void MapMentorRequests(RouteGroupBuilder g)
    {
        g.MapGet("/mentor-requests", async (HttpContext c, Guid id, ListMentorRequests.Handler h, CancellationToken ct) =>
            Ok(await h.OwnAsync(c.User.Actor(), id, ct), v => new OwnMentorRequestsResponse(v.ProgrammeId, v.MenteesChoose, [.. v.Sent.Select(ToResponse)], [.. v.Received.Select(ToResponse)])))
            .WithName("ListOwnMentorRequests")
            .WithSummary("One's own mentor requests in the programme: those sent as a mentee (ranked) and those that reached one as a mentor.");

        g.MapGet("/mentor-requests/all", async (HttpContext c, Guid id, int? page, ListMentorRequests.Handler h, CancellationToken ct) =>
            Ok(await h.ProgrammeAsync(c.User.Actor(), id, page, ct), v => new MentorRequestPageResponse(v.ProgrammeId, v.MenteesChoose, v.PassOnDays,
                [.. v.Requests.Items.Select(ToResponse)], v.Requests.PageNumber, v.Requests.PageSize, v.Requests.Total)))
            .WithName("ListProgrammeMentorRequests")
            .WithSummary("Every mentor request of the programme, open ones first, with rank, state and days waiting, paged (the programme's coordinators).");

        g.MapPost("/mentor-requests", async (HttpContext c, Guid id, RequestMentor.Request body, RequestMentor.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), id, body, ct), rid => $"/api/v1/programmes/{id}/mentor-requests"))
            .WithName("RequestMentor").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Request a mentor, ranked after one's other open requests (accepted mentees without a mentor, up to three; 400 for a full mentor, a fourth request, a repeat or when already paired; 409 when the programme does not let mentees choose).");

        g.MapPost("/mentor-requests/{requestId:guid}/move", async (HttpContext c, Guid id, Guid requestId, MoveRequest body, ChangeMentorRequest.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, requestId, body.Up ? ChangeMentorRequest.Change.Up : ChangeMentorRequest.Change.Down, ct)))
            .WithName("MoveMentorRequest").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Move one's own open request up or down the ranking; a new first request goes to its mentor (the mentee).");

        g.MapPost("/mentor-requests/{requestId:guid}/withdraw", async (HttpContext c, Guid id, Guid requestId, ChangeMentorRequest.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, requestId, ChangeMentorRequest.Change.Withdraw, ct)))
            .WithName("WithdrawMentorRequest").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Withdraw one's own open request; the next one moves up (the mentee).");

        g.MapPost("/mentor-requests/{requestId:guid}/accept", async (HttpContext c, Guid id, Guid requestId, AnswerMentorRequest.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, requestId, new AnswerMentorRequest.Request { Accept = true }, ct)))
            .WithName("AcceptMentorRequest").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Accept a request that reached one: the pair is proposed and the mentee's other requests close (the mentor; 409 when answered or the pair cannot be made).");

        g.MapPost("/mentor-requests/{requestId:guid}/decline", async (HttpContext c, Guid id, Guid requestId, AnswerMentorRequest.Request body, AnswerMentorRequest.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, requestId, body with { Accept = false }, ct)))
            .WithName("DeclineMentorRequest").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Decline a request that reached one, with a reason the mentee reads; it passes to their next-ranked mentor (the mentor).");

        g.MapPost("/mentor-requests/{requestId:guid}/close", async (HttpContext c, Guid id, Guid requestId, StepInMentorRequest.CloseRequest body, StepInMentorRequest.Handler h, CancellationToken ct) =>
            NoContent(await h.CloseAsync(c.User.Actor(), id, requestId, body, ct)))
            .WithName("CloseMentorRequest").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Close an open request with a note; the mentee's next-ranked mentor gets the turn (the programme's coordinators).");

        g.MapPost("/mentor-requests/assign", async (HttpContext c, Guid id, StepInMentorRequest.AssignRequest body, StepInMentorRequest.Handler h, CancellationToken ct) =>
            Created(await h.AssignAsync(c.User.Actor(), id, body, ct), pairId => $"/api/v1/pairs/{pairId}"))
            .WithName("AssignMentor")
            .WithSummary("Pair a mentee with a mentor as a proposed pair (the matching rules) and close the mentee's open requests (the programme's coordinators).");

        g.MapPut("/mentor-requests/settings", async (HttpContext c, Guid id, LetMenteesChoose.Request body, LetMenteesChoose.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("LetMenteesChoose").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Turn mentee-choice mode on or off: whether mentees may request mentors from the directory; optionally passOnDays (1 to 30, default 5), the days a request waits at a mentor without an answer before it passes to the mentee's next choice (the programme's coordinators; 400 out of range).");
    }

    private static MentorRequestResponse ToResponse(ListMentorRequests.Row r) => new(r.Id, new PersonResponse(r.MenteeId, r.MenteeName),
        new PersonResponse(r.MentorId, r.MentorName), r.Rank, r.State, r.Note, r.Answer, r.RequestedAt, r.SentAt, r.ClosedAt, r.DaysWaiting, r.DaysLeft);

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
