namespace Thrive.Web.Features.Groups;

/// <summary>
/// Groups across pairs: book clubs, mentoring circles and peer groups of a programme or of the whole community, with
/// a book club's reading plan, progress, prompts and reflections.
/// </summary>
/// <remarks>The API reads what the pages show: the reader's groups, one group with its members and reading plan, its meetings (members, and the programme's coordinators); members answer a meeting.</remarks>
public sealed class GroupsArea : IArea
{
    public string? ApiDescription => "Groups across pairs: book clubs, mentoring circles and peer groups, their members and a book club's reading plan with progress.";

    /// <summary>A group in a list: what anyone who may join it sees, and the reader's role when they are in it.</summary>
    public sealed record GroupSummaryResponse(Guid Id, Guid? ProgrammeId, string ProgrammeName, GroupKind Kind, string Name, string Purpose, int Capacity, int Members,
        int PlacesLeft, JoinPolicy Join, bool Archived, GroupRole? MyRole);

    /// <summary>The caller's groups; a page of the groups to join and of the groups of the programmes they run, with how many there are in all.</summary>
    /// <param name="Groups">The reader's groups (at most 100, not paged).</param>
    /// <param name="Joinable">A page of the open groups of the reader's programmes and the community that they may join.</param>
    /// <param name="Running">A page of the groups of the programmes the reader coordinates that they are not in.</param>
    /// <param name="JoinableTotal">How many groups the reader may join in all.</param>
    /// <param name="RunningTotal">How many groups of their programmes the reader is not in, in all.</param>
    /// <param name="Page">The page of <paramref name="Joinable"/>.</param>
    /// <param name="RunningPage">The page of <paramref name="Running"/>.</param>
    /// <param name="PageSize">Groups a page.</param>
    public sealed record GroupListResponse(IReadOnlyList<GroupSummaryResponse> Groups, IReadOnlyList<GroupSummaryResponse> Joinable, IReadOnlyList<GroupSummaryResponse> Running,
        int JoinableTotal, int RunningTotal, int Page, int RunningPage, int PageSize);

    public sealed record BookResponse(string Title, string Author, string? Link);

    public sealed record GroupMemberResponse(Guid UserId, string Name, GroupRole Role, DateTimeOffset JoinedAt, int PartsRead, int Percent);

    public sealed record ReadingPartResponse(Guid Id, string Title, int FromChapter, int ToChapter, DateOnly DueOn, int ReadBy, int Percent, bool ReadByMe);

    public sealed record GroupResponse(Guid Id, Guid? ProgrammeId, string ProgrammeName, GroupKind Kind, string Name, string Purpose, int Capacity, JoinPolicy Join,
        DateTimeOffset? ArchivedAt, BookResponse? Book, IReadOnlyList<GroupMemberResponse> Members, IReadOnlyList<ReadingPartResponse> ReadingPlan,
        int GroupPercent, int? MyPercent, Guid? NextPartId);

    public void AddServices(IServiceCollection services) => services.AddScoped<MeetingInvitations>().AddScoped<GroupGoalFeed>();

    /// <summary>A meeting in a list: its time in the reader's zone, and how many members answer going, not going, and attended.</summary>
    public sealed record MeetingRowResponse(Guid Id, DateTimeOffset StartUtc, string YourTime, MeetingStatus Status, int Going, int NotGoing, int Attended,
        AttendanceAnswer? MyAnswer);

    public sealed record MeetingListResponse(Guid GroupId, string TimeZone, MeetingRowResponse? Next, IReadOnlyList<MeetingRowResponse> Meetings, int Page, int Pages, int Total);

    /// <param name="Attended">Null until a facilitator records the meeting's attendance.</param>
    public sealed record AttendeeResponse(Guid UserId, string Name, GroupRole Role, string TheirTime, AttendanceAnswer Answer, bool? Attended);

    public sealed record AgendaTopicResponse(Guid Id, string Text, string AuthorName, bool Struck);

    public sealed record MeetingUpdateResponse(Guid AuthorId, string AuthorName, string Text, DateTimeOffset UpdatedAt);

    public sealed record MeetingActionResponse(Guid Id, string Text, Guid OwnerId, string OwnerName, DateOnly? DueDate, bool Done);

