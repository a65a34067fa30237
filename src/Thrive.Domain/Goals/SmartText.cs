using System.Text.RegularExpressions;

namespace Thrive.Domain.Goals;

/// <summary>Where something was found in the normalised text.</summary>
internal readonly record struct Hit(int Index, int Length)
{
    public int End => Index + Length;
}

/// <summary>
/// A goal's text prepared for scanning: capped, lower-cased, curly quotes and dashes straightened and
/// whitespace runs collapsed, with a map back to the original so quotes show the person's own words.
/// </summary>
internal sealed class SmartText
{
    /// <summary>Only this much is read: a goal is a few sentences, and the cap keeps pasted essays fast.</summary>
    public const int MaxScanLength = 5000;
    private const int MaxQuoteLength = 60;
    private static readonly char[] QuoteEdges = [':', ';', ',', '.', '!', '?', '-', '–', ' '];

    private readonly string source;
    private readonly int[] map;

    public SmartText(string? text)
    {
        source = Cap(text ?? "");
        (Lower, map, WordCount) = Normalise(source);
    }

    /// <summary>The normalised text every pattern runs on.</summary>
    public string Lower { get; }

    public int WordCount { get; }

    public bool IsBlank => WordCount == 0;

    public Hit? Find(Regex pattern)
    {
        var m = pattern.Match(Lower);
        return m.Success ? new Hit(m.Index, m.Length) : null;
    }

    /// <summary>The person's own words for a hit, trimmed and shortened, in single quotes.</summary>
    public string Quote(Hit hit)
    {
        if (hit.Length == 0 || map.Length == 0) return "''";
        var words = Original(hit.Index, hit.Length).Trim(QuoteEdges);
        if (words.Length > MaxQuoteLength) words = string.Concat(words.AsSpan(0, MaxQuoteLength - 1).TrimEnd(), "…");
        return $"'{words}'";
    }

    /// <summary>The person's own words for a span of the normalised text, as written (no quotes, not shortened).</summary>
    public string Original(int index, int length)
    {
        if (length <= 0 || map.Length == 0) return "";
        return source[map[index]..(map[Math.Min(index + length, map.Length) - 1] + 1)];
    }

    /// <summary>True when the person wrote the character at <paramref name="index"/> as a capital: a name or a title.</summary>
    public bool IsCapitalised(int index) => index < map.Length && char.IsUpper(source[map[index]]);

    /// <summary>True when the sentence, up to <paramref name="index"/>, offers options rather than a commitment.</summary>
    public bool IsOffered(int index) => BeforeInSentence(index, SmartPatterns.OptionMarker());

    /// <summary>True when the position lies in a purpose clause of its sentence ("… so I can build my portfolio"): the reason, not the goal.</summary>
    public bool InPurpose(int index) => BeforeInSentence(index, SmartPatterns.PurposeStart());

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(".;!?\n,");

    /// <summary>True when the clause turns down what follows: "I don't want to pass the CKA".</summary>
    public bool Negated(int index) => BeforeInSentence(index, SmartPatterns.NegatedBefore(), ClauseEnds);

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".;!?\n");

    /// <summary>True when <paramref name="pattern"/> matches the words of the sentence (or clause) before <paramref name="index"/>.</summary>
    private bool BeforeInSentence(int index, Regex pattern, System.Buffers.SearchValues<char>? ends = null)
    {
        var start = Lower.AsSpan(0, index).LastIndexOfAny(ends ?? SentenceEnds) + 1;
        return pattern.IsMatch(Lower.AsSpan(start, index - start));
    }

    /// <summary>True when nothing ends a sentence before the hit: short goals are one sentence, and background comes after the goal or in long texts.</summary>
    public bool InFirstSentence(Hit hit) => Lower.AsSpan(0, hit.Index).IndexOfAny(SentenceEnds) < 0;

    /// <summary>The sentence around a hit, from the last full stop (or similar) before it to the next one after it.</summary>
    public ReadOnlySpan<char> SentenceOf(Hit hit)
    {
        var start = Lower.AsSpan(0, hit.Index).LastIndexOfAny(SentenceEnds) + 1;
        var rest = Lower.AsSpan(hit.Index);
        var end = rest.IndexOfAny(SentenceEnds);
        return Lower.AsSpan(start, (end < 0 ? Lower.Length : hit.Index + end) - start);
    }

    /// <summary>Words outside <paramref name="hit"/> that carry meaning (not "I want to", "my", "better").</summary>
    public int ContentWordsOutside(Hit hit)
    {
        var count = 0;
        var i = 0;
        while (i < Lower.Length)
        {
            if (!char.IsLetterOrDigit(Lower[i])) { i++; continue; }
            var start = i;
            while (i < Lower.Length && (char.IsLetterOrDigit(Lower[i]) || Lower[i] == '\'')) i++;
            if (start >= hit.Index && start < hit.End) continue;
            if (!Filler.Contains(Lower.AsSpan(start, i - start))) count++;
        }
        return count;
    }

    /// <summary>The first word that names something particular (a topic, a skill, a setting), not filler or a word like "career" or "grow".</summary>
    public Hit? ParticularWord()
    {
        var i = 0;
        while (i < Lower.Length)
        {
            if (!char.IsLetterOrDigit(Lower[i])) { i++; continue; }
            var start = i;
            while (i < Lower.Length && (char.IsLetterOrDigit(Lower[i]) || Lower[i] is '\'' or '-')) i++;
            var word = Lower.AsSpan(start, i - start);
            if (!Filler.Contains(word) && !SmartPatterns.GenericWord().IsMatch(word)) return new Hit(start, i - start);
        }
        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Filler = new HashSet<string>(StringComparer.Ordinal)
    {
        "i", "i'm", "i'd", "i'll", "me", "my", "myself", "a", "an", "the", "and", "or", "to", "be", "at", "in", "on", "of", "it", "is",
        "so", "as", "for", "with", "want", "wants", "would", "like", "goal", "goals", "aim", "more", "really", "this", "that", "some",
        "things", "stuff", "just", "also", "very", "much", "lot", "get", "got", "better", "need", "try", "trying", "will", "can", "able",
        "skills", "skill", "general", "overall", "everything", "am", "do", "hope", "plan",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Cap(string text)
    {
        if (text.Length <= MaxScanLength) return text;
        var length = char.IsHighSurrogate(text[MaxScanLength - 1]) ? MaxScanLength - 1 : MaxScanLength;
        return text[..length];
    }

    private static (string Lower, int[] Map, int Words) Normalise(string text)
    {
        var chars = new char[text.Length];
        var map = new int[text.Length];
        var n = 0;
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                var newline = c == '\n';
                if (n == 0) continue;
                if (chars[n - 1] is ' ' or '\n')
                {
                    if (newline) chars[n - 1] = '\n';
                    continue;
                }
                chars[n] = newline ? '\n' : ' ';
                map[n++] = i;
                continue;
            }
            var folded = Fold(c);
            if (char.IsLetterOrDigit(folded))
            {
                if (!inWord) words++;
                inWord = true;
            }
            else inWord = false;
            chars[n] = folded;
            map[n++] = i;
        }
        return (new string(chars, 0, n), map[..n], words);
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
