namespace Thrive.Domain.Relationship;

/// <summary>The parts of closing a relationship; each member fills their own, the mentor also writes the roadmap.</summary>
public enum ClosingPart { GoalReflection, RelationshipReflection, ReflectiveExercise, Roadmap }

/// <summary>
/// One member's closing words: the final debrief (goal reflections kept apart from relationship reflections),
/// the guide's ten-question reflective exercise, and (from the mentor) a roadmap for the mentee.
/// </summary>
public sealed record ClosingAnswers(
    string Progress, string Challenges, string Methods,
    string WhatWasGood, string WhatMadeItWork, string Obstacles, string Tactics, string DoDifferently,
    string Decisions, string WentWell, string DidNotGoWell, string Surprises, string ChallengesOvercome,
    string LearnedAboutSelf, string FeedbackReceived, string Insights, string ChangedPerceptions, string AgainDifferently,
    string NextSteps, string Resources, string Milestones)
{
    public const int TextMax = 2000;

    /// <summary>Of the ten reflective questions, how many the mentee answers at least (the guide offers them, not all ten must fit).</summary>
    public const int ReflectiveMinimum = 5;

    public static readonly ClosingAnswers Empty = new("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");

    public IEnumerable<(ClosingPart Part, string Name, string Value)> Fields()
    {
        yield return (ClosingPart.GoalReflection, nameof(Progress), Progress);
        yield return (ClosingPart.GoalReflection, nameof(Challenges), Challenges);
        yield return (ClosingPart.GoalReflection, nameof(Methods), Methods);
        yield return (ClosingPart.RelationshipReflection, nameof(WhatWasGood), WhatWasGood);
        yield return (ClosingPart.RelationshipReflection, nameof(WhatMadeItWork), WhatMadeItWork);
        yield return (ClosingPart.RelationshipReflection, nameof(Obstacles), Obstacles);
        yield return (ClosingPart.RelationshipReflection, nameof(Tactics), Tactics);
        yield return (ClosingPart.RelationshipReflection, nameof(DoDifferently), DoDifferently);
        yield return (ClosingPart.ReflectiveExercise, nameof(Decisions), Decisions);
        yield return (ClosingPart.ReflectiveExercise, nameof(WentWell), WentWell);
        yield return (ClosingPart.ReflectiveExercise, nameof(DidNotGoWell), DidNotGoWell);
        yield return (ClosingPart.ReflectiveExercise, nameof(Surprises), Surprises);
        yield return (ClosingPart.ReflectiveExercise, nameof(ChallengesOvercome), ChallengesOvercome);
        yield return (ClosingPart.ReflectiveExercise, nameof(LearnedAboutSelf), LearnedAboutSelf);
        yield return (ClosingPart.ReflectiveExercise, nameof(FeedbackReceived), FeedbackReceived);
        yield return (ClosingPart.ReflectiveExercise, nameof(Insights), Insights);
        yield return (ClosingPart.ReflectiveExercise, nameof(ChangedPerceptions), ChangedPerceptions);
        yield return (ClosingPart.ReflectiveExercise, nameof(AgainDifferently), AgainDifferently);
        yield return (ClosingPart.Roadmap, nameof(NextSteps), NextSteps);
        yield return (ClosingPart.Roadmap, nameof(Resources), Resources);
        yield return (ClosingPart.Roadmap, nameof(Milestones), Milestones);
    }

    public IEnumerable<(string Name, string Value)> Of(ClosingPart part) => Fields().Where(f => f.Part == part).Select(f => (f.Name, f.Value));

    public int Answered(ClosingPart part) => Of(part).Count(f => !string.IsNullOrWhiteSpace(f.Value));

    public static string Title(ClosingPart part) => part switch
    {
        ClosingPart.GoalReflection => "Reflecting on the goals",
        ClosingPart.RelationshipReflection => "Reflecting on the relationship",
        ClosingPart.ReflectiveExercise => "The reflective exercise",
        _ => "Roadmap for the mentee",
    };

    public static string Label(string field) => field switch
    {
        nameof(Progress) => "How much progress did you make towards the goals you set at the start?",
        nameof(Challenges) => "What challenges came up while working towards them?",
        nameof(Methods) => "What methods helped you work through those challenges?",
        nameof(WhatWasGood) => "What was good about the relationship?",
        nameof(WhatMadeItWork) => "What made it work?",
        nameof(Obstacles) => "What obstacles did you run into together?",
        nameof(Tactics) => "Which tactics got you past them?",
        nameof(DoDifferently) => "What could you have done differently to avoid those difficulties?",
        nameof(Decisions) => "1. What decisions did you make?",
        nameof(WentWell) => "2. What went well, and why?",
        nameof(DidNotGoWell) => "3. What did not go so well, and why?",
        nameof(Surprises) => "4. What surprised you?",
        nameof(ChallengesOvercome) => "5. Which challenges did you overcome, and which remain?",
        nameof(LearnedAboutSelf) => "6. What have you learned about yourself?",
        nameof(FeedbackReceived) => "7. What feedback did you receive, asked for or not?",
        nameof(Insights) => "8. What insights has that given you?",
        nameof(ChangedPerceptions) => "9. Which of your perceptions have changed?",
        nameof(AgainDifferently) => "10. If you did this again, what would you do differently?",
        nameof(NextSteps) => "Next steps: what to keep working on without a mentor",
        nameof(Resources) => "Resources: books, courses, people, communities",
        _ => "Milestones: how the mentee will know they are on track",
    };

    public IReadOnlyList<Error> Validate()
    {
        var v = new Validate();
        foreach (var (_, name, value) in Fields()) v.MaxLength(name, value, "This answer", TextMax);
        return v.Errors;
    }

    public ClosingAnswers Normalised()
    {
        static string T(string? s) => (s ?? "").Trim();
        return new(T(Progress), T(Challenges), T(Methods), T(WhatWasGood), T(WhatMadeItWork), T(Obstacles), T(Tactics), T(DoDifferently),
            T(Decisions), T(WentWell), T(DidNotGoWell), T(Surprises), T(ChallengesOvercome), T(LearnedAboutSelf), T(FeedbackReceived),
            T(Insights), T(ChangedPerceptions), T(AgainDifferently), T(NextSteps), T(Resources), T(Milestones));
    }

    /// <summary>Builds the answers from form fields by name; missing names are empty.</summary>
    public static ClosingAnswers From(Func<string, string?> field)
    {
        string F(string name) => field(name) ?? "";
        return new(F(nameof(Progress)), F(nameof(Challenges)), F(nameof(Methods)), F(nameof(WhatWasGood)), F(nameof(WhatMadeItWork)),
            F(nameof(Obstacles)), F(nameof(Tactics)), F(nameof(DoDifferently)), F(nameof(Decisions)), F(nameof(WentWell)),
            F(nameof(DidNotGoWell)), F(nameof(Surprises)), F(nameof(ChallengesOvercome)), F(nameof(LearnedAboutSelf)),
            F(nameof(FeedbackReceived)), F(nameof(Insights)), F(nameof(ChangedPerceptions)), F(nameof(AgainDifferently)),
            F(nameof(NextSteps)), F(nameof(Resources)), F(nameof(Milestones)));
    }
}
