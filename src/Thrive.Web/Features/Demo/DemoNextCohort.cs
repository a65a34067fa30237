namespace Thrive.Web.Features.Demo;

/// <summary>
/// The demo's second programme, in intake: 20 accepted applications and no pairs yet, so that the coordinator has a
/// real cohort to match. Seven mentors with 11 places between them for thirteen mentees (two stay unmatched for
/// capacity), varied stacks, focus areas, time zones from São Paulo to Singapore and days from weekday mornings to
/// Saturdays; Femke is in the team Willem manages, so the hard rule keeps them apart.
/// </summary>
internal static class DemoNextCohort
{
    public const string Name = "Project Thrive · Winter cohort";

    public const string Description = "The next twelve weeks of weekly mentoring. Applications are in: match each mentee with a mentor before the start.";

    /// <summary>The programme starts this many days after the demo's today.</summary>
    public const int StartsInDays = 18;

    public sealed record Applicant(string Email, string Name, ParticipantRole Role, ApplicationAnswers Answers);

    private static Applicant Mentor(string email, string name, int years, string stack, Focus focus, int capacity, string tz, string location, string days,
        string interests, string motivation, string managesTeam = "") =>
        new(email, name, ParticipantRole.Mentor, new ApplicationAnswers(years, stack, focus, days, location, tz, interests, motivation, capacity, managesTeam, "", ""));

    private static Applicant Mentee(string email, string name, int years, string stack, Focus focus, string tz, string location, string days,
        string interests, string team, string motivation) =>
        new(email, name, ParticipantRole.Mentee, new ApplicationAnswers(years, stack, focus, days, location, tz, interests, motivation, 0, "", team, ""));

