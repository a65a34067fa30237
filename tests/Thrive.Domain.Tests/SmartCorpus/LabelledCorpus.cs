using System.Globalization;
using Thrive.Domain.Goals;

namespace Thrive.Domain.Tests.SmartCorpus;

/// <summary>One goal sentence of the labelled corpus with a careful reader's verdict per SMART letter (docs/smart-coach.md).</summary>
public sealed record LabelledSentence(string Id, string Text, SmartVerdict S, SmartVerdict M, SmartVerdict A, SmartVerdict R, SmartVerdict T, string Note)
{
    public SmartVerdict Label(char letter) => letter switch { 'S' => S, 'M' => M, 'A' => A, 'R' => R, 'T' => T, _ => throw new ArgumentOutOfRangeException(nameof(letter)) };
}

/// <summary>Per letter: how often the coach agrees with the labels, and how precise and complete its "met" is.</summary>
public sealed record LetterFigures(char Letter, int Sentences, double MetAgreement, double ThreeWayAgreement, double MetPrecision, double MetRecall);

/// <summary>
/// The labelled corpus of goal sentences (tests/Thrive.Domain.Tests/SmartCorpus): a development part that rules are
/// tuned on and a held-out part that is read only by the figures test and the bench. The parts were split once from
/// one file: sentences ordered by the SHA-256 of "2026:" and their id, the last 90 held out
/// (<see cref="IsHeldOutBySplit"/> recomputes it). All are judged in one fixed context.
/// </summary>
public static class LabelledCorpus
{
    public const string DevelopmentFile = "development.tsv";
    public const string HeldOutFile = "held-out.tsv";
    public const int HeldOutSize = 90;
    public static readonly char[] Letters = ['S', 'M', 'A', 'R', 'T'];

    /// <summary>Monday 2 March 2026, in a 12-week programme that ends on 25 May 2026, with 6 hours a week and no other goal.</summary>
    public static readonly SmartContext Context = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 25), AvailableHoursPerWeek: 6, OtherActiveGoals: 0,
        ProgrammeStart: new DateOnly(2026, 3, 2), NextSession: new DateOnly(2026, 3, 9));

    /// <summary>The folder of the corpus files in this repository (found above <paramref name="from"/>).</summary>
    public static string Folder(string from)
    {
        var dir = new DirectoryInfo(from);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Thrive.slnx"))) dir = dir.Parent;
        return dir is null ? throw new InvalidOperationException("The repository root (Thrive.slnx) is not above " + from)
            : Path.Combine(dir.FullName, "tests", "Thrive.Domain.Tests", "SmartCorpus");
    }

    public static IReadOnlyList<LabelledSentence> Read(string path) => File.ReadAllLines(path).Skip(1)
        .Where(l => l.Length > 0)
        .Select(l => l.Split('\t'))
        .Select(f => f.Length is 7 or 8
            ? new LabelledSentence(f[0], f[1], Verdict(f[2]), Verdict(f[3]), Verdict(f[4]), Verdict(f[5]), Verdict(f[6]), f.Length == 8 ? f[7] : "")
            : throw new FormatException($"{path}: a line has {f.Length} fields: {string.Join(" | ", f)}"))
        .ToList();

    private static SmartVerdict Verdict(string label) => label switch
    {
        "met" => SmartVerdict.Met,
        "weak" => SmartVerdict.Weak,
        "missing" => SmartVerdict.Missing,
        _ => throw new FormatException($"Not a label: '{label}' (met, weak or missing)."),
    };

    /// <summary>Whether the one-time split puts <paramref name="id"/> in the held-out part, given every id of the corpus.</summary>
    public static bool IsHeldOutBySplit(string id, IReadOnlyCollection<string> allIds) =>
        allIds.OrderBy(Key, StringComparer.Ordinal).TakeLast(HeldOutSize).Contains(id, StringComparer.Ordinal);

    private static string Key(string id) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("2026:" + id)));

    public static SmartVerdict Coach(SmartAssessment a, char letter) => letter switch
    {
        'S' => a.Specific.Verdict, 'M' => a.Measurable.Verdict, 'A' => a.Achievable.Verdict, 'R' => a.Relevant.Verdict, 'T' => a.TimeBound.Verdict,
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };

    /// <summary>The coach's figures per letter on <paramref name="sentences"/>.</summary>
    public static IReadOnlyList<LetterFigures> Figures(IReadOnlyList<LabelledSentence> sentences)
    {
        var assessed = sentences.Select(s => (Sentence: s, Coach: SmartCoach.Assess(new SmartInput(s.Text), Context))).ToList();
        return Letters.Select(letter =>
        {
            var pairs = assessed.Select(x => (Label: x.Sentence.Label(letter), Coach: Coach(x.Coach, letter))).ToList();
            var metBoth = pairs.Count(p => p.Label == SmartVerdict.Met && p.Coach == SmartVerdict.Met);
            var coachMet = pairs.Count(p => p.Coach == SmartVerdict.Met);
            var labelMet = pairs.Count(p => p.Label == SmartVerdict.Met);
            return new LetterFigures(letter, pairs.Count,
                Share(pairs.Count(p => (p.Label == SmartVerdict.Met) == (p.Coach == SmartVerdict.Met)), pairs.Count),
                Share(pairs.Count(p => p.Label == p.Coach), pairs.Count),
                Share(metBoth, coachMet), Share(metBoth, labelMet));
        }).ToList();
    }

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>The figures as a Markdown table, for docs/smart-coach.md and the bench.</summary>
    public static string Table(IReadOnlyList<LetterFigures> figures) =>
        "| letter | sentences | met or not: agreement | three-way agreement | precision of met | recall of met |\n|---|---:|---:|---:|---:|---:|\n" +
        string.Concat(figures.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"| {f.Letter} | {f.Sentences} | {f.MetAgreement * 100:0}% | {f.ThreeWayAgreement * 100:0}% | {f.MetPrecision * 100:0}% | {f.MetRecall * 100:0}% |\n")));

    public const string DisagreementsFile = "development-disagreements.tsv";

    /// <summary>Where the coach's verdict differs from the label on the development part: id, letter, label, coach.</summary>
    public static IReadOnlyList<(string Id, char Letter, SmartVerdict Label, SmartVerdict Coach)> Disagreements(IReadOnlyList<LabelledSentence> development) =>
        development.SelectMany(s =>
        {
            var a = SmartCoach.Assess(new SmartInput(s.Text), Context);
            return Letters.Select(l => (s.Id, Letter: l, Label: s.Label(l), Coach: Coach(a, l)));
        }).Where(x => x.Label != x.Coach).ToList();

    /// <summary>The disagreements as the file holds them (a header, then one line each, in corpus order).</summary>
    public static string DisagreementsText(IReadOnlyList<(string Id, char Letter, SmartVerdict Label, SmartVerdict Coach)> rows) =>
        "id\tletter\tlabel\tcoach\n" + string.Concat(rows.Select(r => $"{r.Id}\t{r.Letter}\t{Name(r.Label)}\t{Name(r.Coach)}\n"));

    public static string Name(SmartVerdict v) => v switch { SmartVerdict.Met => "met", SmartVerdict.Weak => "weak", _ => "missing" };
}
