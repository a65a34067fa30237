namespace Thrive.Domain.Goals;

public static partial class SmartCoach
{
    private const string AddADate =
        "Add a date or a rhythm: 'by 15 March', 'within 6 weeks', 'by the end of the programme' or 'every week'.";

    /// <summary>T: is there a deadline or a rhythm, and does it fall between today and the programme's end?</summary>
    private static SmartCriterion TimeBound(SmartInput input, SmartContext context, SmartSignals s)
    {
        var notes = new Notes();
        var text = s.Text;
        var today = context.Today;
        var end = context.ProgrammeEnd;
        if (input.TargetDate is { } target)
        {
            var said = $"Your target date, {DateScan.Format(target)},";
            if (OutOfWindow(notes, said, target, context)) return notes.Verdict(SmartVerdict.Weak);
            return notes.Because(end is { } e
                    ? $"Your target date, {DateScan.Format(target)}, falls within the programme (it ends {DateScan.Format(e)})."
                    : $"Your target date is {DateScan.Format(target)}.")
                .Verdict(SmartVerdict.Met);
        }
        if (text.IsBlank) return notes.Because("There is no date or rhythm yet.").Suggest(AddADate).Verdict(SmartVerdict.Missing);

        var scan = DateScan.Find(text, context);
        foreach (var hit in scan.Dates)
        {
            if (hit.Date is { } d && (d < today || d > end)) continue;
            var quote = text.Quote(hit.Where);
            return notes.Because(hit switch
            {
                { Kind: DateKind.ProgrammeEnd, Date: null } => $"{quote} ties it to the end of the programme.",
                { Kind: DateKind.ProgrammeEnd } => $"{quote} ties it to the end of the programme, {DateScan.Format(hit.Date.Value)}.",
                { Kind: DateKind.Relative } => $"{quote} puts the deadline at {DateScan.Format(hit.Date!.Value)}.",
                _ => $"{quote} sets a deadline: {DateScan.Format(hit.Date!.Value)}.",
            }).Verdict(SmartVerdict.Met);
        }
        if (scan.Dates.Count > 0)
        {
            var first = scan.Dates[0];
            OutOfWindow(notes, $"{text.Quote(first.Where)} ({DateScan.Format(first.Date!.Value)})", first.Date.Value, context);
            return notes.Verdict(SmartVerdict.Weak);
        }
        var until = end is { } last ? $"'until {DateScan.Format(last)}' (the programme's end)" : "'until 30 April'";
        if (s.Cadence is { } cadence)
            return notes.Because($"{text.Quote(cadence)} says how often, but not until when, so there is no moment to look back and judge it.")
                .Suggest($"Give the habit a period: {until} or 'for the next 8 weeks'.").Verdict(SmartVerdict.Weak);
        if (text.Find(SmartPatterns.Horizon()) is { } horizon)
            return notes.Because($"{text.Quote(horizon)} gives a rough horizon, not a date.")
                .Suggest("Turn it into a date or a span: 'by 15 March' or 'within 6 weeks'.").Verdict(SmartVerdict.Weak);
        if (text.Find(SmartPatterns.Event()) is { } occasion)
            return notes.Because($"{text.Quote(occasion)} ties it to an occasion, but its date isn't written down.")
                .Suggest("Add the occasion's date, for example 'before my review on 20 April'.").Verdict(SmartVerdict.Weak);
        if (text.Find(SmartPatterns.StandingRule()) is { } rule)
            return notes.Because($"{text.Quote(rule)} is a standing rule with no period to judge it over.")
                .Suggest($"Say for how long you'll keep it: {until} or 'for the next 6 weeks'.").Verdict(SmartVerdict.Weak);
        if (scan.Invalid is { } invalid) notes.Because($"{text.Quote(invalid)} looks like a date, but no calendar has it.");
        return notes.Because("There is no date or rhythm to check progress against.").Suggest(AddADate).Verdict(SmartVerdict.Missing);
    }

    /// <summary>Adds the reason and suggestion when a date is already past or after the programme's end.</summary>
    private static bool OutOfWindow(Notes notes, string said, DateOnly date, SmartContext context)
    {
        if (date < context.Today)
        {
            notes.Because($"{said} has already passed; today is {DateScan.Format(context.Today)}.").Suggest("Pick a new date from today on.");
            return true;
        }
        if (context.ProgrammeEnd is { } end && date > end)
        {
            notes.Because($"{said} is after the programme ends on {DateScan.Format(end)}.")
                .Suggest($"Choose a date on or before {DateScan.Format(end)}, or set a first milestone that fits inside the programme.");
            return true;
        }
        return false;
    }
}
