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
        if (text.Find(SmartPatterns.Title()) is { } title && !text.IsOffered(title.Index)) Title = title;
        ReadOutcomes(text);
        Counted = FirstCommitted(text, SmartPatterns.CountedOutcome());
        // "Go from a 3 to a 4 in the next review": the numbers are a rating someone else gives, not a count.
        if (Title is { } granted && Counted is { } count && count.Index < granted.End && granted.Index < count.End) Counted = null;
        Cadence = text.Find(SmartPatterns.Cadence());
        if (Outcome is null && Counted is null) Action = ReadConcreteAction(text);
        if (Outcome is null && Counted is null)
        {
            ReadBehaviour(text);
            // The earlier of the two is the goal's own verb ("tell my manager I want to move to the platform team").
            if (Action is { } action && Behaviour is { } behaviour && behaviour.Index < action.Index) Action = null;
            else if (Action is not null) (Behaviour, OpenAmount, Progress, LooseBehaviour) = (null, null, null, null);
        }
        if (SmartPatterns.Effort().Match(text.Lower) is { Success: true } effort && !text.IsOffered(effort.Index)
            && (effort.Groups["subject"].Length > 0 || HasName(text, 0, effort.Index) || HasName(text, effort.Index + effort.Length, text.Lower.Length)))
            Habit = new Hit(effort.Index, effort.Length);
    }

    /// <summary>A named book, course or path the goal reads or works through: the material is the help.</summary>
    public bool NamedMaterial
    {
        get
        {
            var m = SmartPatterns.ReadWork().Match(Text.Lower);
            for (var i = 0; m.Success && i < MaxMatches; i++, m = m.NextMatch())
                if (Text.IsCapitalised(m.Groups["t"].Index)) return true;
            return false;
        }
    }

    /// <summary>Time on a named subject on a rhythm: "an hour of Rust every day", "2 hrs a week" on the Terraform cert.</summary>
    public Hit? Habit { get; }

    /// <summary>
    /// Something the person will do, named precisely enough to check: an everyday action whose clause carries a number,
    /// a name, a definite thing or a slot ("turn my laptop off by 19:00", "tell my manager …", "no caffeine after lunch").
    /// </summary>
    public Hit? Behaviour { get; private set; }

    /// <summary>Words in <see cref="Behaviour"/>'s clause that leave the amount open ("a bit more of the Kubernetes docs").</summary>
    public Hit? OpenAmount { get; private set; }

    /// <summary>An everyday action whose clause is too open to check ("write some tests", "sleep more", "take breaks").</summary>
    public Hit? LooseBehaviour { get; private set; }

    private void ReadBehaviour(SmartText text)
    {
        var m = SmartPatterns.Behaviour().Match(text.Lower);
        for (var i = 0; m.Success && i < MaxMatches; i++, m = m.NextMatch())
        {
            var verb = m.Groups["verb"];
            var obj = m.Groups["object"];
            if (text.IsOffered(m.Index) || text.InPurpose(verb.Index)) continue;
            var hit = new Hit(verb.Index, obj.Index + obj.Length - verb.Index);
            if (Title is { } title && title.Index < hit.End && hit.Index < title.End) continue; // "land a job in Berlin" is a title
            var span = text.Lower.AsSpan(obj.Index, obj.Length);
            // "Learn Kubernetes" is growth, not a loose behaviour: only a number ("learn the 12 most-used kubectl commands") makes it one.
            if (verb.Value is ['l', 'e', 'a', 'r', 'n', ..] or ['m', 'e', 'm', 'o', 'r', 'i', ..] && !HasNumberOutsideDates(span)) continue;
            if (SmartPatterns.GrowthObject().IsMatch(span) || SmartPatterns.VagueThing().IsMatch(span) || SmartPatterns.OpenSet().IsMatch(span))
            {
                LooseBehaviour ??= hit;
                continue;
            }
            var numbered = HasNumberOutsideDates(span) || span.Contains("both", StringComparison.Ordinal) || span.Contains("twice", StringComparison.Ordinal)
                || span.Contains("once", StringComparison.Ordinal) || span.StartsWith(" no ", StringComparison.Ordinal) || verb.Value == "no";
            var named = HasName(text, obj.Index, obj.Index + obj.Length);
            var open = SmartPatterns.VagueAmount().Match(text.Lower, obj.Index, obj.Length);
            if (!numbered && SmartPatterns.Direction().IsMatch(span))
            {
                LooseBehaviour ??= hit; // "make our CI pipeline faster", "spend less time on Slack": a direction with no size
                continue;
            }
            var definite = SmartPatterns.DefiniteThing().IsMatch(span) && !SmartPatterns.GenericObject().IsMatch(span);
            var slot = SmartPatterns.Slot().IsMatch(span); // "speak up more in sprint planning": a slot makes it specific, the amount stays open
            // Practice verbs ("practise Go every day") need a size: the subject alone is not enough.
            if (m.Groups["practice"].Success ? numbered : numbered || named || slot || (definite && !open.Success))
            {
                Behaviour = hit;
                if (m.Groups["progress"].Success && !SmartPatterns.Whole().IsMatch(span)) Progress = new Hit(verb.Index, verb.Length);
                if (open.Success) OpenAmount = new Hit(open.Index, open.Length);
                return;
            }
            LooseBehaviour ??= hit;
        }
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
            var get = m.Groups["verb"].Value == "get";
            // A verb written with a capital inside a sentence belongs to a title ("Dare to Lead").
            if (text.IsCapitalised(m.Groups["verb"].Index) && m.Groups["verb"].Index > 0 && text.Lower.AsSpan(0, m.Groups["verb"].Index).TrimEnd() is [.., not ('.' or '!' or '?' or ':' or ';' or '\n')]) continue;
            if (text.IsOffered(m.Index) || text.InPurpose(m.Index) || text.Negated(m.Index) || SmartPatterns.GrowthObject().IsMatch(span)) continue;
            var numbered = HasNumberOutsideDates(span);
            var open = SmartPatterns.VagueAmount().IsMatch(span);
            var named = !get && HasName(text, obj.Index, obj.Index + obj.Length);
            var definite = !get && !open && SmartPatterns.DefiniteThing().IsMatch(span) && !SmartPatterns.GenericObject().IsMatch(span);
            var done = get && SmartPatterns.DoneState().IsMatch(span) && SmartPatterns.DefiniteThing().IsMatch(span);
            if (open && !numbered) continue; // "get through as much of the Rust book as I can"
            if (!numbered && m.Groups["verb"].Value is "cut" or "reduce" or "raise" or "lower" or "shorten" or "increase" or "decrease") continue; // a direction with no size
            if (numbered || named || done || definite)
                return new Hit(m.Groups["verb"].Index, obj.Index + obj.Length - m.Groups["verb"].Index);
        }
        return null;
    }

    /// <summary>A number that is not part of a date or a rhythm: "30 push-ups", "by 19:00", but not "on 20 March" or "every day".</summary>
    private static bool HasNumberOutsideDates(ReadOnlySpan<char> span)
    {
        if (!HasNumber(span)) return false;
        Span<char> copy = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        span.CopyTo(copy);
        foreach (var d in SmartPatterns.CalendarDate().EnumerateMatches(span)) copy.Slice(d.Index, d.Length).Fill(' ');
        foreach (var r in SmartPatterns.Cadence().EnumerateMatches(span)) copy.Slice(r.Index, r.Length).Fill(' ');
        return HasNumber(copy);
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

    /// <summary>A title, role or job: granted by someone else, never a result on its own.</summary>
    public Hit? Title { get; private set; }

    /// <summary>An outcome left open by its own words: "write some tests", "do a couple of katas", "write better tests".</summary>
    public Hit? OpenOutcome { get; private set; }

    /// <summary>A verb of working towards something ("prepare for", "work through", "start"): specific, but with no finish line.</summary>
    public Hit? Progress { get; private set; }

    /// <summary>An outcome offered as one option among others, not chosen.</summary>
    public Hit? Offered { get; private set; }

    /// <summary>A number with something countable: "3 blog posts", "at least one problem set".</summary>
    public Hit? Counted { get; private set; }

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
            if (text.InPurpose(m.Index) || text.Negated(m.Index) || (Title is { } t && t.Index < hit.End && hit.Index < t.End)) continue;
            if (SmartPatterns.OpenSet().IsMatch(text.SentenceOf(hit)))
            {
                OpenOutcome ??= hit; // "read every book I can find": no finite set
                continue;
            }
            if (text.IsOffered(m.Index))
            {
                Offered ??= hit;
                continue;
            }
            var verbEnd = m.Groups["verb"].Index + m.Groups["verb"].Length;
            if (SmartPatterns.OpenOutcome().Match(text.Lower, m.Index, m.Length) is { Success: true } open)
            {
                // "Do a handful of Kaggle competitions": the name makes it specific, the amount stays open.
                if (!HasName(text, verbEnd, m.Index + m.Length))
                {
                    OpenOutcome ??= hit;
                    continue;
                }
                OpenAmount ??= new Hit(open.Index, open.Length);
            }
            Outcome ??= hit;
            // A noun written with a capital is part of a title ("read the Designing Data-Intensive Applications chapters").
            if (FinishLine is null && !IsProgressVerb(verb) && (!IsPlural(noun) || text.IsCapitalised(m.Groups["noun"].Index))) FinishLine = hit;
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
            if (text.IsOffered(m.Index) || text.Negated(m.Index)) continue;
            Outcome = FinishLine = new Hit(m.Index, m.Length);
            return;
        }
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
