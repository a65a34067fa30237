namespace Thrive.Domain.Groups;

/// <summary>
/// A group of people from several pairs, mentors and mentees alike: a book club, a mentoring circle or a peer group,
/// in one programme or, with no programme, open to the whole installation (the community). It has a capacity, one or
/// more facilitators, and ends by being archived, after which it is read-only. Its members are <see cref="GroupMember"/>
/// rows; the rules that need them take the current roster.
/// </summary>
public sealed class Group
{
    private Group() { Name = ""; Purpose = ""; BookTitle = ""; BookAuthor = ""; BookLink = ""; }

    public Guid Id { get; private set; }
    /// <summary>The programme the group belongs to; null for a community group open to every programme.</summary>
    public Guid? ProgrammeId { get; private set; }
    public GroupKind Kind { get; private set; }
    public string Name { get; private set; }
    public string Purpose { get; private set; }
    public int Capacity { get; private set; }
    public JoinPolicy Join { get; private set; }
    public string BookTitle { get; private set; }
    public string BookAuthor { get; private set; }
    public string BookLink { get; private set; }
    public Guid CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }
    public Guid Version { get; private set; }

    public bool IsArchived => ArchivedAt is not null;
    public bool IsCommunity => ProgrammeId is null;

    /// <summary>A new group with its first facilitators (at least one), who become its first members.</summary>
    public static Result<(Group Group, IReadOnlyList<GroupMember> Members)> Create(Guid? programmeId, GroupDetails details, IReadOnlyCollection<Guid> facilitators,
        Guid createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(facilitators);
        var errors = details.Validate().ToList();
        var distinct = facilitators.Where(f => f != Guid.Empty).Distinct().ToList();
        if (distinct.Count == 0) errors.Add(Error.Validation("Facilitators", "Choose at least one facilitator."));
        else if (details.Capacity >= GroupDetails.CapacityMin && distinct.Count > details.Capacity)
            errors.Add(Error.Validation("Facilitators", "More facilitators than the group has places."));
        if (errors.Count > 0) return Result<(Group, IReadOnlyList<GroupMember>)>.Fail(errors);
        var g = new Group { Id = Guid.NewGuid(), ProgrammeId = programmeId, CreatedById = createdBy, CreatedAt = now };
        g.Apply(details, now);
        IReadOnlyList<GroupMember> members = distinct.Select(f => GroupMember.Of(g.Id, f, GroupRole.Facilitator, now)).ToList();
        return (g, members);
    }

    /// <summary>Changes name, purpose, capacity, how people join and the book; the capacity cannot drop below the members there are.</summary>
    public Result<Unit> Edit(GroupDetails details, int memberCount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (ReadOnly() is { } archived) return archived;
        if (details.Kind != Kind) return Error.Validation(nameof(Kind), "A group keeps its kind; start a new group for another kind.");
        var errors = details.Validate(memberCount);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Apply(details, now);
        return Result.Ok();
    }

    /// <summary>
    /// <paramref name="userId"/> joins (or is added by a facilitator or coordinator: <paramref name="invited"/>): refused
    /// in an archived group, in a full one, for someone already in it, and, for a group by invitation, without an invitation.
    /// </summary>
    public Result<GroupMember> Admit(IReadOnlyCollection<GroupMember> roster, Guid userId, bool invited, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (ReadOnly() is { } archived) return archived;
        if (roster.Any(m => m.UserId == userId)) return Error.Conflict("Already a member of this group.", null, "already_member");
        if (Join == JoinPolicy.ByInvitation && !invited)
            return new Error(ErrorKind.Forbidden, "This group is by invitation: a facilitator or the coordinator adds its members.", null, "by_invitation");
        if (roster.Count >= Capacity)
            return Error.Conflict($"The group is full: all {Capacity} places are taken.", null, "group_full");
        Touch(now); // the roster changed: a second join racing this one for the last place meets a stale group
        return GroupMember.Of(Id, userId, GroupRole.Member, now);
    }

    /// <summary>A member leaves (or is removed); the last facilitator must hand the role on first.</summary>
    public Result<Unit> Release(IReadOnlyCollection<GroupMember> roster, Guid userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (ReadOnly() is { } archived) return archived;
        var member = roster.FirstOrDefault(m => m.UserId == userId);
        if (member is null) return Error.NotFound("Membership");
        if (member.Role == GroupRole.Facilitator && roster.Count(m => m.Role == GroupRole.Facilitator) == 1)
            return Error.Conflict("You are the group's last facilitator: make another member facilitator before leaving.", null, "last_facilitator");
        Touch(now);
        return Result.Ok();
    }

    /// <summary>Makes a member facilitator or hands the role back; the group keeps at least one facilitator.</summary>
    public Result<Unit> ChangeRole(IReadOnlyCollection<GroupMember> roster, Guid userId, GroupRole role, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (ReadOnly() is { } archived) return archived;
        if (!Enum.IsDefined(role)) return Error.Validation("Role", "Choose a role.");
        var member = roster.FirstOrDefault(m => m.UserId == userId);
        if (member is null) return Error.NotFound("Membership");
        if (member.Role == GroupRole.Facilitator && role == GroupRole.Member && roster.Count(m => m.Role == GroupRole.Facilitator) == 1)
            return Error.Conflict("The group needs a facilitator: make another member facilitator first.", null, "last_facilitator");
        member.SetRole(role);
        Touch(now);
        return Result.Ok();
    }

    /// <summary>The group has ended: from now on it is read-only.</summary>
    public Result<Unit> Archive(DateTimeOffset now)
    {
        if (ReadOnly() is { } archived) return archived;
        ArchivedAt = now;
        Touch(now);
        return Result.Ok();
    }

    /// <summary>Null while the group is running; the refusal of any change once it is archived.</summary>
    public Error? ReadOnly() => IsArchived ? Error.Conflict("This group is archived and can no longer be changed.", null, "archived") : null;

    private void Apply(GroupDetails d, DateTimeOffset now)
    {
        Kind = d.Kind;
        Name = d.Name.Trim();
        Purpose = d.Purpose.Trim();
        Capacity = d.Capacity;
        Join = d.Join;
        BookTitle = (d.BookTitle ?? "").Trim();
        BookAuthor = (d.BookAuthor ?? "").Trim();
        BookLink = (d.BookLink ?? "").Trim();
        Touch(now);
    }

    private void Touch(DateTimeOffset now) { UpdatedAt = now; Version = Guid.NewGuid(); }
}

