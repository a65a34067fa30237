namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// Wellbeing and stress: a private weekly check-in with its trend and the heavy-stretch signal, stressors with coping
/// strategies, a wins journal against imposter feelings, and sharing entry by entry with the mentoring partner.
/// </summary>
/// <remarks>
/// The API, under /api/v1/wellbeing, uses the same handlers as the page: the owner reads and writes everything; with
/// ?owner= their mentoring partner receives only what the owner shares, anyone else 403; coordinators read only the
/// "would like support" flags of their programme.
/// </remarks>
public sealed class WellbeingArea : IArea
{
    public string? ApiDescription => "Wellbeing and stress: private weekly check-ins, their trend and the heavy-stretch signal, stressors with coping strategies, wins, and what the owner shares with their mentor.";

    public sealed record CheckInResponse(Guid Id, DateOnly WeekStart, DateOnly On, int Stress, int Energy, int Sleep, int Rest, int Workload, string Note,
        int WorkInProgress, bool Shared);

    public sealed record CheckInPageResponse(Guid OwnerId, int Page, int PageSize, int Total, IReadOnlyList<CheckInResponse> CheckIns);

    /// <summary>A strategy's tries: how often it helped, helped a little (the rest did not help), and when it was last tried.</summary>
    public sealed record StrategyResponse(Guid Id, string Text, int Tries, int Helped, int HelpedALittle, DateOnly? LastTriedOn);

    public sealed record StressorResponse(Guid Id, string What, string When, string Triggers, bool Shared, IReadOnlyList<StrategyResponse> Strategies);

    public sealed record StressorPageResponse(Guid OwnerId, int Page, int PageSize, int Total, IReadOnlyList<StressorResponse> Stressors);

    public sealed record WinResponse(Guid Id, string Text, string Doubt, DateOnly On, bool Shared);

    public sealed record WinPageResponse(Guid OwnerId, int Page, int PageSize, int Total, IReadOnlyList<WinResponse> Wins);

    public sealed record HeavyStretchResponse(string Prompt, string Explanation, IReadOnlyList<DateOnly> Weeks);

    public sealed record WellbeingSummaryResponse(Guid OwnerId, string OwnerName, DateOnly Today, DateOnly ThisWeekStart, bool CheckedInThisWeek,
        bool SummaryShared, bool WouldLikeSupport, IReadOnlyList<GetWellbeingSummary.TrendWeek> Trend, HeavyStretchResponse? Heavy);

    public sealed record SupportRequestsResponse(IReadOnlyList<ListSupportRequests.SupportRequest> People);

    public void AddServices(IServiceCollection services) => services.AddScoped<IStoryTool, WellbeingTool>();