    /// <param name="SharedNotes">Empty, like the topics, updates and actions, for a reader who is not a member (a coordinator).</param>
    public sealed record MeetingResponse(Guid Id, Guid GroupId, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string YourTime, MeetingStatus Status, string CancelReason,
        string Place, IReadOnlyList<AttendeeResponse> Attendees, string SharedNotes, IReadOnlyList<AgendaTopicResponse> Topics, IReadOnlyList<MeetingUpdateResponse> Updates,
        IReadOnlyList<MeetingActionResponse> Actions, Guid Version);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/groups/{id:guid}/meetings", async (HttpContext c, Guid id, int? page, ListMeetings.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, page ?? 1, ct), v => new MeetingListResponse(v.GroupId, v.TimeZone, v.Next is null ? null : ToRow(v.Next),
                v.Rows.Select(ToRow).ToList(), v.Page, v.Pages, v.Total)))
            .WithName("ListGroupMeetings")
            .WithSummary($"The group's meetings, coming ones first, {ListMeetings.PageSize} a page (?page=), with the next one and each one's answers and attendance (members and the programme's coordinators).");

        api.MapGet("/groups/{id:guid}/meetings/{meetingId:guid}", async (HttpContext c, Guid id, Guid meetingId, GetMeeting.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, meetingId, ct), ToMeeting))
            .WithName("GetGroupMeeting")
            .WithSummary("One meeting with every member's answer and attendance; to members also the agenda topics, round of updates, shared notes and action items.");

        api.MapPost("/groups/{id:guid}/meetings/{meetingId:guid}/attendance", async (HttpContext c, Guid id, Guid meetingId, AnswerMeeting.Request body, AnswerMeeting.Handler h,
            CancellationToken ct) => NoContent(await h.HandleAsync(c.User.Actor(), id, meetingId, body, ct)))
            .WithName("AnswerGroupMeeting").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Answer going or not going to a meeting of your group, until it starts (409 with code \"meeting_past\" once it has started, \"cancelled\" for a cancelled one).");

        api.MapPut("/groups/{id:guid}/goal", async (HttpContext c, Guid id, BackGoal.Request body, BackGoal.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("BackGoalWithGroup")
            .WithSummary("Let the group back one of your goals (goalId, or null for none): its measure then counts the chapters or parts you read (follows: ChaptersRead or PartsRead, book clubs only) or the meetings you attend (MeetingsAttended). Members only.");

        api.MapGet("/groups", async (HttpContext c, int? page, int? runningPage, int? pageSize, ListGroups.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), ListGroups.Request.Of(page, runningPage, pageSize), ct), v => new GroupListResponse(v.Mine.Select(ToSummary).ToList(),
                v.Joinable.Items.Select(ToSummary).ToList(), v.Running.Items.Select(ToSummary).ToList(), v.Joinable.Total, v.Running.Total, v.Joinable.PageNumber,
                v.Running.PageNumber, v.Joinable.PageSize)))
            .WithName("ListGroups")
            .WithSummary("Your groups; a page of the open groups you may join (name, purpose and places only; page) and, for coordinators, of the groups of their programmes (runningPage), pageSize at a time (20 unless given, at most 100).");

        api.MapGet("/groups/{id:guid}", async (HttpContext c, Guid id, GetGroup.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetGroup")
            .WithSummary("A group with its members, roles and each one's progress, and the reading plan with each part's progress (members and the programme's coordinators; 403 to anyone else).");
    }

    private static MeetingRowResponse ToRow(ListMeetings.Row r) => new(r.Id, r.StartUtc, r.YourTime, r.Status, r.Going, r.NotGoing, r.Attended, r.MyAnswer);

    private static MeetingResponse ToMeeting(GetMeeting.View v) => new(v.Meeting.Id, v.Meeting.GroupId, v.Meeting.StartUtc, v.Meeting.EndUtc, v.YourTime, v.Meeting.Status,
        v.Meeting.CancelReason, v.Meeting.Place, v.Attendees.Select(a => new AttendeeResponse(a.UserId, a.Name, a.Role, a.TheirTime, a.Answer, a.Attended)).ToList(),
        v.Meeting.SharedNotes, v.Topics.Select(t => new AgendaTopicResponse(t.Id, t.Text, t.AuthorName, t.Struck)).ToList(),
        v.Updates.Select(u => new MeetingUpdateResponse(u.AuthorId, u.AuthorName, u.Text, u.UpdatedAt)).ToList(),
        v.Actions.Select(a => new MeetingActionResponse(a.Id, a.Text, a.OwnerId, a.OwnerName, a.DueDate, a.Done)).ToList(), v.Meeting.Version);

    private static GroupSummaryResponse ToSummary(ListGroups.Row r) =>
        new(r.Id, r.ProgrammeId, r.ProgrammeName, r.Kind, r.Name, r.Purpose, r.Capacity, r.Members, r.PlacesLeft, r.Join, r.Archived, r.MyRole);

    private static GroupResponse ToResponse(GetGroup.View v) => new(v.Group.Id, v.Group.ProgrammeId, v.Group.ProgrammeName, v.Group.Kind, v.Group.Name, v.Group.Purpose,
        v.Group.Capacity, v.Group.Join, v.Group.ArchivedAt,
        v.Group.BookTitle.Length == 0 ? null : new BookResponse(v.Group.BookTitle, v.Group.BookAuthor, v.Group.BookLink.Length == 0 ? null : v.Group.BookLink),
        v.Members.Select(m => new GroupMemberResponse(m.UserId, m.Name, m.Role, m.JoinedAt, m.PartsRead, m.Percent)).ToList(),
        v.Parts.Select(p => new ReadingPartResponse(p.Id, p.Title, p.FromChapter, p.ToChapter, p.DueOn, p.ReadBy, p.Percent, p.ReadByMe)).ToList(),
        v.GroupPercent, v.MyPercent, v.NextPart?.Id);
}
