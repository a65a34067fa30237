namespace Thrive.Domain.Evidence;

/// <summary>What a piece of evidence of applied learning is: the guide's "blog posts, talks, small GitHub repos", and more.</summary>
public enum EvidenceKind { Post, Talk, Repository, PullRequest, Certificate, Course }

/// <summary>The words people use for each kind.</summary>
public static class EvidenceKinds
{
    public static string Name(EvidenceKind k) => k switch
    {
        EvidenceKind.Post => "blog post",
        EvidenceKind.Talk => "talk",
        EvidenceKind.Repository => "repository",
        EvidenceKind.PullRequest => "pull request",
        EvidenceKind.Certificate => "certificate",
        _ => "course",
    };

    public static string Plural(EvidenceKind k, int n) => n == 1 ? $"1 {Name(k)}" : $"{n} {Name(k)}s";
}

/// <summary>What a person fills in for a piece of evidence; validated with the names of its fields.</summary>
public sealed record EvidenceDetails(EvidenceKind Kind, string Title, string? Link, DateOnly On, string? Skills, string? Note)
{
    public const int TitleMax = 200;
    public const int LinkMax = 500;
    public const int SkillsMax = 300;
    public const int SkillMax = 40;
    public const int SkillsCount = 10;
    public const int NoteMax = 2000;
    /// <summary>How far back evidence can be dated: work from before the programme can still show a skill.</summary>
    public const int MaxDaysBack = 3 * 366;

    public IReadOnlyList<Error> Validate(DateOnly today)
    {
        var skills = SplitSkills(Skills);
        var v = new Validate()
            .That(Enum.IsDefined(Kind), nameof(Kind), "Choose what it is: a post, a talk, a repository, a pull request, a certificate or a course.")
            .Required(nameof(Title), Title, "The title", TitleMax)
            .MaxLength(nameof(Link), Link?.Trim(), "The link", LinkMax)
            .MaxLength(nameof(Skills), Skills?.Trim(), "The skills", SkillsMax)
            .That(skills.Count <= SkillsCount, nameof(Skills), $"Name at most {SkillsCount} skills, separated by commas.")
            .That(skills.All(s => s.Length <= SkillMax), nameof(Skills), $"Each skill must be at most {SkillMax} characters; separate skills with commas.")
            .MaxLength(nameof(Note), Note?.Trim(), "The note", NoteMax)
            .That(On <= today, nameof(On), "The date cannot be in the future.")
            .That(On >= today.AddDays(-MaxDaysBack), nameof(On), "Evidence can be dated up to three years back.");
        if (!string.IsNullOrWhiteSpace(Link) && Link.Trim().Length <= LinkMax && !WebLink.IsValid(Link.Trim()))
            v.That(false, nameof(Link), "The link must be a web address starting with http:// or https://.");
        return v.Errors;
    }

    /// <summary>Skills as typed ("React, testing ,a11y"): trimmed, empty ones dropped, each once (ignoring case), in the order typed.</summary>
    public static IReadOnlyList<string> SplitSkills(string? skills) =>
        (skills ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>
/// A piece of evidence of applied learning (a blog post, a talk, a repository, a pull request, a certificate, a
/// course) with its link, date and skills, tied to the owner's goals through <see cref="EvidenceGoal"/>.
/// </summary>
public sealed class EvidenceItem
{
    private EvidenceItem() { Title = ""; Link = ""; Skills = ""; Note = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string Title { get; private set; }
    public string Link { get; private set; }
    public DateOnly On { get; private set; }
    /// <summary>The skills it shows, comma-separated as <see cref="EvidenceDetails.SplitSkills"/> leaves them.</summary>
    public string Skills { get; private set; }
    public string Note { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> SkillList => EvidenceDetails.SplitSkills(Skills);

    public static Result<EvidenceItem> Add(Guid programmeId, Guid ownerId, EvidenceDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<EvidenceItem>.Fail(errors);
        var item = new EvidenceItem { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, CreatedAt = now };
        item.Apply(d, now);
        return item;
    }

    public Result<Unit> Edit(EvidenceDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Apply(d, now);
        return Result.Ok();
    }

    private void Apply(EvidenceDetails d, DateTimeOffset now)
    {
        Kind = d.Kind;
        Title = d.Title.Trim();
        Link = (d.Link ?? "").Trim();
        On = d.On;
        Skills = string.Join(", ", EvidenceDetails.SplitSkills(d.Skills));
        Note = (d.Note ?? "").Trim();
        UpdatedAt = now;
    }
}

/// <summary>A goal of the owner that a piece of evidence shows progress on.</summary>
public sealed class EvidenceGoal
{
    private EvidenceGoal() { }

    public Guid EvidenceId { get; private set; }
    public Guid GoalId { get; private set; }

    public static EvidenceGoal Link(Guid evidenceId, Guid goalId) => new() { EvidenceId = evidenceId, GoalId = goalId };
}
