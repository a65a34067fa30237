namespace Thrive.Domain.MentorTypes;

/// <summary>The eight kinds of mentor of the Developer Mentoring Guide's quiz (MIT licence).</summary>
public enum MentorType { Advisor, Protector, Coach, Connector, Challenger, Clarifier, Sponsor, Affirmer }

/// <summary>One yes/no question of the quiz and the type a "yes" counts towards.</summary>
public sealed record QuizQuestion(int Number, string Text, MentorType Type);

/// <summary>One type's share of "yes" answers: <see cref="Yes"/> of its <see cref="Questions"/>.</summary>
public sealed record TypeScore(MentorType Type, int Yes, int Questions)
{
    public double Share => Questions == 0 ? 0 : (double)Yes / Questions;

    /// <summary>The share as a whole percentage, for bars and sentences.</summary>
    public int Percent => (int)Math.Round(100 * Share);
}

/// <summary>A scored quiz: every type's share (in the types' order) and the top type(s), more than one on a tie.</summary>
public sealed record MentorTypeScores(IReadOnlyList<TypeScore> Types, IReadOnlyList<MentorType> Top)
{
    public double ShareOf(MentorType type) => Types[(int)type].Share;
}

/// <summary>
/// The Developer Mentoring Guide's mentor-type quiz: 30 yes/no questions, each tagged with one of eight types. The
/// score of a type is the share of its questions answered "yes" (the types have three to six questions each). The
/// questions are the guide's; mentees answer them for the mentor they would like.
/// </summary>
public static class MentorTypeQuiz
{
    public static IReadOnlyList<QuizQuestion> Questions { get; } = Number(
    [
        ("Do you feel that your experience entitles you to indicate how problems need to be solved?", MentorType.Advisor),
        ("Do you believe that reasonable solutions can be difficult to find, so you insist mentees follow your advice?", MentorType.Advisor),
        ("Do you define mentoring as offering solutions to problems?", MentorType.Advisor),
        ("Do you feel that your mentee needs you to step in and problem solve for them because they are overwhelmed?", MentorType.Protector),
        ("Do you offer solutions for your mentee's problems because you feel they lack an understanding of the big picture?", MentorType.Protector),
        ("Do you feel obligated to provide a safe space for your mentee to take risks?", MentorType.Protector),
        ("Do you like to let your mentee do most of the talking while you pinpoint ways to solve their problems?", MentorType.Coach),
        ("Do you find yourself pointing out weak and strong traits in your mentee?", MentorType.Coach),
        ("Are you aiming to help your mentee solve their problems?", MentorType.Coach),
        ("If you recognize a shortcoming in your mentee, do you try and connect them with experts in that area?", MentorType.Connector),
        ("Do you look for learning opportunities that will benefit your mentee?", MentorType.Connector),
        ("Do you have an extensive network that you can call on to help your mentee develop?", MentorType.Connector),
        ("Do you enjoy playing the devil's advocate to challenge your mentee?", MentorType.Challenger),
        ("Do you encourage your mentee to aim high?", MentorType.Challenger),
        ("Do you like to push your mentee further to help them develop independence?", MentorType.Challenger),
        ("Do you help your mentee learn organizational values and politics?", MentorType.Clarifier),
        ("Do you allow your mentee to solve their problems?", MentorType.Clarifier),
        ("Are you slow to offer your opinion on how a mentee should handle a challenge?", MentorType.Clarifier),
        ("Do you find yourself recommending your mentee for promotion?", MentorType.Sponsor),
        ("Do you use your network connections to help your mentee get ahead?", MentorType.Sponsor),
        ("Do you suggest possible career opportunities to your mentee?", MentorType.Sponsor),
        ("If you see your mentee is worried about something, do you spend a lot of time talking about it?", MentorType.Affirmer),
        ("Do you find yourself having a deep understanding and empathy for your mentee's situation?", MentorType.Affirmer),
        ("Are you ready to offer support and a listening ear whenever your mentee stops by?", MentorType.Affirmer),
        ("Do you introduce your mentee to other seniors?", MentorType.Sponsor),
        ("Are you able to easily detect areas of vulnerability when speaking to your mentee?", MentorType.Coach),
        ("Do you find yourself 'scanning' your mentee's words for signs of uncertainty?", MentorType.Coach),
        ("Do you encourage your mentee to take ownership of any mistakes or setbacks?", MentorType.Challenger),
        ("Do you emphasize facts rather than feelings when giving feedback?", MentorType.Challenger),
        ("Do you think mentees need to hear 'hard truths' earlier rather than later?", MentorType.Challenger),
    ]);

