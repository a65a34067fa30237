namespace Thrive.Web.Features.Board;

/// <summary>What a person writes on a card, when adding it and when editing it: its title, its goal (none for the inbox), notes and due date.</summary>
public abstract record CardFields
{
    public string? Title { get; init; }
    public Guid? GoalId { get; init; }
    public string? Notes { get; init; }
    public DateOnly? DueDate { get; init; }
}
