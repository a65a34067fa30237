namespace Thrive.Domain.Goals;

public static partial class SmartCoach
{
    private const string AddANumber =
        "Add a number or a finish line: how many, how often, or what 'done' looks like (e.g. 'publish 3 blog posts', 'pass the exam', 'one problem set per week').";

    private const string AskForFeedback =
        "For a soft skill, agree how you'll check it: ask your mentor and colleagues for feedback every few weeks, or count the moments you practised it.";

    /// <summary>M: is there a count, a target or a finish line to check progress against?</summary>
    private static SmartCriterion Measurable(SmartInput input, SmartSignals s)
    {
        var notes = new Notes();
        var text = s.Text;
        if (Filled(input.DoneCriterion))
            return notes.Because($"Your done criterion says how you'll know: {QuoteField(input.DoneCriterion!)}.").Verdict(SmartVerdict.Met);
        if (input.Target is { } target) return Targeted(input, target, notes);
        if (text.IsBlank)
            return notes.Because("There is nothing to measure yet.").Suggest(AddANumber).Verdict(SmartVerdict.Missing);

        if (s.OpenAmount is { } openAmount && s.Counted is null && s.Outcome is { } leftOpen)
            return notes.Because($"{text.Quote(openAmount)} leaves open how much of {text.Quote(leftOpen)} counts as done.")
                .Suggest(AddANumber).Verdict(SmartVerdict.Weak);
        if (s.Counted is { } counted)
            return notes.Because($"It has a count you can check: {text.Quote(counted)}.").Verdict(SmartVerdict.Met);
        if (text.Find(SmartPatterns.FiniteSet()) is { } set && !SmartPatterns.OpenSet().IsMatch(text.SentenceOf(set)) && !text.InPurpose(set.Index))
            return notes.Because($"{text.Quote(set)} names a finite set you can tick off.").Verdict(SmartVerdict.Met);
        if (text.Find(SmartPatterns.TotalHours()) is { } total)
            return notes.Because($"{text.Quote(total)} is an amount you can count as you go.").Verdict(SmartVerdict.Met);
        if (s.Outcome is { } repeated && s.Cadence is { } rhythm)
            return notes.Because($"{text.Quote(repeated)}, {text.Quote(rhythm)}, gives you a count per period to track.").Verdict(SmartVerdict.Met);
        if (s.FinishLine is { } finish)
            return notes.Because($"It has a finish line: {text.Quote(finish)} is either done or not.").Verdict(SmartVerdict.Met);
        if (s.Action is { } action)
            return notes.Because($"It has a finish line: {text.Quote(action)} is either done or not.").Verdict(SmartVerdict.Met);
        if (s.Behaviour is { } behaviour)
        {
            if (s.Progress is { } progress)
                return notes.Because($"{text.Quote(progress)} works towards {text.Quote(behaviour)}, but doesn't say when it counts as done.")
                    .Suggest("Add the finish line: 'pass it', 'end to end', or how many parts by when.").Verdict(SmartVerdict.Weak);
            if (s.OpenAmount is { } open)
                return notes.Because($"{text.Quote(open)} leaves open how much of {text.Quote(behaviour)} counts as done.")
                    .Suggest(AddANumber).Verdict(SmartVerdict.Weak);
            return notes.Because(s.Cadence is { } each
                    ? $"{text.Quote(behaviour)} can be checked each time it comes round ({text.Quote(each)})."
                    : $"{text.Quote(behaviour)} is either done or not.").Verdict(SmartVerdict.Met);
        }
        if (s.Habit is { } habit)
            return notes.Because($"{text.Quote(habit)} is a habit you can tick off each time.").Verdict(SmartVerdict.Met);
        if (text.Find(SmartPatterns.PlainNumber()) is { } number)
            return notes.Because($"It has a number to check against: {text.Quote(number)}.").Verdict(SmartVerdict.Met);
        if (text.Find(SmartPatterns.MetricDirection()) is { } direction)
        {
            if (SmartPatterns.Digit().IsMatch(text.SentenceOf(direction)))
                return notes.Because($"It measures a change with a number: {text.Quote(direction)}.").Verdict(SmartVerdict.Met);
            return notes.Because($"{text.Quote(direction)} says which way a number should move, but not how far.")
                .Suggest("Write where you start and where you want to be, for example 'from 5 days to 2 days per task'.").Verdict(SmartVerdict.Weak);
        }
        if (text.Find(SmartPatterns.BareExam()) is { } exam && s.Title is null)
            return notes.Because($"{text.Quote(exam)} is passed or not: a finish line.").Verdict(SmartVerdict.Met);
        if (text.Find(SmartPatterns.PluralCount()) is { } plural && text.InFirstSentence(plural) && !text.InPurpose(plural.Index) && s.Title is null)
            return notes.Because($"It has a count you can check: {text.Quote(plural)}.").Verdict(SmartVerdict.Met);
        if (s.Title is { } title)
            return notes.Because($"Whether {text.Quote(title)} happens is someone else's call, so it can be seen but not measured.")
                .Suggest("Measure what you do to get there: applications sent, the promotion case written, conversations held.").Verdict(SmartVerdict.Weak);
        if (s.OpenOutcome is { } openOutcome)
            return notes.Because($"{text.Quote(openOutcome)} has no count or finish line.").Suggest(AddANumber).Verdict(SmartVerdict.Weak);
        if (s.Outcome is { } outcome)
            return notes.Because($"It names {text.Quote(outcome)}, but not how many or what 'done' looks like.")
                .Suggest(AddANumber).Verdict(SmartVerdict.Weak);
        if (text.Find(SmartPatterns.Effort()) is { } effort)
            return notes.Because($"{text.Quote(effort)} measures the time you put in, not what it produces.")
                .Suggest("Add what that time should produce, for example 'one finished kata per session'.").Verdict(SmartVerdict.Weak);
        if (s.Cadence is { } cadence)
            return notes.Because($"{text.Quote(cadence)} sets a rhythm, but not what you'll have done each time.")
                .Suggest(AddANumber).Verdict(SmartVerdict.Weak);

        if (s.LooseBehaviour is { } loose && text.InFirstSentence(loose))
            return notes.Because($"{text.Quote(loose)} says what you'll do, but not how much or when it counts as done.")
                .Suggest(AddANumber).Verdict(SmartVerdict.Weak);
        if (text.Find(SmartPatterns.VagueAmount()) is { } amount && text.InFirstSentence(amount) && text.Find(SmartPatterns.StateVerb()) is null)
            return notes.Because($"{text.Quote(amount)} points the way but leaves the amount open.")
                .Suggest(AddANumber).Verdict(SmartVerdict.Weak);

        notes.Because("There is no number or countable result to check progress against.").Suggest(AddANumber);
        if (text.Find(SmartPatterns.SoftSkill()) is not null) notes.Suggest(AskForFeedback);
        return notes.Verdict(SmartVerdict.Missing);
    }

    private static SmartCriterion Targeted(SmartInput input, decimal target, Notes notes)
    {
        var what = Filled(input.Metric) ? QuoteField(input.Metric!) : "your measure";
        var unit = Filled(input.Unit) ? " " + input.Unit!.Trim() : "";
        if (input.Baseline is { } baseline && baseline == target)
            return notes.Because($"The target is where you already are: {what} starts at {SmartNumbers.Format(baseline)}{unit} and the target is {SmartNumbers.Format(target)}{unit}.")
                .Suggest($"Set a target that differs from your starting point: where should {what} be when you're done?").Verdict(SmartVerdict.Weak);
        return notes.Because(input.Baseline is { } from
                ? $"You set a target: {what} from {SmartNumbers.Format(from)}{unit} to {SmartNumbers.Format(target)}{unit}."
                : $"You set a target: {what} at {SmartNumbers.Format(target)}{unit}.")
            .Verdict(SmartVerdict.Met);
    }
}
