namespace Thrive.Web.Features.Demo;

/// <summary>
/// The demo people's mentor-type quizzes: each mentor's own type, each mentee's wish for the mentor they would like.
/// Two of the Winter cohort's mentees have not taken it, so that matching shows "no quiz yet" beside the others' points.
/// </summary>
internal static class DemoMentorTypes
{
    /// <summary>Yes to every question of the first type and to the first two of the second: a clear top type with a leaning.</summary>
    private static readonly Dictionary<string, (MentorType Main, MentorType Also)> Quizzes = new(StringComparer.Ordinal)
    {
        // The spring cohort
        ["mentor@thrive.test"] = (MentorType.Coach, MentorType.Challenger),
        ["mentee@thrive.test"] = (MentorType.Coach, MentorType.Affirmer),
        ["mentor.cloud@thrive.test"] = (MentorType.Advisor, MentorType.Connector),
        ["aws.mentee@thrive.test"] = (MentorType.Advisor, MentorType.Challenger),
        ["mentor.algo@thrive.test"] = (MentorType.Challenger, MentorType.Clarifier),
        ["mentor.lead@thrive.test"] = (MentorType.Sponsor, MentorType.Connector),
        ["mentor.rest@thrive.test"] = (MentorType.Affirmer, MentorType.Protector),
        ["patterns.mentee@thrive.test"] = (MentorType.Affirmer, MentorType.Coach),
        // The winter cohort: mentors
        ["priya.naidoo@thrive.test"] = (MentorType.Challenger, MentorType.Coach),
        ["willem.degroot@thrive.test"] = (MentorType.Sponsor, MentorType.Advisor),
        ["chiamaka.obi@thrive.test"] = (MentorType.Coach, MentorType.Affirmer),
        ["grace.wanjiru@thrive.test"] = (MentorType.Clarifier, MentorType.Challenger),
        ["tom.hendriks@thrive.test"] = (MentorType.Connector, MentorType.Sponsor),
        ["lindiwe.dube@thrive.test"] = (MentorType.Affirmer, MentorType.Protector),
        ["arjun.mehta@thrive.test"] = (MentorType.Advisor, MentorType.Clarifier),
        // The winter cohort: mentees, the mentor they would like (Lucas and Mei Lin have not taken it)
        ["sibusiso.nkosi@thrive.test"] = (MentorType.Challenger, MentorType.Advisor),
        ["femke.visser@thrive.test"] = (MentorType.Sponsor, MentorType.Connector),
        ["tunde.bakare@thrive.test"] = (MentorType.Coach, MentorType.Affirmer),
        ["amina.hassan@thrive.test"] = (MentorType.Coach, MentorType.Clarifier),
        ["kagiso.sithole@thrive.test"] = (MentorType.Clarifier, MentorType.Challenger),
        ["daniel.okoro@thrive.test"] = (MentorType.Connector, MentorType.Sponsor),
        ["rutendo.moyo@thrive.test"] = (MentorType.Affirmer, MentorType.Protector),
        ["neha.sharma@thrive.test"] = (MentorType.Advisor, MentorType.Challenger),
        ["zodwa.mahlangu@thrive.test"] = (MentorType.Protector, MentorType.Affirmer),
        ["jesse.vandijk@thrive.test"] = (MentorType.Sponsor, MentorType.Challenger),
        ["oluwaseun.adeyemi@thrive.test"] = (MentorType.Challenger, MentorType.Advisor),
    };

    /// <summary>The demo's result for this person, or null for one who has not taken the quiz.</summary>
    public static MentorTypeResult? For(string email, Guid userId, DateTimeOffset now)
    {
        if (!Quizzes.TryGetValue(email, out var q)) return null;
        var alsoSeen = 0;
        var answers = MentorTypeQuiz.Questions.Select(x => (bool?)(x.Type == q.Main || (x.Type == q.Also && alsoSeen++ < 2))).ToList();
        return MentorTypeResult.Take(userId, answers, now.AddDays(-5)).Value;
    }
}
