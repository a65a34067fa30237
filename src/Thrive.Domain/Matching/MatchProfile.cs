using Thrive.Domain.Intake;
using Thrive.Domain.MentorTypes;

namespace Thrive.Domain.Matching;

/// <summary>
/// One side of a candidate pair, as matching sees it; <see cref="OpenPairs"/> counts against a mentor's capacity.
/// <see cref="MentorType"/> is the person's mentor-type quiz (for a mentee: the mentor they would like), null before they take it.
/// </summary>
public sealed record MatchPerson(Guid UserId, string Name, string Email, ApplicationAnswers Answers, int OpenPairs = 0, MentorTypeScores? MentorType = null);

/// <summary>A person's application read once for scoring: item sets, stated days and the time-zone offset.</summary>
internal sealed class MatchProfile
{
    private static readonly char[] Separators = [',', ';', '/', '|', '\n', '\r'];
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public MatchProfile(MatchPerson person, DateTimeOffset now)
    {
        Person = person;
        var a = person.Answers;
        Stack = Items(a.TechStack);
        Interests = Items(a.Interests);
        Days = StatedDays(a.Availability);
        OffsetHours = TimeZones.Find(a.TimeZone).GetUtcOffset(now).TotalHours;
    }

    public MatchPerson Person { get; }
    public HashSet<string> Stack { get; }
    public HashSet<string> Interests { get; }
    /// <summary>Days named in the availability (bit 0 = Monday); 0 when none are named.</summary>
    public int Days { get; }
    public double OffsetHours { get; }

    /// <summary>"C#, SQL / Azure" → {c#, sql, azure}; items longer than 40 characters are sentences, not items.</summary>
    internal static HashSet<string> Items(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(s => s.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length is > 0 and <= 40)
            .Select(s => s.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    internal static int StatedDays(string? availability)
    {
        var words = (availability ?? "").ToLowerInvariant();
        var days = 0;
        for (var i = 0; i < DayNames.Length; i++)
            if (words.Contains(DayNames[i], StringComparison.Ordinal)) days |= 1 << i;
        if (words.Contains("weekday", StringComparison.Ordinal)) days |= 0b0011111;
        if (words.Contains("weekend", StringComparison.Ordinal)) days |= 0b1100000;
        return days;
    }
}
