namespace Thrive.Domain.Practice;

/// <summary>What a person fills in for a solved problem; validated with the names of its fields.</summary>
public sealed record PracticeDetails(
    string Title,
    PracticeSource Source,
    string? Link,
    Difficulty Difficulty,
    PracticeTopic Topics,
    int Minutes,
    SolvedHow How,
    string? Notes,
    DateOnly SolvedOn,
    bool Revisit = false)
{
    public const int TitleMax = 200;
    public const int LinkMax = 500;
    public const int NotesMax = 4000;
    public const int MinutesMax = 24 * 60;
    /// <summary>How far back a problem can be logged: long enough to catch up on a term's practice.</summary>
    public const int MaxDaysBack = 366;

    public IReadOnlyList<Error> Validate(DateOnly today)
    {
        var v = new Validate()
            .Required(nameof(Title), Title, "The problem's title", TitleMax)
            .That(Enum.IsDefined(Source), nameof(Source), "Choose where the problem comes from.")
            .That(Enum.IsDefined(Difficulty), nameof(Difficulty), "Choose easy, medium or hard.")
            .That(Enum.IsDefined(How), nameof(How), "Choose how you solved it: alone, with a hint or after looking at the solution.")
            .That(Topics != PracticeTopic.None, nameof(Topics), "Choose at least one topic.")
            .That((Topics & ~PracticeTopics.Combine(PracticeTopics.All)) == PracticeTopic.None, nameof(Topics), "Choose topics from the list.")
            .Range(nameof(Minutes), Minutes, "Minutes taken", 1, MinutesMax)
            .MaxLength(nameof(Notes), Notes?.Trim(), "The notes", NotesMax)
            .MaxLength(nameof(Link), Link?.Trim(), "The link", LinkMax)
            .That(SolvedOn <= today, nameof(SolvedOn), "The day solved cannot be in the future.")
            .That(SolvedOn >= today.AddDays(-MaxDaysBack), nameof(SolvedOn), "Problems can be logged up to a year back.");
        if (!string.IsNullOrWhiteSpace(Link) && Link.Trim().Length <= LinkMax && !IsWebLink(Link.Trim()))
            v.That(false, nameof(Link), "The link must be a web address starting with http:// or https://.");
        return v.Errors;
    }

    /// <summary>Only http and https: a javascript: or data: link would run when clicked.</summary>
    public static bool IsWebLink(string link) => WebLink.IsValid(link);
}
