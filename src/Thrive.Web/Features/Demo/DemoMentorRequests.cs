namespace Thrive.Web.Features.Demo;

/// <summary>
/// Mentee choice in the demo's second programme: Tunde's request has waited two days at Chiamaka; Neha's has waited
/// past the five-day limit at Arjun (the next pass hands it to Priya, her second choice); Tom declined Daniel with a
/// reason and the request passed on to Willem yesterday. So the directory, the request pages and every home page
/// (the mentors', the mentees', the coordinator's) have something believable to show.
/// </summary>
internal static class DemoMentorRequests
{
    public static void Add(ThriveDbContext db, Guid programmeId, IReadOnlyDictionary<string, Guid> ids, DateTimeOffset now)
    {
        Ask(db, programmeId, ids, "tunde.bakare@thrive.test", ["chiamaka.obi@thrive.test"], now.AddDays(-2),
            "I finished a bootcamp in September; I would love help with React and a first portfolio.");
        Ask(db, programmeId, ids, "neha.sharma@thrive.test", ["arjun.mehta@thrive.test", "priya.naidoo@thrive.test"], now.AddDays(-7),
            "Your move from analyst to engineer is exactly the one I want to make.");
        var daniel = Ask(db, programmeId, ids, "daniel.okoro@thrive.test", ["tom.hendriks@thrive.test", "willem.degroot@thrive.test"], now.AddDays(-3),
            "I have been offered a team lead role and would value an outside view.");
        _ = MentorChoice.Decline(daniel, daniel[0].Id, "My Fridays are full until the spring. Willem has led teams for years and is a great fit for this question.", now.AddDays(-1));
    }

    private static List<MentorRequest> Ask(ThriveDbContext db, Guid programmeId, IReadOnlyDictionary<string, Guid> ids, string mentee, string[] mentors, DateTimeOffset at, string note)
    {
        var mine = new List<MentorRequest>();
        foreach (var mentor in mentors)
        {
            var made = MentorChoice.Request(programmeId, ids[mentee], mine, new MentorChoice.Target(ids[mentor], 1, false), mentors[0] == mentor ? note : null, at);
            mine.Add(made.Value!);
            db.MentorRequests.Add(made.Value!);
        }
        return mine;
    }
}
