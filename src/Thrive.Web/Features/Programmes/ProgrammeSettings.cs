namespace Thrive.Web.Features.Programmes;

/// <summary>
/// A programme's name, calendar, phases and status: the fields creating and changing a programme share, bound by
/// both forms (one partial renders them) and read from both request bodies.
/// </summary>
public record ProgrammeSettings
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public DateOnly StartDate { get; init; }
    public int LengthWeeks { get; init; } = 12;
    public SessionCadence Cadence { get; init; } = SessionCadence.Weekly;
    public ProgrammeStatus Status { get; init; } = ProgrammeStatus.Draft;

    /// <summary>The last week of "getting to know each other"; empty for the default (about a sixth of the weeks).</summary>
    public int? GettingToKnowEndWeek { get; init; }

    /// <summary>The last week of "working on goals"; empty for the default.</summary>
    public int? GoalsEndWeek { get; init; }

    public ProgrammeDetails ToDetails() => new(Name ?? "", Description, StartDate, LengthWeeks, Cadence,
        GettingToKnowEndWeek is { } p1 && GoalsEndWeek is { } p2 ? (p1, p2) : null);
}
