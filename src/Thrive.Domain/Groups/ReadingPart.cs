using System.Globalization;

namespace Thrive.Domain.Groups;

/// <summary>What a reading part says, as typed: its title, the chapters it covers and the day it is due.</summary>
public sealed record ReadingPartDetails(string Title, int FromChapter, int ToChapter, DateOnly DueOn)
{
    public const int TitleMax = 200;
    public const int ChapterMax = 500;
}

/// <summary>
/// One part of a book club's reading plan: chapters <see cref="FromChapter"/> to <see cref="ToChapter"/>, due on
/// <see cref="DueOn"/>. Parts follow the book: they never share a chapter, and a later part is due later. (A later
/// group meeting can point at a part; the part keeps its own due day.)
/// </summary>
public sealed class ReadingPart
{
    private ReadingPart() { Title = ""; }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public string Title { get; private set; }
    public int FromChapter { get; private set; }
    public int ToChapter { get; private set; }
    public DateOnly DueOn { get; private set; }

    public string Chapters => ChaptersOf(FromChapter, ToChapter);

    /// <summary>"Chapter 3" or "Chapters 3–4": how a part's chapters read.</summary>
    public static string ChaptersOf(int from, int to) => from == to
        ? $"Chapter {from.ToString(CultureInfo.InvariantCulture)}"
        : $"Chapters {from.ToString(CultureInfo.InvariantCulture)}–{to.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A new part for <paramref name="group"/>, checked against the plan's <paramref name="others"/>.</summary>
    public static Result<ReadingPart> Plan(Group group, IReadOnlyCollection<ReadingPart> others, ReadingPartDetails details)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.ReadOnly() is { } archived) return archived;
        if (group.Kind != GroupKind.BookClub) return Error.Validation("Title", "Only a book club has a reading plan.");
        var errors = ReadingPlan.Check(others, details, null);
        if (errors.Count > 0) return Result<ReadingPart>.Fail(errors);
        var p = new ReadingPart { Id = Guid.NewGuid(), GroupId = group.Id };
        p.Apply(details);
        return p;
    }

    /// <summary>Changes the part, checked against the rest of the plan.</summary>
    public Result<Unit> Edit(Group group, IReadOnlyCollection<ReadingPart> plan, ReadingPartDetails details)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.ReadOnly() is { } archived) return archived;
        var errors = ReadingPlan.Check(plan, details, Id);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Apply(details);
        return Result.Ok();
    }

    private void Apply(ReadingPartDetails d)
    {
        Title = d.Title.Trim();
        FromChapter = d.FromChapter;
        ToChapter = d.ToChapter;
        DueOn = d.DueOn;
    }
}

/// <summary>The reading plan's rules, and each member's and the group's progress through it.</summary>
public static class ReadingPlan
{
    /// <summary>
    /// The field errors of <paramref name="d"/> in a plan of <paramref name="plan"/> (without the part
    /// <paramref name="editing"/>): a title, chapters in order, no chapter in two parts, and due days that follow the chapters.
    /// </summary>
    public static IReadOnlyList<Error> Check(IReadOnlyCollection<ReadingPart> plan, ReadingPartDetails d, Guid? editing)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(d);
        var v = new Validate()
            .Required(nameof(d.Title), d.Title, "The part's title", ReadingPartDetails.TitleMax)
            .Range(nameof(d.FromChapter), d.FromChapter, "The first chapter", 1, ReadingPartDetails.ChapterMax)
            .Range(nameof(d.ToChapter), d.ToChapter, "The last chapter", 1, ReadingPartDetails.ChapterMax);
        if (!v.Ok) return v.Errors;
        if (d.ToChapter < d.FromChapter) return [Error.Validation(nameof(d.ToChapter), "The last chapter cannot come before the first.")];
        var others = plan.Where(p => p.Id != editing).OrderBy(p => p.FromChapter).ToList();
        var overlap = others.FirstOrDefault(p => p.FromChapter <= d.ToChapter && d.FromChapter <= p.ToChapter);
        if (overlap is not null)
            return [Error.Validation(nameof(d.FromChapter), $"These chapters overlap \u201c{overlap.Title}\u201d ({overlap.Chapters.ToLowerInvariant()}): each chapter belongs to one part.")];
        var before = others.LastOrDefault(p => p.ToChapter < d.FromChapter);
        var after = others.FirstOrDefault(p => p.FromChapter > d.ToChapter);
        if (before is not null && d.DueOn <= before.DueOn)
            return [Error.Validation(nameof(d.DueOn), $"Out of order: \u201c{before.Title}\u201d comes earlier in the book and is due {Day(before.DueOn)}, so this part must be due after that.")];
        if (after is not null && d.DueOn >= after.DueOn)
            return [Error.Validation(nameof(d.DueOn), $"Out of order: \u201c{after.Title}\u201d comes later in the book and is due {Day(after.DueOn)}, so this part must be due before that.")];
        return [];
    }

    /// <summary>Percent of <paramref name="parts"/> parts read when <paramref name="read"/> are (0 with no plan).</summary>
    public static int Percent(int read, int parts) => parts <= 0 ? 0 : (int)Math.Round(100.0 * Math.Min(read, parts) / parts, MidpointRounding.AwayFromZero);

    /// <summary>The group's progress: parts read by all members together, out of every member reading every part.</summary>
    public static int GroupPercent(IReadOnlyCollection<int> readPerMember, int parts)
    {
        ArgumentNullException.ThrowIfNull(readPerMember);
        return readPerMember.Count == 0 ? 0 : Percent(readPerMember.Sum(r => Math.Min(r, parts)), parts * readPerMember.Count);
    }

    /// <summary>The next part due on or after <paramref name="today"/> (the first of the plan when all are past: none).</summary>
    public static T? NextDue<T>(IEnumerable<T> parts, Func<T, DateOnly> dueOn, DateOnly today) where T : class =>
        parts.Where(p => dueOn(p) >= today).OrderBy(dueOn).FirstOrDefault();

    public static string Day(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>A member has read a part.</summary>
public sealed class PartRead
{
    private PartRead() { }

    public Guid PartId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset ReadAt { get; private set; }

    public static Result<PartRead> Mark(Group group, ReadingPart part, Guid userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(part);
        if (group.ReadOnly() is { } archived) return archived;
        return new PartRead { PartId = part.Id, GroupId = group.Id, UserId = userId, ReadAt = now };
    }
}