    public void MapApi(RouteGroupBuilder api)
    {
        var w = api.MapGroup("/wellbeing");
        w.MapGet("/summary", async (HttpContext c, Guid? owner, GetWellbeingSummary.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), owner, ct), ToResponse))
            .WithName("GetWellbeingSummary")
            .WithSummary("Your trend of the last 12 weeks, whether this week's check-in is done, and the heavy-stretch signal with its explanation (yours only); with ?owner= your mentee's trend only if they share their summary (never notes or the signal); 403 to anyone else.");

        MapEntries(w, "/check-ins", WellbeingEntryKind.CheckIn, "WellbeingCheckIn", "a check-in",
            "Your own check-ins, newest week first, paged; with ?owner= 403 to anyone but the owner, except the check-ins the owner shared with their mentor, which that mentor receives.",
            v => new CheckInPageResponse(v.OwnerId, v.CheckIns.PageNumber, v.CheckIns.PageSize, v.CheckIns.Total, v.CheckIns.Items.Select(ToResponse).ToList()),
            v => ToResponse(v.CheckIn!));

        w.MapPost("/check-ins", async (HttpContext c, RecordWellbeingCheckIn.Request body, RecordWellbeingCheckIn.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), body, ct))).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RecordWellbeingCheckIn")
            .WithSummary("Check in for the week of on (default today): stress, energy, sleep, rest (time off code) and workload from 1 to 5, an optional note (4000 characters). One a week: a second check-in that week updates the first (updated: true). Not in the future.");

        MapEntries(w, "/stressors", WellbeingEntryKind.Stressor, "Stressor", "a stressor (with its strategies)",
            "Your stressors with their coping strategies, newest first, paged; with ?owner= only the ones the owner shares with you (else 403).",
            v => new StressorPageResponse(v.OwnerId, v.Stressors.PageNumber, v.Stressors.PageSize, v.Stressors.Total, v.Stressors.Items.Select(ToResponse).ToList()),
            v => ToResponse(v.Stressor!));

        w.MapPost("/stressors", async (HttpContext c, NameStressor.Request body, NameStressor.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/wellbeing/stressors/{id}"))
            .WithName("NameStressor")
            .WithSummary("Name a stressor: what, when it happens, what sets it off, and optionally a first coping strategy.");

        w.MapPut("/stressors/{id:guid}", async (HttpContext c, Guid id, ReviseStressor.Request body, ReviseStressor.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("ReviseStressor")
            .WithSummary("Rewrite one of your stressors: what, when it happens, what sets it off. Its strategies and sharing stay.");

        w.MapPost("/stressors/{id:guid}/strategies", async (HttpContext c, Guid id, PlanCopingStrategy.Request body, PlanCopingStrategy.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), id, body, ct), s => $"{Areas.ApiPrefix}/wellbeing/stressors/{id}"))
            .WithName("PlanCopingStrategy")
            .WithSummary("Plan a coping strategy for one of your stressors (up to 20).");

        w.MapDelete("/stressors/{id:guid}/strategies/{strategyId:guid}", async (HttpContext c, Guid id, Guid strategyId, RemoveWellbeingEntry.Handler h,
                CancellationToken ct) => NoContent(await h.DropStrategyAsync(c.User.Actor(), id, strategyId, ct)))
            .WithName("DeleteCopingStrategy")
            .WithSummary("Delete one coping strategy of your stressor, with its tries.");

        w.MapPost("/stressors/{id:guid}/strategies/{strategyId:guid}/tries", async (HttpContext c, Guid id, Guid strategyId, TryCopingStrategy.Request body,
                TryCopingStrategy.Handler h, CancellationToken ct) => NoContent(await h.HandleAsync(c.User.Actor(), id, strategyId, body, ct)))
            .WithName("TryCopingStrategy")
            .WithSummary("You tried a strategy today: say whether it helped, helped a little or did not help.");

        MapEntries(w, "/wins", WellbeingEntryKind.Win, "Win", "a win",
            "Your wins journal, newest first, paged; with ?owner= only the wins the owner shares with you (else 403).",
            v => new WinPageResponse(v.OwnerId, v.Wins.PageNumber, v.Wins.PageSize, v.Wins.Total, v.Wins.Items.Select(ToResponse).ToList()),
            v => ToResponse(v.Win!));

        w.MapPost("/wins", async (HttpContext c, NoteWin.Request body, NoteWin.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/wellbeing/wins/{id}"))
            .WithName("NoteWin")
            .WithSummary("Write down a win, optionally with the doubting voice it answers; not in the future.");

        w.MapPut("/wins/{id:guid}", async (HttpContext c, Guid id, NoteWin.Request body, ReviseWin.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("ReviseWin")
            .WithSummary("Rewrite one of your wins: the text, the doubt it answers, its day (not in the future).");

        w.MapPut("/sharing", async (HttpContext c, SetWellbeingSharing.Request body, SetWellbeingSharing.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), body, ct))).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SetWellbeingSharing")
            .WithSummary("Share your summary (the trend, without notes) with your mentor or stop; raise or lower the \"would like support\" flag your coordinator sees.");

        api.MapGet("/programmes/{id:guid}/wellbeing/support-requests", async (HttpContext c, Guid id, ListSupportRequests.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), v => new SupportRequestsResponse(v)))
            .WithName("ListWellbeingSupportRequests")
            .WithSummary("For the programme's coordinators: who would like support and since when (the flag only, never an entry).");
    }

    /// <summary>One kind of entry: its paged list (?owner=), one entry by id, and sharing it or withdrawing it.</summary>
    private static void MapEntries<TPage, TOne>(RouteGroupBuilder w, string path, WellbeingEntryKind kind, string noun, string what, string listSummary,
        Func<ListWellbeingEntries.View, TPage> shape, Func<GetWellbeingEntry.View, TOne> one)
    {
        w.MapGet(path, async (HttpContext c, Guid? owner, int? page, int? pageSize, ListWellbeingEntries.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), new() { Owner = owner, Page = page, PageSize = pageSize, Only = kind }, ct), shape))
            .WithName($"List{noun}s")
            .WithSummary(listSummary);

        w.MapGet(path + "/{id:guid}", async (HttpContext c, Guid id, GetWellbeingEntry.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), kind, id, ct), one))
            .WithName($"Get{noun}")
            .WithSummary($"One entry, {what}: yours, or one your mentee shares with you; once withdrawn, 403 with code \"not_shared\".");

        w.MapPut(path + "/{id:guid}/sharing", async (HttpContext c, Guid id, ShareWellbeingEntry.Request body, ShareWellbeingEntry.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), kind, id, body, ct))).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName($"Share{noun}")
            .WithSummary($"Share {what} with your mentor (shared: true) or withdraw it (false); a withdrawal takes effect at once.");

        w.MapDelete(path + "/{id:guid}", async (HttpContext c, Guid id, RemoveWellbeingEntry.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), kind, id, ct)))
            .WithName($"Delete{noun}")
            .WithSummary($"Delete {what} of yours for good; whoever it was shared with cannot read it any more.");
    }

    private static CheckInResponse ToResponse(WellbeingCheckIn c) =>
        new(c.Id, c.WeekStart, c.On, c.Stress, c.Energy, c.Sleep, c.Rest, c.Workload, c.Note, c.WorkInProgress, c.Shared);

    private static StressorResponse ToResponse(StressorRow r) => new(r.Stressor.Id, r.Stressor.What, r.Stressor.When, r.Stressor.Triggers, r.Stressor.Shared,
        r.Strategies.Select(s => new StrategyResponse(s.Id, s.Text, s.Tries, s.Helped, s.HelpedALittle, s.LastTriedOn)).ToList());

    private static WinResponse ToResponse(Win w) => new(w.Id, w.Text, w.Doubt, w.On, w.Shared);

    private static WellbeingSummaryResponse ToResponse(GetWellbeingSummary.View v) => new(v.OwnerId, v.OwnerName, v.Today, v.ThisWeekStart, v.ThisWeek is not null,
        v.SummaryShared, v.WouldLikeSupport, v.ShowsTrend ? v.Trend : [],
        v.Heavy is { } h ? new HeavyStretchResponse(HeavyStretch.Prompt, h.Explanation, h.CheckIns.Select(x => x.WeekStart).ToList()) : null);
}
