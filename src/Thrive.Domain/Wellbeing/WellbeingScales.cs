namespace Thrive.Domain.Wellbeing;

/// <summary>The five scales of a weekly check-in, each from 1 to 5, with the words at either end.</summary>
public enum WellbeingScale { Stress, Energy, Sleep, Rest, Workload }

public static class WellbeingScales
{
    public const int Min = 1;
    public const int Max = 5;

    public static readonly IReadOnlyList<WellbeingScale> All = Enum.GetValues<WellbeingScale>();

    /// <summary>The question a scale answers, as the form and the table show it.</summary>
    public static string Question(WellbeingScale s) => s switch
    {
        WellbeingScale.Stress => "How stressed did you feel?",
        WellbeingScale.Energy => "How was your energy?",
        WellbeingScale.Sleep => "How well did you sleep?",
        WellbeingScale.Rest => "How much time off code did you get?",
        _ => "How heavy was your workload?",
    };

    /// <summary>The words at 1 and at 5.</summary>
    public static (string Low, string High) Ends(WellbeingScale s) => s switch
    {
        WellbeingScale.Stress => ("calm", "overwhelmed"),
        WellbeingScale.Energy => ("drained", "full of energy"),
        WellbeingScale.Sleep => ("badly", "very well"),
        WellbeingScale.Rest => ("none", "plenty"),
        _ => ("light", "crushing"),
    };

    public static string Name(WellbeingScale s) => s == WellbeingScale.Rest ? "time off code" : s.ToString().ToLowerInvariant();
}

/// <summary>How a coping strategy worked when it was tried.</summary>
public enum CopingOutcome { Helped, HelpedALittle, DidNotHelp }
