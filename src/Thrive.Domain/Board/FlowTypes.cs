namespace Thrive.Domain.Board;

/// <summary>What a board column means for flow: waiting, being worked on, or finished.</summary>
public enum ColumnKind { ToDo, InProgress, Done }

/// <summary>One move of a task into a column of the given kind, at an instant (UTC).</summary>
public readonly record struct FlowMove(DateTimeOffset At, ColumnKind To);

/// <summary>
/// A task's flow history: when it was created (in a column of <see cref="InitialKind"/>) and every later move,
/// oldest first. Flow metrics are computed from these alone; no nightly job is needed.
/// </summary>
public sealed record TaskFlow(Guid TaskId, Guid? GoalId, DateTimeOffset CreatedAt, ColumnKind InitialKind, IReadOnlyList<FlowMove> Moves);
