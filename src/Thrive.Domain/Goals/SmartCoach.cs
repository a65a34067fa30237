using System.Text.RegularExpressions;
namespace Thrive.Domain.Goals;

/// <summary>
/// Reads a goal and says, letter by letter, whether it is Specific, Measurable, Achievable, Relevant and
/// Time-bound: a verdict, the reasons (quoting the words it reacted to) and what to do next.
/// Deterministic and explainable: fixed vocabulary and rules, no network, time passed in.
/// A filled structured field is strong evidence and wins over the free text.
/// </summary>
public static partial class SmartCoach
{
    public static SmartAssessment Assess(SmartInput input, SmartContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return AssessText(input, context);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern ran away on this text (see SmartPatterns.MatchTimeoutMs): judge the form's fields alone, and say so.
            var fields = AssessText(input with { Text = "" }, context);
            return fields with
            {
                Specific = fields.Specific with
                {
                    Reasons = [.. fields.Specific.Reasons, "The coach could not finish reading the text, so these verdicts come from the form's fields only."],
                },
            };
        }
    }

    private static SmartAssessment AssessText(SmartInput input, SmartContext context)
    {
        var signals = new SmartSignals(new SmartText(input.Text));
        var specific = Specific(input, signals);
        var assessment = new SmartAssessment(
            specific,
            Measurable(input, signals),
            Achievable(input, context, signals, specific.Verdict),
            Relevant(input, signals),
            TimeBound(input, context, signals));
        return WithRewrites(assessment, input, context, input.Text, signals);
    }

    private static bool Filled(string? field) => !string.IsNullOrWhiteSpace(field);

    /// <summary>A structured field's words in quotes, shortened like text quotes.</summary>
    private static string QuoteField(string field)
    {
        var text = new SmartText(field);
        return text.Quote(new Hit(0, text.Lower.Length));
    }

    /// <summary>Collects the reasons and suggestions for one letter.</summary>
    private sealed class Notes
    {
        private readonly List<string> reasons = [];
        private readonly List<string> suggestions = [];

        public Notes Because(string reason)
        {
            reasons.Add(reason);
            return this;
        }

        public Notes Suggest(string suggestion)
        {
            if (!suggestions.Contains(suggestion)) suggestions.Add(suggestion);
            return this;
        }

        public SmartCriterion Verdict(SmartVerdict verdict) => new(verdict, reasons.ToArray(), suggestions.ToArray());
    }
}
