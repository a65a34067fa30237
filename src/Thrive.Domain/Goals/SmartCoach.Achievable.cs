namespace Thrive.Domain.Goals;

public static partial class SmartCoach
{
    private const decimal MaxSustainableHoursPerWeek = 60;
    private const int MaxFocusedGoals = 3;

    private const string SayWhatMakesItDoable =
        "Say what makes it doable: the hours a week you'll give it (e.g. '2 hours a week') and the help you have (a course, your mentor, a book club).";

    /// <summary>A: does the goal fit the time and help the person has, next to everything else they're doing?</summary>
    private static SmartCriterion Achievable(SmartInput input, SmartContext context, SmartSignals s, SmartVerdict specific)
    {
        var notes = new Notes();
        var text = s.Text;
        var (hours, hoursSaid) = HoursPerWeek(input, text, context);
        if (text.IsBlank && hours is null && !Filled(input.Resources))
            return notes.Because("There is no goal to size yet.").Suggest(SayWhatMakesItDoable).Verdict(SmartVerdict.Missing);
        if (input.HoursPerWeek is null && text.Find(SmartPatterns.NoTime()) is { } none)
            return notes.Because($"{text.Quote(none)}: a goal needs some time to happen.")
                .Suggest("Find a few hours a week for it, or park it until you have them.").Verdict(SmartVerdict.Missing);
        if (hours > MaxSustainableHoursPerWeek)
            return notes.Because($"{hoursSaid} is more than 60 hours a week: more than anyone can keep up next to work and rest.")
                .Suggest("Plan a pace you can keep week after week; pushing to be overly productive ends in burnout. A few focused hours a week go a long way.")
                .Verdict(SmartVerdict.Missing);

        var blocked = false;
        var available = context.AvailableHoursPerWeek;
        if (hours <= 0)
        {
            notes.Because("Zero hours a week leaves no time for it.").Suggest("Block a few hours a week for it in your calendar.");
            blocked = true;
        }
        else if (hours > available)
        {
            var have = SmartNumbers.Format(available!.Value);
            notes.Because($"It needs {hoursSaid}, but you have {have} hours a week.")
                .Suggest($"Trim the goal or move its date so it fits in {have} hours a week.");
            blocked = true;
        }
        if (context.OtherActiveGoals >= MaxFocusedGoals)
        {
            notes.Because($"You already have {context.OtherActiveGoals} other active goals, so this one competes for the same attention.")
                .Suggest("Finish or park one of your other goals before you start this one, or make this one smaller.");
            blocked = true;
        }

        var evidence = false;
        if (hours > 0 && (available is null || hours <= available))
        {
            notes.Because(available is null ? $"You plan {hoursSaid}." : $"You plan {hoursSaid}, within the {SmartNumbers.Format(available.Value)} you have.");
            evidence = true;
        }
        if (Filled(input.Resources))
        {
            notes.Because($"You named what will help: {QuoteField(input.Resources!)}.");
            evidence = true;
        }
        else if (text.Find(SmartPatterns.Resource()) is { } help)
        {
            notes.Because($"You name help you have: {text.Quote(help)}.");
            evidence = true;
        }
        else if (s.NamedMaterial)
        {
            notes.Because("The book or course you'll work through is the help.");
            evidence = true;
        }
        if (text.Find(SmartPatterns.SmallRhythm()) is { } small)
        {
            notes.Because($"You kept each step small: {text.Quote(small)}.");
            evidence = true;
        }

        if (blocked) return notes.Verdict(SmartVerdict.Weak);
        if (specific == SmartVerdict.Missing)
            return notes.Because("Until the goal names a result, there is no way to tell whether that time and help are enough.")
                .Suggest("Once the result is named, check that it fits the hours you have.").Verdict(SmartVerdict.Weak);
        if (!evidence)
            return notes.Because("It doesn't say what makes it doable: the time you'll give it or the help you have.")
                .Suggest(SayWhatMakesItDoable).Verdict(SmartVerdict.Weak);
        return notes.Verdict(SmartVerdict.Met);
    }

    /// <summary>Hours a week from the structured field, else from the text ("2 hours a week", "an hour a day").</summary>
    private static (decimal? Hours, string Said) HoursPerWeek(SmartInput input, SmartText text, SmartContext context)
    {
        if (input.HoursPerWeek is { } structured) return (structured, $"{SmartNumbers.Format(structured)} hours a week");
        var m = SmartPatterns.Effort().Match(text.Lower);
        if (!m.Success) return TotalSpread(text, context);
        if (SmartNumbers.Parse(m.Groups["n"].Value) is not { } n) return (null, "");
        var perUnit = m.Groups["u"].Value[0] == 'm' ? n / 60 : n;
        var perWeek = m.Groups["p"].Value switch
        {
            "day" or "morning" or "evening" or "night" => perUnit * 7,
            "week" => perUnit,
            "month" => perUnit * 12 / 52,
            _ => perUnit * 5, // weekday, working day, workday
        };
        var said = text.Quote(new Hit(m.Index, m.Length));
        var rounded = Math.Round(perWeek, 1);
        return (rounded, m.Groups["p"].Value == "week" ? said : $"{said} (about {SmartNumbers.Format(rounded)} hours a week)");
    }

    /// <summary>A total of hours spread over the whole weeks to the first deadline inside the programme ("25 hours before our next session" is 25 in one week).</summary>
    private static (decimal? Hours, string Said) TotalSpread(SmartText text, SmartContext context)
    {
        var t = SmartPatterns.TotalHours().Match(text.Lower);
        if (!t.Success || SmartNumbers.Parse(t.Groups["n"].Value) is not { } total) return (null, "");
        var deadline = DateScan.Find(text, context).Dates.Select(d => d.Date).FirstOrDefault(d => d is { } day && day >= context.Today);
        if (deadline is not { } due) return (null, "");
        var weeks = Math.Max(1, (int)Math.Ceiling((due.DayNumber - context.Today.DayNumber) / 7.0));
        var perWeek = Math.Round(total / weeks, 1);
        return (perWeek, $"{text.Quote(new Hit(t.Index, t.Length))} by {DateScan.Format(due)} (about {SmartNumbers.Format(perWeek)} hours a week)");
    }
}
