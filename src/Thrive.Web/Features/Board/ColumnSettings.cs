namespace Thrive.Web.Features.Board;

/// <summary>What a column is: its name, what it means for the flow metrics, and its work-in-progress limit (a warning, or blocking moves past it).</summary>
public abstract record ColumnSettings
{
    public string? Name { get; init; }

    /// <summary>To do when not given. Nullable so that each column's settings form shows its own meaning, not the bound one.</summary>
    public ColumnKind? Kind { get; init; }

    public int? WipLimit { get; init; }
    public bool WipBlocks { get; init; }
}
