namespace Thrive.Domain.Matching;

/// <summary>How recently a mentor was active, in words a mentee reads in the directory: never an exact time.</summary>
public enum RecentActivity { NotLately, Last30Days, ThisWeek }

public static class RecentActivityRule
{
    public static RecentActivity Of(DateTimeOffset? last, DateTimeOffset now) => last switch
    {
        null => RecentActivity.NotLately,
        { } t when now - t <= TimeSpan.FromDays(7) => RecentActivity.ThisWeek,
        { } t when now - t <= TimeSpan.FromDays(30) => RecentActivity.Last30Days,
        _ => RecentActivity.NotLately,
    };

    public static string Words(RecentActivity a) => a switch
    {
        RecentActivity.ThisWeek => "active this week",
        RecentActivity.Last30Days => "active in the last 30 days",
        _ => "not active lately",
    };
}