    public static int Count => Questions.Count;

    public static IReadOnlyList<MentorType> Types { get; } = Enum.GetValues<MentorType>();

    /// <summary>Every question answered yes or no, or one message per unanswered question (field "Answers[i]").</summary>
    public static IReadOnlyList<Error> Validate(IReadOnlyList<bool?>? answers)
    {
        if (answers is null || answers.Count == 0) return [Error.Validation("Answers", $"Answer all {Count} questions with yes or no.")];
        if (answers.Count != Count) return [Error.Validation("Answers", $"The quiz has {Count} questions; {answers.Count} answers were sent.")];
        return answers.Select((a, i) => (a, i)).Where(x => x.a is null)
            .Select(x => Error.Validation($"Answers[{x.i}]", $"Answer question {x.i + 1} with yes or no.")).ToList();
    }

    /// <summary>The share of "yes" per type and the top type(s); no "yes" at all has no top type.</summary>
    public static MentorTypeScores Score(IReadOnlyList<bool> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != Count) throw new ArgumentException($"Expected {Count} answers.", nameof(answers));
        var scores = Types.Select(t => new TypeScore(t,
            Questions.Count(q => q.Type == t && answers[q.Number - 1]), Questions.Count(q => q.Type == t))).ToList();
        var best = scores.Max(s => s.Share);
        var top = best <= 0 ? [] : scores.Where(s => Math.Abs(s.Share - best) < 1e-9).Select(s => s.Type).ToList();
        return new MentorTypeScores(scores, top);
    }

    /// <summary>The stored form of a complete answer sheet: one letter a question, "y" or "n".</summary>
    public static string Encode(IReadOnlyList<bool> answers) => new(answers.Select(a => a ? 'y' : 'n').ToArray());

    /// <summary>The answers of a stored sheet; null for one that is not a complete sheet of this quiz.</summary>
    public static IReadOnlyList<bool>? Decode(string? sheet) =>
        sheet is { Length: var n } && n == Count && sheet.All(c => c is 'y' or 'n') ? sheet.Select(c => c == 'y').ToList() : null;

    /// <summary>The scores of a stored sheet, or null when there is none (nobody took the quiz).</summary>
    public static MentorTypeScores? ScoresOf(string? sheet) => Decode(sheet) is { } answers ? Score(answers) : null;

    private static List<QuizQuestion> Number((string Text, MentorType Type)[] rows) =>
        rows.Select((r, i) => new QuizQuestion(i + 1, r.Text, r.Type)).ToList();
}

/// <summary>The types in sentences: "a coach", "an advisor or a sponsor".</summary>
public static class MentorTypeNames
{
    public static string Name(MentorType type) => type.ToString().ToLowerInvariant();

    public static string WithArticle(MentorType type) => (type is MentorType.Advisor or MentorType.Affirmer ? "an " : "a ") + Name(type);

    public static string Join(IReadOnlyList<MentorType> types) => types.Count switch
    {
        0 => "no type",
        1 => WithArticle(types[0]),
        _ => string.Join(", ", types.Take(types.Count - 1).Select(WithArticle)) + " or " + WithArticle(types[^1]),
    };
}
