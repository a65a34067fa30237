namespace Thrive.Domain.Roles;

/// <summary>
/// A change to a person's list of roles: a role of their own (shown unless hidden), or a built-in role they hid.
/// Built-in roles have no row until they are hidden.
/// </summary>
public sealed class ExplorationRole
{
    private ExplorationRole() { Name = ""; Key = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Name { get; private set; }
    /// <summary>The name's matching key (<see cref="RoleCatalogue.Key"/>); unique per person and programme.</summary>
    public string Key { get; private set; }
    public bool Hidden { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A role of the person's own; refused when empty, too long, or already on their list (shown or hidden).</summary>
    public static Result<ExplorationRole> Add(Guid programmeId, Guid ownerId, string? name, IReadOnlyCollection<ExplorationRole> existing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var tidy = RoleCatalogue.Tidy(name);
        var v = new Validate().Required(nameof(Name), tidy, "The role's name", RoleCatalogue.NameMax);
        if (!v.Ok) return Result<ExplorationRole>.Fail(v.Errors);
        var key = RoleCatalogue.Key(tidy);
        if (existing.FirstOrDefault(r => r.Key == key) is { } same)
            return Error.Validation(nameof(Name), same.Hidden ? $"\"{same.Name}\" is on your list but hidden: show it again instead." : $"\"{same.Name}\" is already on your list.");
        if (RoleCatalogue.IsBuiltIn(key)) return Error.Validation(nameof(Name), $"\"{tidy}\" is already on your list.");
        return new ExplorationRole { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, Name = tidy, Key = key, CreatedAt = now };
    }

    /// <summary>The row that hides a built-in role.</summary>
    public static ExplorationRole HideBuiltIn(Guid programmeId, Guid ownerId, string builtInName, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, Name = builtInName, Key = RoleCatalogue.Key(builtInName), Hidden = true, CreatedAt = now };

    public bool IsBuiltIn => RoleCatalogue.IsBuiltIn(Key);

    public void SetHidden(bool hidden) => Hidden = hidden;
}

/// <summary>A question of the person's own in their question bank.</summary>
public sealed class RoleQuestion
{
    private RoleQuestion() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public QuestionGroup Group { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<RoleQuestion> Add(Guid programmeId, Guid ownerId, QuestionGroup group, string? text, DateTimeOffset now)
    {
        var v = new Validate().Required(nameof(Text), text?.Trim(), "The question", RoleCatalogue.QuestionMax)
            .That(Enum.IsDefined(group), nameof(Group), "Choose a group for the question.");
        if (!v.Ok) return Result<RoleQuestion>.Fail(v.Errors);
        return new RoleQuestion { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, Group = group, Text = text!.Trim(), CreatedAt = now };
    }

    public string Key => $"o:{Id}";
}
