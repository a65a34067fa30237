namespace Thrive.Web.Features.MentorTypes;

/// <summary>
/// What each mentor type means, in Thrive's own words after the Developer Mentoring Guide's list of types (MIT licence),
/// shown as plain text badges (no emoji: some systems cannot draw them).
/// </summary>
public static class MentorTypeWords
{
    public sealed record Description(MentorType Type, string Title, string Summary, string SuitsWhom);

    public static IReadOnlyList<Description> All { get; } =
    [
        new(MentorType.Advisor, "Advisor", "Leans on their own experience and know-how to point the way, and is quick to say how a problem should be solved.",
            "Mentees who want to follow a career path much like the mentor's own."),
        new(MentorType.Protector, "Protector", "Makes the relationship a safe place to try things and steps in when the mentee is overwhelmed; can shield a little too much.",
            "Mentees in the middle of a career change, or going through a hard stretch."),
        new(MentorType.Coach, "Coach", "Listens closely, notices where the mentee is unsure, and names their strong and weak traits so they can build on them.",
            "Mentees who want honest observations and help growing their strengths."),
        new(MentorType.Connector, "Connector", "Keeps an eye out for chances to learn and opens their network: the right expert, the right event, the right introduction.",
            "Mentees who need people and opportunities more than answers."),
        new(MentorType.Challenger, "Challenger", "Tough love: plays devil's advocate, shares hard truths early and pushes the mentee past their limits towards independence.",
            "Mentees who want to be stretched and to solve problems on their own."),
        new(MentorType.Clarifier, "Clarifier", "Explains how the industry and organisations work, holds back their own opinion and lets the mentee find their answers.",
            "Mentees who need little direction and want a companion who knows the field."),
        new(MentorType.Sponsor, "Sponsor", "Speaks up for the mentee: recommends them for promotion, suggests openings and uses their network to help them get ahead.",
            "Mentees inside the mentor's own company, or aiming at a next step in their career."),
        new(MentorType.Affirmer, "Affirmer", "A steady support and a good listener, who takes the time to talk through whatever worries the mentee.",
            "Mentees facing a tricky situation who most of all need someone in their corner."),
    ];

    /// <summary>What a badge shows: the top type(s), as one's own type or (a mentee's) as the mentor they would like.</summary>
    public sealed record Badge(IReadOnlyList<MentorType> Top, bool Wish);

    /// <summary>The badge of a stored answer sheet (none for a person who has not taken the quiz).</summary>
    public static Badge BadgeOf(string? sheet, bool wish) => new(MentorTypeQuiz.ScoresOf(sheet)?.Top ?? [], wish);

    public static Description Of(MentorType type) => All[(int)type];

    /// <summary>Where a badge links to: the type's entry on the descriptions page.</summary>
    public static string Link(MentorType type) => $"/MentorType/Types#type-{type.ToString().ToLowerInvariant()}";

    /// <summary>The credit every quiz page carries.</summary>
    public const string Credit = "The questions and the eight types come from the Developer Mentoring Guide (MIT licence); the descriptions are Thrive's own words.";
}
