namespace Thrive.Web.Features.Activity;

/// <summary>Activity: what changed in a person's pairs since they last looked.</summary>
public sealed class ActivityArea : IArea
{
    public string? ApiDescription => "What a person's mentoring partners did since they last looked: comments, feedback, shared agendas, moved cards, achieved goals.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ActivitySources>();
        services.AddScoped<UnreadActivity>();
        services.AddSingleton<UnreadCounts>();
    }

    /// <summary>One thing a partner did; <c>link</c> opens what it is about; <c>unread</c> when newer than the reader's last visit to the feed.</summary>
    public sealed record ActivityItemResponse(ActivityKind Kind, DateTimeOffset At, Guid ActorId, string ActorName, string Text, string Link, bool Unread);

    /// <summary>A page of the feed, newest first, and how many of all its items are unread.</summary>
    public sealed record ActivityPageResponse(IReadOnlyList<ActivityItemResponse> Items, int PageNumber, int PageSize, int Total, int Unread);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/activity", async (HttpContext c, int? page, int? pageSize, ListActivity.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), new ListActivity.Request(PageRequest.Of(page, pageSize), MarkSeen: false), ct), v => new ActivityPageResponse(
                v.Items.Items.Select(i => new ActivityItemResponse(i.Kind, i.At, i.ActorId, i.ActorName, i.Text, i.Link, i.Unread)).ToList(),
                v.Items.PageNumber, v.Items.PageSize, v.Items.Total, v.Unread)))
            .WithName("ListActivity").WithSummary("The caller's activity feed, newest first, paged; reading it here does not mark it read (opening /Activity does).");
    }
}
