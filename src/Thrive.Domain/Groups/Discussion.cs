namespace Thrive.Domain.Groups;

/// <summary>A discussion prompt a member adds to a part of the reading plan; members vote it up, one vote each.</summary>
public sealed class DiscussionPrompt
{
    public const int TextMax = 500;

    private DiscussionPrompt() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid PartId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<DiscussionPrompt> Add(Group group, ReadingPart part, Guid authorId, string? text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(part);
        if (group.ReadOnly() is { } archived) return archived;
        var v = new Validate().Required("Text", text, "The prompt", TextMax);
        if (!v.Ok) return Result<DiscussionPrompt>.Fail(v.Errors);
        return new DiscussionPrompt { Id = Guid.NewGuid(), GroupId = group.Id, PartId = part.Id, AuthorId = authorId, Text = text!.Trim(), CreatedAt = now };
    }
}

/// <summary>One member's vote for a prompt: one per person and prompt (the key holds it when two tabs vote at once).</summary>
public sealed class PromptVote
{
    private PromptVote() { }

    public Guid PromptId { get; private set; }
    public Guid VoterId { get; private set; }
    public DateTimeOffset VotedAt { get; private set; }

    public static Result<PromptVote> Cast(Group group, DiscussionPrompt prompt, Guid voterId, bool alreadyVoted, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(prompt);
        if (group.ReadOnly() is { } archived) return archived;
        if (alreadyVoted) return Error.Conflict("You have already voted for this prompt.", null, "already_voted");
        return new PromptVote { PromptId = prompt.Id, VoterId = voterId, VotedAt = now };
    }
}

/// <summary>
/// A member's short reflection on a part ("how I used this at work this week"): one per member and part, visible to
/// the group unless its author keeps it private; never to the coordinator.
/// </summary>
public sealed class GroupReflection
{
    public const int TextMax = 1000;

    private GroupReflection() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid PartId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; }
    public bool IsPrivate { get; private set; }
    public DateTimeOffset WrittenAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Whether <paramref name="reader"/> may read it: its author always, other members unless it is private.</summary>
    public bool VisibleTo(Guid reader) => reader == AuthorId || !IsPrivate;

    public static Result<GroupReflection> Write(Group group, ReadingPart part, Guid authorId, string? text, bool isPrivate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(part);
        if (Check(group, text) is { Count: > 0 } errors) return Result<GroupReflection>.Fail(errors);
        return new GroupReflection { Id = Guid.NewGuid(), GroupId = group.Id, PartId = part.Id, AuthorId = authorId, Text = text!.Trim(), IsPrivate = isPrivate, WrittenAt = now, UpdatedAt = now };
    }

    public Result<Unit> Rewrite(Group group, string? text, bool isPrivate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (Check(group, text) is { Count: > 0 } errors) return Result<Unit>.Fail(errors);
        (Text, IsPrivate, UpdatedAt) = (text!.Trim(), isPrivate, now);
        return Result.Ok();
    }

    private static IReadOnlyList<Error> Check(Group group, string? text) =>
        group.ReadOnly() is { } archived ? [archived] : new Validate().Required("Text", text, "The reflection", TextMax).Errors;
}