/// <summary>A person's place in a group, as member or facilitator.</summary>
public sealed class GroupMember
{
    private GroupMember() { }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid UserId { get; private set; }
    public GroupRole Role { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
    /// <summary>The member's own goal whose measure follows their progress in the group; null when the group backs no goal of theirs.</summary>
    public Guid? GoalId { get; private set; }
    /// <summary>What the backed goal counts.</summary>
    public GoalFollows Follows { get; private set; }

    public static GroupMember Of(Guid groupId, Guid userId, GroupRole role, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), GroupId = groupId, UserId = userId, Role = role, JoinedAt = now };

    internal void SetRole(GroupRole role) => Role = role;

    /// <summary>
    /// The group backs <paramref name="goalId"/> (or no goal): its measure then counts what <paramref name="follows"/> names.
    /// Only a book club has a reading plan to count; every group has meetings.
    /// </summary>
    public Result<Unit> BackGoal(Group group, Guid? goalId, GoalFollows follows)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.ReadOnly() is { } archived) return archived;
        if (!Enum.IsDefined(follows)) return Error.Validation(nameof(Follows), "Choose what the goal counts.");
        if (goalId is not null && follows != GoalFollows.MeetingsAttended && group.Kind != GroupKind.BookClub)
            return Error.Validation(nameof(Follows), "Only a book club has a reading plan to count: choose meetings attended.");
        (GoalId, Follows) = (goalId, goalId is null ? GoalFollows.ChaptersRead : follows);
        return Result.Ok();
    }
}
