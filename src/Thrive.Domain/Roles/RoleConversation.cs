namespace Thrive.Domain.Roles;

/// <summary>What a person writes down about a conversation with someone in another role; validated with the names of its fields.</summary>
public sealed record ConversationDetails(
    string PersonName,
    string Role,
    DateOnly HeldOn,
    IReadOnlyList<string> Questions,
    string? DayToDay,
    string? Responsibilities,
    string? Liked,
    string? Disliked,
    int Fit)
{
    public const int PersonMax = 100;
    public const int TextMax = 2000;
    public const int QuestionsMax = 30;
    /// <summary>How far back a conversation can be logged: a programme and some months before it.</summary>
    public const int MaxDaysBack = 366;

    public IReadOnlyList<Error> Validate(DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(Questions);
        return new Validate()
            .Required(nameof(PersonName), PersonName?.Trim(), "Who you talked to", PersonMax)
            .Required(nameof(Role), RoleCatalogue.Tidy(Role), "Their role", RoleCatalogue.NameMax)
            .That(HeldOn <= today, nameof(HeldOn), "The conversation cannot be in the future: log it once it has happened.")
            .That(HeldOn >= today.AddDays(-MaxDaysBack), nameof(HeldOn), "Conversations can be logged up to a year back.")
            .That(Questions.Count <= QuestionsMax, nameof(Questions), $"Pick at most {QuestionsMax} questions.")
            .MaxLength(nameof(DayToDay), DayToDay?.Trim(), "What they do day to day", TextMax)
            .MaxLength(nameof(Responsibilities), Responsibilities?.Trim(), "What they are responsible for", TextMax)
            .MaxLength(nameof(Liked), Liked?.Trim(), "What you liked", TextMax)
            .MaxLength(nameof(Disliked), Disliked?.Trim(), "What you disliked", TextMax)
            .Range(nameof(Fit), Fit, "\"Could I see myself doing this?\"", 1, 5)
            .Errors;
    }
}

/// <summary>A conversation with someone in another role: who, when, what was asked and learned, and how well the role might fit (1-5).</summary>
public sealed class RoleConversation
{
    private RoleConversation() { PersonName = ""; Role = ""; RoleKey = ""; Questions = ""; DayToDay = ""; Responsibilities = ""; Liked = ""; Disliked = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string PersonName { get; private set; }
    public string Role { get; private set; }
    public string RoleKey { get; private set; }
    public DateOnly HeldOn { get; private set; }
    /// <summary>The questions asked, one a line, as worded when asked (a question removed from the bank later stays here).</summary>
    public string Questions { get; private set; }
    public string DayToDay { get; private set; }
    public string Responsibilities { get; private set; }
    public string Liked { get; private set; }
    public string Disliked { get; private set; }
    public int Fit { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> QuestionList => Questions.Length == 0 ? [] : Questions.Split('\n');

    public static Result<RoleConversation> Log(Guid programmeId, Guid ownerId, ConversationDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<RoleConversation>.Fail(errors);
        var c = new RoleConversation { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, CreatedAt = now };
        c.Apply(d, now);
        return c;
    }

    public Result<Unit> Edit(ConversationDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Apply(d, now);
        return Result.Ok();
    }

    private void Apply(ConversationDetails d, DateTimeOffset now)
    {
        PersonName = d.PersonName.Trim();
        Role = RoleCatalogue.Tidy(d.Role);
        RoleKey = RoleCatalogue.Key(Role);
        HeldOn = d.HeldOn;
        Questions = string.Join('\n', d.Questions.Select(q => q.Trim()).Where(q => q.Length > 0).Distinct(StringComparer.Ordinal));
        DayToDay = (d.DayToDay ?? "").Trim();
        Responsibilities = (d.Responsibilities ?? "").Trim();
        Liked = (d.Liked ?? "").Trim();
        Disliked = (d.Disliked ?? "").Trim();
        Fit = d.Fit;
        UpdatedAt = now;
    }
}

/// <summary>
/// A person's role exploration in one programme: the goal whose measure follows the number of conversations, and the
/// weekly commitment made from the tool to arrange the next one.
/// </summary>
public sealed class RoleExploration
{
    private RoleExploration() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? GoalId { get; private set; }
    public Guid? CommitmentId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static RoleExploration Start(Guid programmeId, Guid ownerId, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, UpdatedAt = now };

    public void FollowGoal(Guid? goalId, DateTimeOffset now) => (GoalId, UpdatedAt) = (goalId, now);

    public void Committed(Guid commitmentId, DateTimeOffset now) => (CommitmentId, UpdatedAt) = (commitmentId, now);
}
