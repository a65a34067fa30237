namespace Thrive.Domain.Roles;

/// <summary>The groups of the question bank: what people ask someone about their role.</summary>
public enum QuestionGroup { DayToDay, Skills, PathIn, Hard }

/// <summary>A question of the bank: a built-in one (key "b:…") or the person's own (key "o:" and its id).</summary>
public sealed record BankQuestion(string Key, QuestionGroup Group, string Text, bool Own);

/// <summary>
/// The roles in tech a person starts with, and the built-in question bank to prepare a conversation with. Roles are
/// matched by a key (trimmed, spaces collapsed, lower case), so "Product  Manager" and "product manager" are one role.
/// </summary>
public static class RoleCatalogue
{
    public const int NameMax = 60;
    public const int QuestionMax = 300;

    public static readonly IReadOnlyList<string> BuiltIn =
    [
        "Product manager", "QA and test engineering", "DevOps and platform", "Data (analyst, engineer, scientist)", "Design (UX and UI)",
        "Customer support", "Developer relations", "Engineering manager", "Solutions architect", "Technical writer",
    ];

    public static readonly IReadOnlyList<BankQuestion> Questions =
    [
        new("b:day-typical", QuestionGroup.DayToDay, "What does a typical week look like for you?", false),
        new("b:day-people", QuestionGroup.DayToDay, "Who do you work with most, and how?", false),
        new("b:day-meetings", QuestionGroup.DayToDay, "How much of your time is meetings, and how much is focused work?", false),
        new("b:skills-most", QuestionGroup.Skills, "Which skills matter most in your role?", false),
        new("b:skills-dev", QuestionGroup.Skills, "Which of my developer skills would carry over, and which would I need to learn?", false),
        new("b:skills-good", QuestionGroup.Skills, "How do you know you did a good job?", false),
        new("b:path-how", QuestionGroup.PathIn, "How did you get into this role?", false),
        new("b:path-start", QuestionGroup.PathIn, "If I wanted to try it, what would be a small first step?", false),
        new("b:path-read", QuestionGroup.PathIn, "Who or what should I read, follow or talk to next?", false),
        new("b:hard-worst", QuestionGroup.Hard, "What is the hardest or least fun part of the job?", false),
        new("b:hard-surprise", QuestionGroup.Hard, "What surprised you when you started?", false),
        new("b:hard-leave", QuestionGroup.Hard, "What makes people leave this role?", false),
    ];

    public static string Key(string? name) => string.Join(' ', (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static string Tidy(string? name) => string.Join(' ', (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static bool IsBuiltIn(string key) => BuiltIn.Any(r => Key(r) == key);

    public static string GroupName(QuestionGroup g) => g switch
    {
        QuestionGroup.DayToDay => "Day to day",
        QuestionGroup.Skills => "Skills",
        QuestionGroup.PathIn => "The path into the role",
        _ => "What's hard",
    };
}
