using Thrive.Domain.Goals;

namespace Thrive.Domain.Tests.SmartCorpus;

/// <summary>
/// The coach on the development part of the labelled corpus, as a table: every sentence and letter agrees with its
/// label, or is one of the disagreements recorded in development-disagreements.tsv with the verdict the coach gives.
/// A rule that fixes one must remove it from the list (bench: smart-accuracy --write-disagreements), and a rule that
/// breaks an agreement fails here. These tests never read the held-out part.
/// </summary>
public sealed class SmartCorpusTests
{
    private static readonly string Folder = LabelledCorpus.Folder(AppContext.BaseDirectory);
    private static readonly IReadOnlyList<LabelledSentence> Development = LabelledCorpus.Read(Path.Combine(Folder, LabelledCorpus.DevelopmentFile));

    private static readonly Dictionary<(string Id, char Letter), SmartVerdict> Known = File.ReadAllLines(Path.Combine(Folder, LabelledCorpus.DisagreementsFile))
        .Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
        .ToDictionary(f => (f[0], f[1][0]), f => Enum.Parse<SmartVerdict>(f[3], ignoreCase: true));

    public static TheoryData<string> Ids() => new(Development.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_sentence_of_the_development_part_gets_its_labels_or_a_recorded_disagreement(string id)
    {
        var sentence = Development.Single(s => s.Id == id);
        var assessment = SmartCoach.Assess(new SmartInput(sentence.Text), LabelledCorpus.Context);
        foreach (var letter in LabelledCorpus.Letters)
        {
            var coach = LabelledCorpus.Coach(assessment, letter);
            var expected = Known.TryGetValue((id, letter), out var recorded) ? recorded : sentence.Label(letter);
            Assert.True(coach == expected,
                $"{id} {letter}: the coach says {coach}, expected {expected} (label {sentence.Label(letter)}{(Known.ContainsKey((id, letter)) ? ", a recorded disagreement" : "")}): {sentence.Text}");
        }
    }

    [Fact]
    public void The_corpus_is_labelled_throughout_and_was_split_once_by_its_seed()
    {
        var heldOutIds = File.ReadAllLines(Path.Combine(Folder, LabelledCorpus.HeldOutFile)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).ToList();
        var all = Development.Select(s => s.Id).Concat(heldOutIds).ToList();
        Assert.True(all.Count >= 300, $"Only {all.Count} sentences.");
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.True(heldOutIds.Count >= 80);
        Assert.All(heldOutIds, id => Assert.True(LabelledCorpus.IsHeldOutBySplit(id, all), $"{id} is held out but the split puts it in the development part."));
        Assert.All(Development, s => Assert.False(LabelledCorpus.IsHeldOutBySplit(s.Id, all), $"{s.Id} is in the development part but the split holds it out."));
        // Each of S, M, R and T has met and not-met sentences in good number, so agreement means something.
        foreach (var letter in new[] { 'S', 'M', 'R', 'T' })
        {
            var met = Development.Count(s => s.Label(letter) == SmartVerdict.Met);
            Assert.InRange(met, Development.Count / 5, Development.Count * 4 / 5);
        }
    }

    [Fact]
    public void The_recorded_disagreements_are_of_the_development_part()
    {
        var ids = Development.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(Known.Keys, k => Assert.Contains(k.Id, ids));
    }

    [Fact]
    public void Only_the_figures_test_reads_the_held_out_part()
    {
        var root = Path.GetFullPath(Path.Combine(Folder, ".."));
        var readers = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("HeldOutFile", StringComparison.Ordinal) || File.ReadAllText(f).Contains("held-out.tsv", StringComparison.Ordinal))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["LabelledCorpus.cs", "SmartCorpusFiguresTests.cs", "SmartCorpusTests.cs"], readers);
    }
}

/// <summary>
/// Shuffled words of the development part, with punctuation and capitals: no pattern may throw or run away on them.
/// (.NET's generated regex code once threw IndexOutOfRangeException on a lazy loop of words.)
/// </summary>
public sealed class SmartCoachShuffleTests
{
    [Fact]
    public void Shuffled_goal_words_never_break_the_coach()
    {
        var folder = LabelledCorpus.Folder(AppContext.BaseDirectory);
        var words = LabelledCorpus.Read(Path.Combine(folder, LabelledCorpus.DevelopmentFile))
            .SelectMany(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(2026);
        string[] marks = [" ", " ", " ", ", ", ". ", "; ", "? ", " - ", ": "];
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => words[random.Next(words.Length)] + marks[random.Next(marks.Length)]));
            var a = SmartCoach.Assess(new SmartInput(text), LabelledCorpus.Context);
            Assert.InRange(a.Score, 0m, 5m);
        }
    }
}
