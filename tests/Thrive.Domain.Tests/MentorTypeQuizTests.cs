using System.Text.Json;
using Thrive.Domain.Intake;
using Thrive.Domain.Matching;
using Thrive.Domain.MentorTypes;

namespace Thrive.Domain.Tests;

public sealed class MentorTypeQuizTests
{
    private sealed record GuideQuestion(string Text, string Type);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static List<GuideQuestion> Guide() =>
        JsonSerializer.Deserialize<List<GuideQuestion>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MentorTypes", "guide-quiz-questions.json")),
            Json)!;

    /// <summary>Yes to exactly the questions of the given types.</summary>
    private static bool[] YesTo(params MentorType[] types) => MentorTypeQuiz.Questions.Select(q => types.Contains(q.Type)).ToArray();

    [Fact]
    public void The_questions_carry_the_guides_tags_in_the_guides_order()
    {
        var guide = Guide();
        Assert.Equal(30, MentorTypeQuiz.Count);
        Assert.Equal(guide.Count, MentorTypeQuiz.Count);
        for (var i = 0; i < guide.Count; i++)
        {
            Assert.Equal(guide[i].Type, MentorTypeNames.Name(MentorTypeQuiz.Questions[i].Type));
            Assert.Equal(i + 1, MentorTypeQuiz.Questions[i].Number);
        }
    }

    [Theory]
    [InlineData(MentorType.Advisor, 3)]
    [InlineData(MentorType.Protector, 3)]
    [InlineData(MentorType.Coach, 5)]
    [InlineData(MentorType.Connector, 3)]
    [InlineData(MentorType.Challenger, 6)]
    [InlineData(MentorType.Clarifier, 3)]
    [InlineData(MentorType.Sponsor, 4)]
    [InlineData(MentorType.Affirmer, 3)]
    public void Each_type_is_scored_over_its_own_number_of_questions(MentorType type, int questions)
    {
        var scores = MentorTypeQuiz.Score(YesTo(type));
        var s = scores.Types.Single(t => t.Type == type);
        Assert.Equal(questions, s.Questions);
        Assert.Equal(questions, s.Yes);
        Assert.Equal(1.0, s.Share);
        Assert.Equal([type], scores.Top);
        Assert.All(scores.Types.Where(t => t.Type != type), t => Assert.Equal(0, t.Yes));
    }

    [Fact]
    public void Score_is_the_share_of_yes_so_fewer_questions_weigh_more_each()
    {
        var answers = new bool[30];
        answers[0] = true;               // one advisor question of 3: a third
        answers[12] = answers[13] = true; // two challenger questions of 6: a third
        answers[6] = answers[7] = answers[8] = true; // three coach questions of 5: 60%
        var scores = MentorTypeQuiz.Score(answers);
        Assert.Equal(33, scores.Types[(int)MentorType.Advisor].Percent);
        Assert.Equal(33, scores.Types[(int)MentorType.Challenger].Percent);
        Assert.Equal(60, scores.Types[(int)MentorType.Coach].Percent);
        Assert.Equal([MentorType.Coach], scores.Top);
    }

    [Fact]
    public void A_tie_has_every_tied_type_on_top_and_all_no_has_none()
    {
        Assert.Equal([MentorType.Advisor, MentorType.Sponsor], MentorTypeQuiz.Score(YesTo(MentorType.Sponsor, MentorType.Advisor)).Top);
        Assert.Empty(MentorTypeQuiz.Score(new bool[30]).Top);
    }

    [Fact]
    public void An_incomplete_sheet_is_refused_question_by_question_and_nothing_changes()
    {
        Assert.Single(MentorTypeQuiz.Validate(null));
        Assert.Contains("30", MentorTypeQuiz.Validate([true, false]).Single().Message, StringComparison.Ordinal);
        var answers = Enumerable.Repeat<bool?>(true, 30).ToArray();
        answers[4] = null;
        answers[29] = null;
        Assert.Equal(["Answers[4]", "Answers[29]"], MentorTypeQuiz.Validate(answers).Select(e => e.Field));

        var now = DateTimeOffset.UnixEpoch;
        var result = MentorTypeResult.Take(Guid.NewGuid(), YesTo(MentorType.Coach).Select(a => (bool?)a).ToList(), now).Value!;
        Assert.False(result.Retake(answers, now.AddDays(1)).Succeeded);
        Assert.Equal([MentorType.Coach], result.Scores.Top);
        Assert.Equal(now, result.TakenAt);
    }

    [Fact]
    public void A_sheet_is_stored_as_letters_and_read_back()
    {
        var answers = YesTo(MentorType.Affirmer, MentorType.Connector);
        var sheet = MentorTypeQuiz.Encode(answers);
        Assert.Equal(30, sheet.Length);
        Assert.Equal(answers, MentorTypeQuiz.Decode(sheet));
        Assert.Null(MentorTypeQuiz.Decode("yn"));
        Assert.Null(MentorTypeQuiz.ScoresOf(null));
    }

    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly MatchingWeights TypeOnly = new(Importance.NotImportant, Importance.NotImportant, Importance.NotImportant, Importance.NotImportant, Importance.NotImportant, Importance.Very);

    private static MatchPerson Person(string name, MentorTypeScores? type, int years = 5) =>
        new(Guid.NewGuid(), name, $"{name.ToLowerInvariant()}@example.com",
            new ApplicationAnswers(years, "C#", Focus.Technical, "Tuesdays", "", "Africa/Johannesburg", "", "", 2, "", "", ""), 0, type);

    [Fact]
    public void Matching_gives_full_points_when_the_mentor_is_what_the_mentee_would_like_and_says_so()
    {
        var mentee = Person("Lerato", MentorTypeQuiz.Score(YesTo(MentorType.Coach)), years: 1);
        var mentor = Person("Daan", MentorTypeQuiz.Score(YesTo(MentorType.Coach, MentorType.Challenger)), years: 9);
        var f = CompatibilityRules.Explain(mentee, mentor, TypeOnly, Now).Factors.Single(x => x.Factor == MatchFactor.MentorType);
        Assert.Equal(100, f.Points);
        Assert.Equal(100, f.MaxPoints);
        Assert.Equal("The mentee would like a coach, and the mentor is one (100% of the wish covered).", f.Why);
    }

    [Fact]
    public void Matching_gives_the_overlap_of_the_two_score_vectors()
    {
        // The mentee wishes coach (all 5) and challenger (all 6); the mentor is all coach, no challenger: half the wish.
        var mentee = Person("Lerato", MentorTypeQuiz.Score(YesTo(MentorType.Coach, MentorType.Challenger)), years: 1);
        var mentor = Person("Daan", MentorTypeQuiz.Score(YesTo(MentorType.Coach)), years: 9);
        var f = CompatibilityRules.Explain(mentee, mentor, TypeOnly, Now).Factors.Single(x => x.Factor == MatchFactor.MentorType);
        Assert.Equal(50, f.Points);
        Assert.Contains("coach", f.Why, StringComparison.Ordinal);
        Assert.Equal(0.5, CompatibilityRules.MentorTypeFit(mentee.MentorType, mentor.MentorType), 6);
    }

    [Fact]
    public void Matching_gives_no_points_and_says_no_quiz_yet_when_either_has_not_taken_it()
    {
        var taken = MentorTypeQuiz.Score(YesTo(MentorType.Sponsor));
        foreach (var (mentee, mentor) in new[] { (Person("A", null, 1), Person("B", taken, 9)), (Person("A", taken, 1), Person("B", null, 9)), (Person("A", null, 1), Person("B", null, 9)) })
        {
            var f = CompatibilityRules.Explain(mentee, mentor, TypeOnly, Now).Factors.Single(x => x.Factor == MatchFactor.MentorType);
            Assert.Equal(0, f.Points);
            Assert.Contains("no quiz yet", f.Why, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_factor_counts_for_nothing_unless_a_coordinator_weighs_it()
    {
        Assert.Equal(Importance.NotImportant, MatchingWeights.Default.MentorType);
        Assert.Equal(Importance.NotImportant, new MatchingWeights(Importance.Very, Importance.Very, Importance.Very, Importance.Very, Importance.Very).MentorType);
    }
}
