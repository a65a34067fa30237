using System.Text.RegularExpressions;

namespace Thrive.Domain.Goals;

/// <summary>
/// What a goal's text commits to, read once and shared by the letters: the result it names, the counts it
/// gives and the rhythm it sets. Options ("could be a blog or a talk") are kept apart from commitments.
/// </summary>
internal sealed class SmartSignals
{
    private const int MaxMatches = 16;

    public SmartSignals(SmartText text)
    {
        Text = text;
        if (text.IsBlank) return;
        ReadOutcomes(text);
        Counted = FirstCommitted(text, SmartPatterns.CountedOutcome());
        Cadence = text.Find(SmartPatterns.Cadence());
        if (Outcome is null && Counted is null) Action = ReadConcreteAction(text);
    }

    /// <summary>
    /// A concrete change named with its object: an action verb whose object, in the same sentence, carries a number
    /// or a name ("migrate our team's three Jenkins jobs to GitHub Actions", "get the p95 latency under 300 ms").
    /// </summary>
    public Hit? Action { get; private set; }

    private static Hit? ReadConcreteAction(SmartText text)
    {
        var m = SmartPatterns.ConcreteAction().Match(text.Lower);
        for (var i = 0; m.Success && i < MaxMatches; i++, m = m.NextMatch())
        {
            var obj = m.Groups["object"];
            var span = text.Lower.AsSpan(obj.Index, obj.Length);
            // "Get" is an action only towards a number ("get the p95 latency under 300 ms"), never "get better at AWS".
            var named = m.Groups["verb"].Value != "get" && HasName(text, obj.Index, obj.Index + obj.Length);
            if (!text.IsOffered(m.Index) && !SmartPatterns.GrowthObject().IsMatch(span) && (HasNumber(span) || named))
                return new Hit(m.Groups["verb"].Index, obj.Index + obj.Length - m.Groups["verb"].Index);
        }
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789%");

    private static bool HasNumber(ReadOnlySpan<char> span) => span.IndexOfAny(Digits) >= 0
        || SmartPatterns.NumberWord().IsMatch(span);

    /// <summary>A word written with a capital inside the sentence (a product, a system, a person), not a month or a day.</summary>
    private static bool HasName(SmartText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text.Lower[i]) || (i > 0 && char.IsLetterOrDigit(text.Lower[i - 1])) || !text.IsCapitalised(i)) continue;
            var wordEnd = i;
            while (wordEnd < text.Lower.Length && char.IsLetter(text.Lower[wordEnd])) wordEnd++;
            if (!SmartPatterns.CalendarWord().IsMatch(text.Lower.AsSpan(i, wordEnd - i))) return true;
        }
        return false;
    }

    public SmartText Text { get; }

    /// <summary>An action with something it produces: "pass the exam", "arrange meetings".</summary>
    public Hit? Outcome { get; private set; }

    /// <summary>An outcome that is simply done or not done: "pass the exam", "revamp my CV".</summary>
    public Hit? FinishLine { get; private set; }

    /// <summary>An outcome offered as one option among others, not chosen.</summary>
    public Hit? Offered { get; private set; }

    /// <summary>A number with something countable: "3 blog posts", "at least one problem set".</summary>
    public Hit? Counted { get; }

    /// <summary>A rhythm: "per week", "daily".</summary>
    public Hit? Cadence { get; }

    private void ReadOutcomes(SmartText text)
    {
        var m = SmartPatterns.VerbDeliverable().Match(text.Lower);
        for (var i = 0; m.Success && i < MaxMatches; i++, m = m.NextMatch())
        {
            var verb = m.Groups["verb"].Value;
            var noun = m.Groups["noun"].Value;
            if (OnlyForExams(verb) && !IsExam(noun)) continue;
            var hit = new Hit(m.Index, m.Length);
            if (text.IsOffered(m.Index))
            {
                Offered ??= hit;
                continue;
            }
            Outcome ??= hit;
            if (FinishLine is null && !IsProgressVerb(verb) && !IsPlural(noun)) FinishLine = hit;
        }
        if (Outcome is null) ReadNamedOutcome(text);
    }

    /// <summary>"Ship the checkout redesign", "read Clean Architecture": a finishing verb with a named or concrete object.</summary>
    private void ReadNamedOutcome(SmartText text)
    {
        var m = SmartPatterns.NamedOutcome().Match(text.Lower);
        for (var i = 0; m.Success && i < MaxMatches; i++, m = m.NextMatch())
        {
            var strong = m.Groups["verb"].Value is "ship" or "launch" or "release" or "deploy" or "publish" or "pass" or "deliver" or "submit" or "merge";
            if (!strong && !text.IsCapitalised(m.Groups["obj"].Index)) continue;
            if (text.IsOffered(m.Index)) continue;
            Outcome = FinishLine = new Hit(m.Index, m.Length);
            return;
        }
        if (text.Find(SmartPatterns.RoleOutcome()) is { } role && !text.IsOffered(role.Index)) Outcome = FinishLine = role;
    }

    private static Hit? FirstCommitted(SmartText text, Regex pattern)
    {
        var m = pattern.Match(text.Lower);
        for (var i = 0; m.Success && i < MaxMatches; i++, m = m.NextMatch())
            if (!text.IsOffered(m.Index)) return new Hit(m.Index, m.Length);
        return null;
    }

    private static bool OnlyForExams(string verb) => verb is "sit" or "sitting" or "take" or "taking";

    private static bool IsExam(string noun) => noun.StartsWith("exam", StringComparison.Ordinal)
        || noun.StartsWith("test", StringComparison.Ordinal) || noun.StartsWith("cert", StringComparison.Ordinal);

    /// <summary>Verbs of getting ready or working towards: they name a result without finishing it.</summary>
    private static bool IsProgressVerb(string verb) =>
        verb.StartsWith("prep", StringComparison.Ordinal) || verb.StartsWith("regist", StringComparison.Ordinal)
        || verb.StartsWith("enrol", StringComparison.Ordinal) || verb.EndsWith("through", StringComparison.Ordinal)
        || verb.StartsWith("stud", StringComparison.Ordinal) || verb.StartsWith("practi", StringComparison.Ordinal);

    private static bool IsPlural(string noun) => noun == "people" || noun.EndsWith('s');
}
