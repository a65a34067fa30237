namespace Thrive.Domain.Goals;

public static partial class SmartCoach
{
    private const string NameTheResult =
        "Name the result someone could see: 'pass the AWS Cloud Practitioner exam' instead of 'get better at AWS'.";

    private const string WriteOneSentence =
        "Write one sentence that names the result: what you will do, and what will exist or be true when you're done.";

    /// <summary>S: does the goal name a result someone else could see, or only an area to grow in?</summary>
    private static SmartCriterion Specific(SmartInput input, SmartSignals s)
    {
        var notes = new Notes();
        var text = s.Text;
        if (Filled(input.SpecificOutcome))
        {
            var outcome = new SmartText(input.SpecificOutcome);
            if (outcome.Find(SmartPatterns.GenericVague()) is { } generic && new SmartSignals(outcome).Outcome is null)
                return notes.Because($"The outcome you wrote, {outcome.Quote(generic)}, can mean different things to different people.")
                    .Suggest(NameTheResult).Verdict(SmartVerdict.Weak);
            return notes.Because($"You named the outcome: {QuoteField(input.SpecificOutcome!)}.").Verdict(SmartVerdict.Met);
        }
        if (text.IsBlank)
            return notes.Because("There is no goal to read yet.").Suggest(WriteOneSentence).Verdict(SmartVerdict.Missing);
        if ((s.Outcome ?? s.Counted) is { } result)
            return notes.Because($"It names something someone could see done: {text.Quote(result)}.").Verdict(SmartVerdict.Met);
        if (s.Action is { } action)
            return notes.Because($"It names a concrete change with its object: {text.Quote(action)}.").Verdict(SmartVerdict.Met);
        if (s.Behaviour is { } behaviour)
            return notes.Because($"It names something you'll do, precisely enough to check: {text.Quote(behaviour)}.").Verdict(SmartVerdict.Met);
        if (s.Habit is { } habit)
            return notes.Because($"It names a habit with its subject and amount: {text.Quote(habit)}.").Verdict(SmartVerdict.Met);
        if (text.Find(SmartPatterns.BareExam()) is { } exam && s.Title is null)
            return notes.Because($"It names an exam, {text.Quote(exam)}, which reads as passing it.").Verdict(SmartVerdict.Met);
        if (s.Title is { } title)
            return notes.Because($"{text.Quote(title)} is a title or a job, which someone else grants; it doesn't say what you'll do.")
                .Suggest("Name what you'll do to get there, for example 'ask my manager for a promotion case review by 15 April' or 'apply to ten backend roles'.")
                .Verdict(SmartVerdict.Weak);
        if (s.OpenOutcome is { } open)
            return notes.Because($"{text.Quote(open)} leaves open what exactly you'll produce.")
                .Suggest("Say which one and how many, for example 'write unit tests for the invoice module' or 'do three katas on Codewars'.")
                .Verdict(SmartVerdict.Weak);
        if (s.Offered is { } offered)
            return notes.Because($"It lists options, such as {text.Quote(offered)}, but doesn't choose one.")
                .Suggest("Pick one option and make it the goal, for example 'publish two blog posts about what I learn' rather than a list of possibilities.")
                .Verdict(SmartVerdict.Weak);
        if (text.Find(SmartPatterns.GenericVague()) is { } vagueGoal && !(text.Find(SmartPatterns.VagueVerb()) is { } first && first.Index < vagueGoal.Index && text.ContentWordsOutside(first) > 1))
            return notes.Because($"{text.Quote(vagueGoal)} can mean different things to different people, and nothing else says what the result is.")
                .Suggest("Describe what 'better' means for you as one result someone could see, for example 'ship a feature end to end on my team's codebase'.")
                .Suggest(NameTheResult).Verdict(SmartVerdict.Missing);
        if (text.Find(SmartPatterns.VagueVerb()) is { } vague)
        {
            var hasTopic = text.ContentWordsOutside(vague) > 0 || SmartPatterns.Quality().IsMatch(text.Lower.AsSpan(vague.Index, vague.Length));
            return notes.Because(hasTopic
                    ? $"{text.Quote(vague)} names an area to grow in, not a result someone could see."
                    : $"{text.Quote(vague)} says you want to change, but not what or into what.")
                .Suggest(NameTheResult).Verdict(hasTopic ? SmartVerdict.Weak : SmartVerdict.Missing);
        }
        if (text.ContentWordsOutside(default) >= 2 || text.ParticularWord() is not null)
            return notes.Because("There is no result in it that someone could check.")
                .Suggest("Say what will exist or be done when you get there: an exam passed, a talk given, an app shipped.")
                .Verdict(SmartVerdict.Weak);
        return notes.Because("It is too short to say what you want to achieve.").Suggest(WriteOneSentence).Verdict(SmartVerdict.Missing);
    }
}
