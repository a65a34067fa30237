namespace Thrive.Domain.Groups;

/// <summary>
/// A topic a member puts on a meeting's shared agenda (a circle's or a peer group's). Topics are taken in order; a
/// facilitator moves one up or strikes it (a struck topic stays readable, crossed out).
/// </summary>
public sealed class AgendaTopic
{
    public const int TextMax = 300;
    /// <summary>A meeting's agenda holds at most this many topics.</summary>
    public const int PerMeetingMax = 50;

    private AgendaTopic() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; }
    public int Position { get; private set; }
    public bool Struck { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A member adds a topic at the end of the agenda while the meeting is ahead or running.</summary>
    public static Result<AgendaTopic> Add(Group group, GroupMeeting meeting, IReadOnlyCollection<AgendaTopic> agenda, Guid authorId, string? text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(agenda);
        if (group.ReadOnly() is { } archived) return archived;
        var v = new Validate().Required(nameof(Text), text, "The topic", TextMax);
        if (!v.Ok) return Result<AgendaTopic>.Fail(v.Errors);
        if (meeting.Status != MeetingStatus.Scheduled) return Error.Conflict("Topics can be added until the meeting is held or cancelled.", null, "not_scheduled");
        if (agenda.Count >= PerMeetingMax) return Error.Conflict($"The agenda is full ({PerMeetingMax} topics).", nameof(Text), "agenda_full");
        return new AgendaTopic
        {
            Id = Guid.NewGuid(), MeetingId = meeting.Id, GroupId = group.Id, AuthorId = authorId, Text = text!.Trim(),
            Position = agenda.Count == 0 ? 1 : agenda.Max(t => t.Position) + 1, CreatedAt = now,
        };
    }

    /// <summary>Strikes the topic, or brings it back.</summary>
    public void ToggleStruck() => Struck = !Struck;

    /// <summary>Swaps <paramref name="topic"/> with the one before it in <paramref name="agenda"/>; the first stays first.</summary>
    public static void MoveUp(IReadOnlyList<AgendaTopic> agenda, AgendaTopic topic)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(topic);
        var before = agenda.Where(t => t.Position < topic.Position).MaxBy(t => t.Position);
        if (before is null) return;
        (before.Position, topic.Position) = (topic.Position, before.Position);
    }
}

/// <summary>A member's short update in a meeting's round of updates (one each; it can be rewritten).</summary>
public sealed class MeetingUpdate
{
    public const int TextMax = 1000;

    private MeetingUpdate() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Writes (or rewrites, <paramref name="mine"/>) the member's update; a cancelled meeting takes none.</summary>
    public static Result<MeetingUpdate> Write(Group group, GroupMeeting meeting, MeetingUpdate? mine, Guid authorId, string? text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(meeting);
        if (group.ReadOnly() is { } archived) return archived;
        var v = new Validate().Required(nameof(Text), text, "Your update", TextMax);
        if (!v.Ok) return Result<MeetingUpdate>.Fail(v.Errors);
        if (meeting.Status == MeetingStatus.Cancelled) return Error.Conflict("This meeting was cancelled.", null, "cancelled");
        mine ??= new MeetingUpdate { Id = Guid.NewGuid(), MeetingId = meeting.Id, GroupId = group.Id, AuthorId = authorId };
        mine.Text = text!.Trim();
        mine.UpdatedAt = now;
        return mine;
    }
}

/// <summary>An action item from a group meeting, owned by one member, with an optional due day.</summary>
public sealed class MeetingActionItem
{
    public const int TextMax = 300;
    /// <summary>A meeting has at most this many action items.</summary>
    public const int PerMeetingMax = 100;

    private MeetingActionItem() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Text { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>An action for a member of the group (<paramref name="roster"/>): someone removed meanwhile is refused.</summary>
    public static Result<MeetingActionItem> Add(Group group, GroupMeeting meeting, IReadOnlyCollection<Guid> roster, int count, Guid ownerId, string? text, DateOnly? due,
        DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(roster);
        if (group.ReadOnly() is { } archived) return archived;
        var v = new Validate().Required(nameof(Text), text, "The action", TextMax)
            .That(roster.Contains(ownerId), nameof(OwnerId), "Choose a member of the group as the owner.")
            .That(due is null || (due >= today && due.Value.Year <= 2100), nameof(DueDate), "The due date must be today or later.");
        if (!v.Ok) return Result<MeetingActionItem>.Fail(v.Errors);
        if (meeting.Status == MeetingStatus.Cancelled) return Error.Conflict("This meeting was cancelled.", null, "cancelled");
        if (count >= PerMeetingMax) return Error.Conflict($"This meeting has {PerMeetingMax} action items already.", nameof(Text), "actions_full");
        return new MeetingActionItem { Id = Guid.NewGuid(), MeetingId = meeting.Id, GroupId = group.Id, OwnerId = ownerId, Text = text!.Trim(), DueDate = due, CreatedAt = now };
    }

    public void Toggle(DateTimeOffset now) => DoneAt = DoneAt is null ? now : null;
}
