namespace Thrive.Domain.Goals;

/// <summary>A message in a goal's thread between the pair (Markdown, sanitised when shown).</summary>
public sealed class GoalComment
{
    public const int BodyMax = 5000;

    private GoalComment() { Body = ""; }

    public Guid Id { get; private set; }
    public Guid GoalId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<GoalComment> Write(Guid goalId, Guid authorId, string? body, DateTimeOffset now)
    {
        var v = new Validate().Required(nameof(Body), body, "A comment", BodyMax);
        return v.Ok
            ? new GoalComment { Id = Guid.NewGuid(), GoalId = goalId, AuthorId = authorId, Body = body!.Trim(), CreatedAt = now }
            : Result<GoalComment>.Fail(v.Errors);
    }
}

/// <summary>One line of a goal's history: who did what, when.</summary>
public sealed class GoalEvent
{
    private GoalEvent() { Summary = ""; }

    public Guid Id { get; private set; }
    public Guid GoalId { get; private set; }
    public Guid ActorId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Summary { get; private set; }

    public static GoalEvent Of(Guid goalId, Guid actorId, string summary, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), GoalId = goalId, ActorId = actorId, At = at, Summary = summary.Length > 500 ? summary[..500] : summary };
}

/// <summary>Why a goal matters: a link from the goal to an item of its owner's SWOT.</summary>
public sealed class GoalSwotLink
{
    private GoalSwotLink() { }

    public Guid GoalId { get; private set; }
    public Guid SwotItemId { get; private set; }

    public static GoalSwotLink Of(Guid goalId, Guid swotItemId) => new() { GoalId = goalId, SwotItemId = swotItemId };
}
