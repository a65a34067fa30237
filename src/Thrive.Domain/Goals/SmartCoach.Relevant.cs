namespace Thrive.Domain.Goals;

public static partial class SmartCoach
{
    private const string SayWhyItMatters =
        "Say why it matters: add 'so that …' (for example 'so that I can apply for intermediate roles') or link it to a strength, weakness or opportunity from your SWOT.";

    /// <summary>R: is the goal tied to a reason: a stated purpose, a need it answers, or the person's SWOT?</summary>
    private static SmartCriterion Relevant(SmartInput input, SmartSignals s)
    {
        var notes = new Notes();
        var text = s.Text;
        var linked = false;
        if (input.LinkedSwotItems > 0)
        {
            notes.Because(input.LinkedSwotItems == 1
                ? "It is linked to an item from your SWOT analysis."
                : $"It is linked to {input.LinkedSwotItems} items from your SWOT analysis.");
            linked = true;
        }
        if (Filled(input.RelevanceReason))
        {
            notes.Because($"You say why it matters: {QuoteField(input.RelevanceReason!)}.");
            linked = true;
        }
        if (linked) return notes.Verdict(SmartVerdict.Met);
        if (text.IsBlank)
            return notes.Because("There is no goal to connect to a reason yet.").Suggest(SayWhyItMatters).Verdict(SmartVerdict.Missing);

        if (text.Find(SmartPatterns.Purpose()) is { } purpose)
            return notes.Because($"You say why it matters: {text.Quote(purpose)}.").Verdict(SmartVerdict.Met);
        if (text.Find(SmartPatterns.Need()) is { } need)
            return notes.Because($"It answers something you named as hard for you: {text.Quote(need)}.").Verdict(SmartVerdict.Met);
        if (text.Find(SmartPatterns.Anchor()) is { } anchor)
            return notes.Because($"It mentions {text.Quote(anchor)}, but not why this goal matters to you or where it leads.")
                .Suggest(SayWhyItMatters).Verdict(SmartVerdict.Weak);
        return notes.Because("It doesn't say why this goal matters to you.").Suggest(SayWhyItMatters).Verdict(SmartVerdict.Missing);
    }
}
