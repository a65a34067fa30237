namespace Thrive.Web.Features.Groups;

/// <summary>
/// Groups across pairs: book clubs, mentoring circles and peer groups of a programme or of the whole community, with
/// a book club's reading plan, progress, prompts and reflections.
/// </summary>
/// <remarks>The API reads what the pages show: the reader's groups and one group with its members and reading plan (members, and the programme's coordinators).</remarks>
public sealed class GroupsArea : IArea
{
    public string? ApiDescription => "Groups across pairs: book clubs, mentoring circles and peer groups, their members and a book club's reading plan with progress.";

    /// <summary>A group in a list: what anyone who may join it sees, and the reader's role when they are in it.</summary>
    public sealed record GroupSummaryResponse(Guid Id, Guid? ProgrammeId, string ProgrammeName, GroupKind Kind, string Name, string Purpose, int Capacity, int Members,
        int PlacesLeft, JoinPolicy Join, bool Archived, GroupRole? MyRole);

    /// <param name="Groups">The reader's groups.</param>
    /// <param name="Joinable">Open groups of the reader's programmes and the community that they may join.</param>
    /// <param name="Running">Groups of the programmes the reader coordinates that they are not in.</param>
    public sealed record GroupListResponse(IReadOnlyList<GroupSummaryResponse> Groups, IReadOnlyList<GroupSummaryResponse> Joinable, IReadOnlyList<GroupSummaryResponse> Running);

    public sealed record BookResponse(string Title, string Author, string? Link);

    public sealed record GroupMemberResponse(Guid UserId, string Name, GroupRole Role, DateTimeOffset JoinedAt, int PartsRead, int Percent);

    public sealed record ReadingPartResponse(Guid Id, string Title, int FromChapter, int ToChapter, DateOnly DueOn, int ReadBy, int Percent, bool ReadByMe);

    public sealed record GroupResponse(Guid Id, Guid? ProgrammeId, string ProgrammeName, GroupKind Kind, string Name, string Purpose, int Capacity, JoinPolicy Join,
        DateTimeOffset? ArchivedAt, BookResponse? Book, IReadOnlyList<GroupMemberResponse> Members, IReadOnlyList<ReadingPartResponse> ReadingPlan,
        int GroupPercent, int? MyPercent, Guid? NextPartId);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/groups", async (HttpContext c, ListGroups.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), ct), v => new GroupListResponse(v.Mine.Select(ToSummary).ToList(), v.Joinable.Select(ToSummary).ToList(), v.Running.Select(ToSummary).ToList())))
            .WithName("ListGroups")
            .WithSummary("Your groups, the open groups you may join (name, purpose and places only) and, for coordinators, the groups of their programmes.");

        api.MapGet("/groups/{id:guid}", async (HttpContext c, Guid id, GetGroup.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetGroup")
            .WithSummary("A group with its members, roles and each one's progress, and the reading plan with each part's progress (members and the programme's coordinators; 403 to anyone else).");
    }

    private static GroupSummaryResponse ToSummary(ListGroups.Row r) =>
        new(r.Id, r.ProgrammeId, r.ProgrammeName, r.Kind, r.Name, r.Purpose, r.Capacity, r.Members, r.PlacesLeft, r.Join, r.Archived, r.MyRole);

    private static GroupResponse ToResponse(GetGroup.View v) => new(v.Group.Id, v.Group.ProgrammeId, v.Group.ProgrammeName, v.Group.Kind, v.Group.Name, v.Group.Purpose,
        v.Group.Capacity, v.Group.Join, v.Group.ArchivedAt,
        v.Group.BookTitle.Length == 0 ? null : new BookResponse(v.Group.BookTitle, v.Group.BookAuthor, v.Group.BookLink.Length == 0 ? null : v.Group.BookLink),
        v.Members.Select(m => new GroupMemberResponse(m.UserId, m.Name, m.Role, m.JoinedAt, m.PartsRead, m.Percent)).ToList(),
        v.Parts.Select(p => new ReadingPartResponse(p.Id, p.Title, p.FromChapter, p.ToChapter, p.DueOn, p.ReadBy, p.Percent, p.ReadByMe)).ToList(),
        v.GroupPercent, v.MyPercent, v.NextPart?.Id);
}
