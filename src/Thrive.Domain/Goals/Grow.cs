namespace Thrive.Domain.Goals;

public enum GrowStage { Goal, Reality, Options, WayForward }

public sealed record GrowPrompt(int Number, GrowStage Stage, string Question);

/// <summary>One answer of a goal's GROW worksheet.</summary>
public sealed class GrowAnswer
{
    public const int TextMax = 2000;

    private GrowAnswer() { Text = ""; }

    public Guid GoalId { get; private set; }
    public int Prompt { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static GrowAnswer Of(Guid goalId, int prompt, string text, DateTimeOffset now) =>
        new() { GoalId = goalId, Prompt = prompt, Text = text, UpdatedAt = now };

    public void Change(string text, DateTimeOffset now) { Text = text; UpdatedAt = now; }
}

/// <summary>The guide's twenty GROW questions, five per stage, in Thrive's words.</summary>
public static class GrowPrompts
{
    public const int FirstStep = 16;
    public const int Accountability = 18;
    public const int Celebration = 20;

    public static readonly IReadOnlyList<GrowPrompt> All =
    [
        new(1, GrowStage.Goal, "What is your goal?"),
        new(2, GrowStage.Goal, "Why do you want to reach it?"),
        new(3, GrowStage.Goal, "What will be better once you have reached it?"),
        new(4, GrowStage.Goal, "How will you know you have reached it?"),
        new(5, GrowStage.Goal, "What happens if you don't reach it?"),
        new(6, GrowStage.Reality, "What have you already done towards it?"),
        new(7, GrowStage.Reality, "What do you need to reach it?"),
        new(8, GrowStage.Reality, "What is the biggest obstacle in your way right now?"),
        new(9, GrowStage.Reality, "What is your inner critic telling you?"),
        new(10, GrowStage.Reality, "Which fears are showing up?"),
        new(11, GrowStage.Options, "Which actions could move you towards the goal?"),
        new(12, GrowStage.Options, "What does each option give you, and what does it cost?"),
        new(13, GrowStage.Options, "If money were no obstacle, what would you do?"),
        new(14, GrowStage.Options, "Which step do you feel ready to take?"),
        new(15, GrowStage.Options, "Which of your strengths can carry you forward?"),
        new(FirstStep, GrowStage.WayForward, "What is your first step?"),
        new(17, GrowStage.WayForward, "What could stop you from taking that first step?"),
        new(Accountability, GrowStage.WayForward, "How do you want to be held accountable for this goal?"),
        new(19, GrowStage.WayForward, "What else should you think about before you start?"),
        new(Celebration, GrowStage.WayForward, "How will you celebrate when you reach it?"),
    ];

    public static string Title(GrowStage s) => s switch
    {
        GrowStage.Goal => "Goal", GrowStage.Reality => "Reality", GrowStage.Options => "Options", _ => "Way forward",
    };
}