    public static readonly Applicant[] Applicants =
    [
        Mentor("priya.naidoo@thrive.test", "Priya Naidoo", 13, "Python, Django, PostgreSQL, AWS", Focus.Technical | Focus.Career, 2, "Africa/Johannesburg", "Durban, ZA",
            "Weekday evenings", "Cricket, cooking, open source", "Backend foundations, code review habits and finding a first specialism. I mentor in English or isiZulu."),
        Mentor("willem.degroot@thrive.test", "Willem de Groot", 18, "Java, Kotlin, Spring, Kafka", Focus.Technical | Focus.Career, 2, "Europe/Amsterdam", "Amersfoort, NL",
            "Mondays and Wednesdays", "Cycling, history podcasts", "From developer to tech lead: design reviews, estimates and saying no. In Dutch or English.", "Team Kestrel"),
        Mentor("chiamaka.obi@thrive.test", "Chiamaka Obi", 9, "TypeScript, React, Next.js, accessibility", Focus.Technical | Focus.Career, 2, "Africa/Lagos", "Lagos, NG",
            "Tuesdays and Thursdays", "Afrobeats, UX research, women in tech", "Front-end craft, accessible design and portfolio reviews."),
        Mentor("grace.wanjiru@thrive.test", "Grace Wanjiru", 11, "Go, Kubernetes, Terraform, GCP", Focus.Technical, 1, "Africa/Nairobi", "Nairobi, KE",
            "Weekday mornings", "Hiking, home labs, chess", "Platform engineering, on-call without fear, and cloud certifications. English or Swahili."),
        Mentor("tom.hendriks@thrive.test", "Tom Hendriks", 22, "C#, .NET, Azure, SQL Server", Focus.Career | Focus.Personal, 2, "Europe/Amsterdam", "Eindhoven, NL",
            "Fridays", "Sailing, reading, coaching", "Career moves, leadership and feedback; I have hired over a hundred developers."),
        Mentor("lindiwe.dube@thrive.test", "Lindiwe Dube", 7, "Kotlin, Android, Flutter, Firebase", Focus.Technical | Focus.Personal, 1, "Africa/Johannesburg", "Soweto, ZA",
            "Saturday mornings", "Dance, mobile games, community meetups", "Mobile development and confidence: speaking up, asking questions, imposter syndrome."),
        Mentor("arjun.mehta@thrive.test", "Arjun Mehta", 15, "Python, pandas, Spark, machine learning", Focus.Technical | Focus.Career, 1, "Asia/Kolkata", "Pune, IN",
            "Weekday mornings", "Cricket, classical music, Kaggle", "Data engineering and machine learning in production; the move from analyst to engineer. English or Hindi."),

        Mentee("sibusiso.nkosi@thrive.test", "Sibusiso Nkosi", 1, "Python, Django", Focus.Technical | Focus.Career, "Africa/Johannesburg", "Pietermaritzburg, ZA",
            "Weekday evenings", "Football, open source", "Team Orbit", "I want to write backend code I'm proud of and learn to review other people's code."),
        Mentee("femke.visser@thrive.test", "Femke Visser", 2, "Java, Spring, Kafka", Focus.Technical | Focus.Career, "Europe/Amsterdam", "Utrecht, NL",
            "Mondays or Wednesdays", "Board games, cycling", "Team Kestrel", "Growing toward senior: design, estimates, and speaking up in reviews."),
        Mentee("tunde.bakare@thrive.test", "Tunde Bakare", 0, "JavaScript, React", Focus.Technical, "Africa/Lagos", "Ibadan, NG",
            "Tuesdays and Thursdays", "Music production, UX", "Team Lumen", "Bootcamp graduate: I want a structured path to my first front-end job."),
        Mentee("amina.hassan@thrive.test", "Amina Hassan", 3, "TypeScript, Angular, accessibility", Focus.Technical | Focus.Career, "Africa/Nairobi", "Mombasa, KE",
            "Weekday afternoons", "Poetry, accessibility, UX research", "Team Lumen", "Make our apps accessible and build a portfolio that shows it."),
        Mentee("kagiso.sithole@thrive.test", "Kagiso Sithole", 2, "Go, Docker", Focus.Technical, "Africa/Johannesburg", "Centurion, ZA",
            "Weekday mornings", "Running, home labs", "Team Nimbus", "Move into platform engineering and pass a Kubernetes certification."),
        Mentee("daniel.okoro@thrive.test", "Daniel Okoro", 4, "C#, .NET, Azure", Focus.Career | Focus.Personal, "Europe/London", "Manchester, UK",
            "Fridays", "Football, podcasts, reading", "Team Harbour", "I've been offered a team lead role and don't know yet whether I want it."),
        Mentee("rutendo.moyo@thrive.test", "Rutendo Moyo", 1, "Kotlin, Android", Focus.Technical | Focus.Personal, "Africa/Harare", "Harare, ZW",
            "Saturday mornings", "Photography, mobile games", "Team Pixel", "Ship my first Play Store app and stop feeling like an imposter."),
        Mentee("neha.sharma@thrive.test", "Neha Sharma", 2, "Python, SQL, pandas", Focus.Technical | Focus.Career, "Asia/Kolkata", "Bengaluru, IN",
            "Weekday mornings", "Badminton, data visualisation", "Team Ledger", "Move from analyst to data engineer within a year."),
        Mentee("lucas.pereira@thrive.test", "Lucas Pereira", 3, "React, Node.js, GraphQL", Focus.Technical, "America/Sao_Paulo", "Campinas, BR",
            "Tuesday and Thursday evenings", "Surfing, indie games", "Team Pixel", "Write front-end code that scales, and learn testing properly. Portuguese or English."),
        Mentee("zodwa.mahlangu@thrive.test", "Zodwa Mahlangu", 0, "HTML, CSS, JavaScript", Focus.Personal | Focus.Career, "Africa/Johannesburg", "Polokwane, ZA",
            "Saturday mornings", "Gospel choir, fashion design", "Team Lumen", "Career changer from teaching: I want confidence and a plan for my first year."),
        Mentee("jesse.vandijk@thrive.test", "Jesse van Dijk", 5, "C#, .NET, SQL Server", Focus.Technical | Focus.Career, "Europe/Amsterdam", "Haarlem, NL",
            "Fridays", "Sailing, jazz", "Team Harbour", "Get better at architecture and at reviewing code kindly."),
        Mentee("oluwaseun.adeyemi@thrive.test", "Oluwaseun Adeyemi", 2, "Python, Flask, PostgreSQL", Focus.Technical, "Africa/Lagos", "Abuja, NG",
            "Weekday evenings", "Chess, podcasts", "Team Orbit", "Understand databases deeply: indexes, query plans and migrations."),
        Mentee("meilin.tan@thrive.test", "Mei Lin Tan", 1, "Go, Kubernetes", Focus.Technical | Focus.Career, "Asia/Singapore", "Singapore, SG",
            "Weekday mornings", "Bouldering, baking", "Team Nimbus", "Become a site reliability engineer."),
    ];
}
