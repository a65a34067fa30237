using System.Globalization;
using System.Text;

namespace Thrive.Domain.Goals;

/// <summary>
/// Suggestions as rewrites: for every letter that is weak or missing, the person's own sentence with what that letter
/// lacks put in (a date, a count, a checkable result, a reason, fewer hours), and one version that fixes them all.
/// Rules only, from the same readings as the verdicts; nothing is invented but small, plain defaults the person can
/// change ("one small project", "2 hours a week", the programme's end) and a placeholder for their reason.
/// </summary>
public static partial class SmartCoach
{
    /// <summary>Longer texts are not rewritten: a goal sentence is short, and a rewrite of an essay helps no one.</summary>
    public const int MaxRewriteLength = 1000;

    /// <summary>The placeholder a rewrite leaves for the person's own reason.</summary>
    public const string ReasonPlaceholder = "<why it matters to you>";

    /// <summary>How far ahead a rewrite puts a deadline when no programme's end is known.</summary>
    public const int WeeksAheadWithoutProgramme = 8;

    private const decimal DefaultHoursPerWeek = 2;
    private const decimal PaceYouCanKeep = 5;

    /// <summary>
    /// Assesses <paramref name="input"/> and rewrites <paramref name="sentence"/> (the goal's own sentence, such as its title,
    /// when the text read holds more) for the letters that are not met.
    /// </summary>
    public static SmartAssessment Assess(SmartInput input, SmartContext context, string sentence)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var a = Assess(input, context);
        return sentence == input.Text ? a : WithRewrites(a, input, context, sentence, null);
    }

    /// <summary>
    /// The assessment with a rewrite of <paramref name="sentence"/> on each letter that is not met, and the combined one;
    /// <paramref name="read"/> is the reading of the same sentence when the verdicts came from it.
    /// </summary>
    private static SmartAssessment WithRewrites(SmartAssessment a, SmartInput input, SmartContext context, string sentence, SmartSignals? read)
    {
        var plan = RewritePlan.Of(a, input, context, sentence, read);
        if (plan is null) return a;
        return new SmartAssessment(
            a.Specific with { Rewrite = plan.One(0) },
            a.Measurable with { Rewrite = plan.One(1) },
            a.Achievable with { Rewrite = plan.One(2) },
            a.Relevant with { Rewrite = plan.One(3) },
            a.TimeBound with { Rewrite = plan.One(4) })
        { Rewrite = plan.All() };
    }

    /// <summary>One change to the sentence: replace <see cref="Length"/> characters at <see cref="At"/> (or insert when 0).</summary>
    private readonly record struct Edit(int At, int Length, string Text, int Rank = 0);

    /// <summary>The edits each letter needs, found on the person's sentence.</summary>
    private sealed class RewritePlan
    {
        private readonly string source;
        private readonly Edit?[] edits = new Edit?[5];
        private bool resultCounts; // the Specific edit also gives a count, so Measurable needs nothing of its own

        private RewritePlan(string source) => this.source = source;

        public static RewritePlan? Of(SmartAssessment a, SmartInput input, SmartContext context, string? sentence, SmartSignals? read)
        {
            if (sentence is null || sentence.Length > MaxRewriteLength * 2) return null;
            var source = Tidy(sentence);
            if (source.Length > MaxRewriteLength) return null;
            var signals = read is not null && source == sentence && read.Text.Lower.Length == source.Length ? read : new SmartSignals(new SmartText(source));
            var text = signals.Text;
            if (text.Lower.Length != source.Length) return null; // positions must map one to one
            var plan = new RewritePlan(source);
            if (text.IsBlank) return plan;
            var core = CoreEnd(text, source);
            // Never cut through the words the coach already reacted to: add after them instead.
            if (Cuts(signals, core)) core = End(source);
            if (a.Specific.Verdict != SmartVerdict.Met && !Filled(input.SpecificOutcome)) plan.edits[0] = plan.Specific(text, signals, core);
            if (a.Measurable.Verdict != SmartVerdict.Met && !Filled(input.DoneCriterion) && input.Target is null) plan.edits[1] = Measurable(text, signals, core);
            if (a.Achievable.Verdict != SmartVerdict.Met) plan.edits[2] = Achievable(input, context, text, core);
            // The reason goes last, after a date added at the same place.
            if (a.Relevant.Verdict != SmartVerdict.Met) plan.edits[3] = new Edit(End(source), 0, ", so that " + ReasonPlaceholder, 5);
            if (a.TimeBound.Verdict != SmartVerdict.Met && input.TargetDate is null) plan.edits[4] = TimeBound(context, text, signals, core);
            return plan;
        }

        /// <summary>The sentence with letter <paramref name="i"/>'s edit alone; null when it needs none or none can be made.</summary>
        public string? One(int i) => edits[i] is { } e ? Apply([e]) : null;

        /// <summary>The sentence with every letter's edit; null when there is nothing to change.</summary>
        public string? All()
        {
            var all = edits.Select((e, i) => (e, i)).Where(x => x.e is not null && !(x.i == 1 && resultCounts && edits[0] is not null))
                .Select(x => x.e!.Value).ToList();
            return all.Count == 0 ? null : Apply(all);
        }

        private string Apply(List<Edit> list)
        {
            var sb = new StringBuilder(source.Length + 120);
            var at = 0;
            // Edits at the same place keep letter order, but a reason comes after a date (its rank).
            foreach (var e in list.Select((e, i) => (e, i)).OrderBy(x => x.e.At).ThenBy(x => x.e.Rank == 0 ? x.i : x.e.Rank).Select(x => x.e))
            {
                if (e.At < at) continue; // overlaps an earlier replacement
                sb.Append(source, at, e.At - at).Append(e.Text);
                at = e.At + e.Length;
            }
            sb.Append(source, at, source.Length - at);
            var s = sb.ToString();
            return s.Length > 0 && char.IsLower(s[0]) && char.IsUpper(source.FirstOrDefault(char.IsLetter)) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
        }

        /// <summary>S: a growth verb becomes a result someone could see, using the person's topic; a habit gets a record of each time.</summary>
        private Edit Specific(SmartText text, SmartSignals s, int core)
        {
            var soft = text.Find(SmartPatterns.SoftSkill()) is not null || SmartRewriteWords.SoftWords().IsMatch(text.Lower);
            resultCounts = true;
            if (SmartRewriteWords.Exam().IsMatch(text.Lower)) return new Edit(core, 0, PassPractice);
            // The first growth phrase of the goal itself (not of its reason): "improve my Kotlin skills to grow as a developer".
            var vague = new[] { text.Find(SmartPatterns.VagueVerb()), text.Find(SmartPatterns.GenericVague()) }
                .Where(h => h is { } v && v.Index < core && !text.IsOffered(TopicEnd(text, v.End))).OrderBy(h => h!.Value.Index).FirstOrDefault();
            if (vague is { } v)
            {
                var end = TopicEnd(text, v.End);
                var hasTopic = end > v.End && text.ContentWordsOutside(new Hit(0, v.End)) > 0;
                return new Edit(end, 0, soft ? PractiseIt : hasTopic ? " by building one small project that uses it" : " by shipping one small feature end to end");
            }
            if (text.IsOffered(core)) return new Edit(End(source), 0, ". First result: build one small project that uses it");
            if (soft) return new Edit(core, 0, PractiseIt);
            return new Edit(core, 0, s.Cadence is not null ? " and record each session in a habit tracker" : " and show the result in one demo to my mentor");
        }

        private const string PassPractice = " and pass the practice exam with 80%";
        private const string PractiseIt = " by practising it in one meeting a week and asking my mentor for feedback";

        /// <summary>M: a count in place of "some", a size for a change, a pass mark for an exam, or a count of results.</summary>
        private static Edit Measurable(SmartText text, SmartSignals s, int core)
        {
            if (SmartRewriteWords.VagueQuantity().Match(text.Lower) is { Success: true } some)
                return new Edit(some.Index, some.Length, "3 ");
            if (text.Find(SmartPatterns.MetricDirection()) is not null) return new Edit(core, 0, " by 20%");
            if (SmartRewriteWords.Exam().IsMatch(text.Lower)) return new Edit(core, 0, PassPractice);
            if (s.Cadence is not null) return new Edit(core, 0, ", one finished session each time");
            return new Edit(core, 0, " and write one blog post about the result");
        }

        /// <summary>A: hours within what the person has, or the hours it will take when none are said.</summary>
        private static Edit? Achievable(SmartInput input, SmartContext context, SmartText text, int core)
        {
            if (input.HoursPerWeek is not null) return null; // the form's field wins over the text: the advice says what to change there
            var available = context.AvailableHoursPerWeek;
            if (available <= 0) return null;
            var fit = Math.Min(available ?? PaceYouCanKeep, PaceYouCanKeep);
            var (hours, _) = HoursPerWeek(input, text, context);
            if (hours is { } h && SmartPatterns.Effort().Match(text.Lower) is { Success: true } effort)
            {
                // "An hour of Rust every day" becomes "5 hours a week of Rust": the subject stays.
                var subject = effort.Groups["subject"];
                return h > MaxSustainableHoursPerWeek || h > available || h <= 0
                    ? new Edit(effort.Index, effort.Length, $"{SmartNumbers.Format(fit)} hours a week{text.Original(subject.Index, subject.Length)}")
                    : null;
            }
            if (Filled(input.Resources) || text.Find(SmartPatterns.Resource()) is not null || text.Find(SmartPatterns.SmallRhythm()) is not null)
                return null; // doable already: what is missing is a result or fewer other goals, which no rewrite of this sentence gives
            return new Edit(core, 0, $" with {SmartNumbers.Format(Math.Min(DefaultHoursPerWeek, fit))} hours a week");
        }

        /// <summary>T: a date in place of a rough horizon or a date out of range; a period for a rhythm; else a deadline.</summary>
        private static Edit? TimeBound(SmartContext context, SmartText text, SmartSignals s, int core)
        {
            var deadline = Deadline(context);
            var said = DayMonth(deadline, context.Today);
            var scan = DateScan.Find(text, context);
            if (scan.Dates.FirstOrDefault(d => d.Date is { } day && (day < context.Today || day > context.ProgrammeEnd)) is { Date: not null } late)
            {
                var length = late.Where.Length;
                while (length > 1 && text.Lower[late.Where.Index + length - 1] is '.' or ',' or ';') length--; // "1 March." keeps its full stop
                return new Edit(late.Where.Index, length, Lead(text, late.Where.Index) + said);
            }
            if (text.Find(SmartPatterns.Horizon()) is { } horizon)
                return new Edit(horizon.Index, horizon.Length, "by " + said);
            if (s.Cadence is not null)
                return new Edit(core, 0, context.ProgrammeEnd is null ? $" for the next {WeeksAheadWithoutProgramme} weeks" : " until " + said);
            return new Edit(core, 0, " by " + said);
        }

        /// <summary>"by " unless the date being replaced already follows a word such as "by", "before" or "on".</summary>
        private static string Lead(SmartText text, int at)
        {
            var before = text.Lower.AsSpan(0, at).TrimEnd();
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            return word is "by" or "before" or "on" or "until" or "till" or "at" or "in" ? "" : "by ";
        }
    }

    /// <summary>The programme's last day, or a date a few weeks ahead when there is no programme (or it is over).</summary>
    private static DateOnly Deadline(SmartContext context) =>
        context.ProgrammeEnd is { } end && end >= context.Today ? end : context.Today.AddDays(7 * WeeksAheadWithoutProgramme);

    /// <summary>"22 January"; with the year when it is not this year's or next year's next such day.</summary>
    private static string DayMonth(DateOnly date, DateOnly today) =>
        date.ToString(date <= today.AddMonths(11) ? "d MMMM" : "d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Whitespace as the coach reads it (runs collapsed, ends trimmed), so positions in its text are positions here.</summary>
    private static string Tidy(string sentence)
    {
        var sb = new StringBuilder(sentence.Length);
        foreach (var c in sentence.AsSpan().Trim())
        {
            if (!char.IsWhiteSpace(c)) { sb.Append(c); continue; }
            if (sb.Length > 0 && sb[^1] is ' ' or '\n')
            {
                if (c == '\n') sb[^1] = '\n';
                continue;
            }
            sb.Append(c == '\n' ? '\n' : ' ');
        }
        return sb.ToString();
    }

    private static bool Cuts(SmartSignals s, int at) =>
        new[] { s.Outcome, s.FinishLine, s.Counted, s.Action, s.Cadence }.Any(h => h is { } hit && hit.Index < at && at < hit.End);

    /// <summary>Where the text ends before its closing full stop (or other closing marks).</summary>
    private static int End(string source) => source.AsSpan().TrimEnd(".!?;:, \n").Length;

    /// <summary>Where the goal's main clause ends: before a closing reason ("so that …", ", because …", ", to …"), else at the end.</summary>
    private static int CoreEnd(SmartText text, string source)
    {
        var end = End(source);
        var m = SmartRewriteWords.ReasonClause().Match(text.Lower);
        for (var i = 0; m.Success && i < 8; i++, m = m.NextMatch())
        {
            var at = m.Index;
            var sentenceEnd = text.Lower.IndexOfAny(['.', ';', '!', '?', '\n'], at);
            if (sentenceEnd < 0 || sentenceEnd >= end) return at > 0 && at <= end ? at : end;
        }
        return end;
    }

    /// <summary>Where the topic of a growth verb ends: at a comma, a reason, a date, the help named, or the sentence's end.</summary>
    private static int TopicEnd(SmartText text, int from)
    {
        var m = SmartRewriteWords.TopicBoundary().Match(text.Lower, from);
        var sentenceEnd = text.Lower.IndexOfAny(['.', ';', '!', '?', '\n'], from);
        var end = m.Success ? m.Index : text.Lower.Length;
        if (sentenceEnd >= 0 && sentenceEnd < end) end = sentenceEnd;
        return end;
    }
}
