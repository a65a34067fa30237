using System.Text.RegularExpressions;

namespace Thrive.Domain.Goals;

/// <summary>
/// The few patterns only the rewrites need, over <see cref="SmartText.Lower"/>: where a sentence's main clause ends, where
/// the topic of a growth verb ends, and vague quantities to replace with a count. Bounded like <see cref="SmartPatterns"/>.
/// </summary>
internal static partial class SmartRewriteWords
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>"some", "a few", "a couple of" before a plural: "write some tests", "work on some side projects".</summary>
    [GeneratedRegex(@"\b(?:some|a few|a couple of|several|a number of|more) (?=(?:[\p{L}-]{2,20} )?[\p{L}-]{2,30}s\b)(?!of\b)", Options)]
    internal static partial Regex VagueQuantity();

    [GeneratedRegex(@"\b(?:exams?|certifications?|certificates?|certs?)\b", Options)]
    internal static partial Regex Exam();

    /// <summary>Soft skills the coach's own list doesn't name.</summary>
    [GeneratedRegex(@"\b(?:saying no|confident|communicat\p{L}{0,10}|speaking|presenting|organised|organized|assertive)\b", Options)]
    internal static partial Regex SoftWords();

    /// <summary>The start of a closing reason: " so that …", ", because …", ", to practise …", ", which will help …".</summary>
    [GeneratedRegex(@"(?:, ?| )(?:so that|so (?!i'd like|i would like|i want|i'll|i will|i plan|i need|i'm going)(?:i|i'd|i'm|we|my|our|the|a|nobody|no one|people|they|he|she)|because|since|in order to)\b"
        + @"|, ?(?:to \p{L}|which (?:will|would)\b)", Options)]
    internal static partial Regex ReasonClause();

    /// <summary>What ends the topic of "learn …", "get better at …": a comma, a reason, a date or span, the help named.</summary>
    [GeneratedRegex(@",| (?:so|because|since|to|by|before|until|till|in the|over the|at some|within|for the next|with|this|next|soon|one day|someday|while|as|during|on)\b", Options)]
    internal static partial Regex TopicBoundary();
}
