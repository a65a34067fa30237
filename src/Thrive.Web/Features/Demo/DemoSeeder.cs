using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Demo;

/// <summary>
/// Fills an empty database with a demo programme in its fifth week: a coordinator, six mentees whose stories
/// follow the guide's example goals, a seventh whose pair has gone quiet, their mentors, and a few open applications; and a second programme in intake
/// whose 20 accepted applications wait for the same coordinator to match them.
/// </summary>
public sealed class DemoSeeder(ThriveDbContext db, UserManager<ThriveUser> users, ReaderClock reader, ILogger<DemoSeeder> log)
{
    public const string Password = "Thrive-demo-1";

    public sealed record DemoAccount(string Email, string Name, string Story, string TimeZone = "Africa/Johannesburg");

    /// <summary>Shown on the sign-in page and in the README.</summary>
    public static readonly DemoAccount[] Accounts =
    [
        new("coordinator@thrive.test", "Nomsa Dlamini", "Coordinator of the demo programme and of the Winter cohort, whose 20 applications wait to be matched"),
        new("mentee@thrive.test", "Lerato Mokoena", "Mentee: growing to intermediate front-end developer with a Kanban board"),
        new("mentor@thrive.test", "Daan Jansen", "Mentor: senior front-end developer, mentors Lerato and Kabelo", "Europe/Amsterdam"),
        new("aws.mentee@thrive.test", "Sipho Ndlovu", "Mentee: preparing for an AWS certification exam"),
        new("dsa.mentee@thrive.test", "Thandi Khumalo", "Mentee: one problem set a week for data structures and algorithms"),
        new("careers.mentee@thrive.test", "Kabelo Molefe", "Mentee: meeting people in other roles to explore careers"),
        new("bookclub.mentee@thrive.test", "Fatima Adams", "Mentee: leadership and soft skills through a book club", "Europe/Amsterdam"),
        new("patterns.mentee@thrive.test", "Johan Botha", "Mentee: JavaScript design patterns while managing stress"),
        new("quiet.mentee@thrive.test", "Themba Zulu", "Mentee: a pair gone quiet after two sessions, at risk on the coordinator's cohort health"),
        new("mentor.cloud@thrive.test", "Anika Pillay", "Mentor: cloud engineer, mentors Sipho"),
        new("mentor.algo@thrive.test", "Ruben Visser", "Mentor: backend engineer, mentors Thandi", "Europe/Amsterdam"),
        new("mentor.lead@thrive.test", "Sanne Bakker", "Mentor: engineering lead, mentors Fatima and Themba", "Europe/Amsterdam"),
        new("mentor.rest@thrive.test", "Zanele Mthembu", "Mentor: staff engineer who preaches rest, mentors Johan"),
        new("admin@thrive.test", "Pieter de Vries", "Admin of this installation", "Europe/Amsterdam"),
    ];

    /// <summary>The coordinator's time zone: the demo's calendar days are hers.</summary>
    public static string Zone => Accounts[0].TimeZone;

    /// <summary>Fills an empty database with the demo programme when Thrive:Demo:Seed asks for it (Development by default).</summary>
    public static async Task SeedIfAskedAsync(IServiceProvider services)
    {
        if (!services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ThriveOptions>>().Value.Demo.Seed) return;
        using var scope = services.CreateScope();
        DatabaseSetup.ForStartup(scope.ServiceProvider.GetRequiredService<ThriveDbContext>());
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
    }

    /// <summary>
    /// Seeds inside one transaction that holds a database-wide lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
    /// advisory lock), so two instances starting at once seed once.
    /// </summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct)) return false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7274841)", ct);
        if (await db.Users.AnyAsync(ct) || await db.Programmes.AnyAsync(ct)) return false;
        await SeedAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private async Task SeedAsync(CancellationToken ct)
    {
        var now = reader.UtcNow;
        // The demo's days are its coordinator's (most of its people share her zone), whoever starts the app and wherever.
        var today = reader.TodayIn(Zone);

        var programme = Programme.Create(new ProgrammeDetails(
            "Project Thrive · Spring cohort",
            "Twelve weeks of weekly mentoring for junior and intermediate developers. Phase 1: get to know each other and agree a mentoring plan. " +
            "Phase 2: set SMART goals with a personal SWOT and the GROW model, and work on them. Phase 3: reflect and plan what comes next.",
            today.AddDays(-(4 * 7 + 2)), 12, SessionCadence.Weekly), now).Value!;
        programme.SetStatus(ProgrammeStatus.Running);
        db.Programmes.Add(programme);

        var people = new Dictionary<string, ThriveUser>(StringComparer.Ordinal);
        foreach (var a in Accounts) people[a.Email] = await CreateUserAsync(a, now);
        foreach (var (email, user) in people)
            if (DemoMentorTypes.For(email, user.Id, now) is { } quiz) db.MentorTypeResults.Add(quiz);
        people["admin@thrive.test"].IsAdmin = true;
        await users.UpdateAsync(people["admin@thrive.test"]);

        db.Participants.Add(Participant.Coordinator(programme.Id, people["coordinator@thrive.test"].Id, now));
        var mentors = new (string Email, ApplicationAnswers A)[]
        {
            ("mentor@thrive.test", Mentor(11, "TypeScript, React, CSS, accessibility", Focus.Technical | Focus.Career, 2, "Europe/Amsterdam", "Amsterdam, NL", "Design systems, cycling, sourdough", "Helping front-end developers find their footing and build a portfolio they are proud of.")),
            ("mentor.cloud@thrive.test", Mentor(9, "AWS, Terraform, Python", Focus.Technical | Focus.Career, 1, "Africa/Johannesburg", "Johannesburg, ZA", "Trail running, home labs", "Cloud foundations and certification prep.")),
            ("mentor.algo@thrive.test", Mentor(14, "Java, Kotlin, Go, distributed systems", Focus.Technical, 1, "Europe/Amsterdam", "Utrecht, NL", "Chess, puzzles, jazz", "Problem solving, interviews and the fundamentals.")),
            ("mentor.lead@thrive.test", Mentor(16, "C#, .NET, team leadership", Focus.Career | Focus.Personal, 2, "Europe/Amsterdam", "Rotterdam, NL", "Reading, coaching, climbing", "Leadership, feedback and hard conversations; I run a book club.")),
            ("mentor.rest@thrive.test", Mentor(12, "JavaScript, Node.js, architecture", Focus.Technical | Focus.Personal, 1, "Africa/Johannesburg", "Durban, ZA", "Surfing, gardening, blogging", "Continuous learning without burning out: learn by doing, and never skip rest.")),
        };
        var mentees = new (string Email, ApplicationAnswers A)[]
        {
            ("mentee@thrive.test", Mentee(2, "JavaScript, React, CSS", Focus.Technical | Focus.Career, "Africa/Johannesburg", "Cape Town, ZA", "Illustration, hiking", "Team Atlas", "I want to work at an intermediate level as a front-end developer within 12 weeks, beat overthinking and bottlenecks, and refresh my CV, LinkedIn and portfolio.")),
            ("aws.mentee@thrive.test", Mentee(1, "Python, SQL, some AWS", Focus.Technical | Focus.Career, "Africa/Johannesburg", "Pretoria, ZA", "Football, podcasts", "Team Nimbus", "My SWOT showed me a cloud career path. I have an exam voucher for an AWS certification and want help preparing.")),
            ("dsa.mentee@thrive.test", Mentee(1, "Java, Spring", Focus.Technical, "Africa/Johannesburg", "Johannesburg, ZA", "Sudoku, running", "Team Ledger", "Data structures and algorithms are my weakest area. I want to build problem-solving skills and be ready for interviews.")),
            ("careers.mentee@thrive.test", Mentee(1, "C#, Angular", Focus.Career, "Africa/Johannesburg", "Bloemfontein, ZA", "Photography, board games", "Team Harbour", "I enjoy engineering but want to understand the other roles in tech (product, design, data, DevRel) before I choose a path.")),
            ("bookclub.mentee@thrive.test", Mentee(4, "PHP, Laravel, Vue", Focus.Personal | Focus.Career, "Europe/Amsterdam", "Leiden, NL", "Theatre, baking", "Team Beacon", "I'm a natural critic. I want to grow as a leader and work on soft skills rather than technical ones.")),
            ("quiet.mentee@thrive.test", Mentee(1, "Node.js, PostgreSQL", Focus.Technical, "Africa/Johannesburg", "East London, ZA", "Cricket, cooking", "Team Ledger", "I want to write tests I trust and stop breaking the build on Fridays.")),
            ("patterns.mentee@thrive.test", Mentee(3, "PHP, jQuery, moving to modern JavaScript", Focus.Technical | Focus.Personal, "Africa/Johannesburg", "Gqeberha, ZA", "Guitar, fishing", "Team Compass", "Bouncing between stacks means I missed design patterns; it feeds imposter syndrome and stress. I want to learn JavaScript through core patterns and manage stress better.")),
        };
        foreach (var (email, answers) in mentors) AddAccepted(programme.Id, people[email].Id, ParticipantRole.Mentor, answers, now);
        foreach (var (email, answers) in mentees) AddAccepted(programme.Id, people[email].Id, ParticipantRole.Mentee, answers, now);

        var pairings = new[]
        {
            ("mentor@thrive.test", "mentee@thrive.test"), ("mentor.cloud@thrive.test", "aws.mentee@thrive.test"),
            ("mentor.algo@thrive.test", "dsa.mentee@thrive.test"), ("mentor@thrive.test", "careers.mentee@thrive.test"),
            ("mentor.lead@thrive.test", "bookclub.mentee@thrive.test"), ("mentor.rest@thrive.test", "patterns.mentee@thrive.test"),
            ("mentor.lead@thrive.test", "quiet.mentee@thrive.test"),
        };
        var all = mentors.Concat(mentees).ToDictionary(x => x.Email, x => x.A, StringComparer.Ordinal);
        var load = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairByMentee = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (mentor, mentee) in pairings)
        {
            var m = new PairCandidate(people[mentor].Id, mentor, ParticipantRole.Mentor, ApplicationStatus.Accepted, all[mentor]);
            var e = new PairCandidate(people[mentee].Id, mentee, ParticipantRole.Mentee, ApplicationStatus.Accepted, all[mentee]);
            var pair = Pair.Propose(programme.Id, m, e, new PairingLoad(load.GetValueOrDefault(mentor), false), now.AddDays(-33)).Value!;
            pair.Activate(now.AddDays(-32));
            load[mentor] = load.GetValueOrDefault(mentor) + 1;
            db.Pairs.Add(pair);
            pairByMentee[mentee] = pair.Id;
        }

        // Open applications waiting for the coordinator.
        var open = new (DemoAccount Who, ParticipantRole Role, ApplicationAnswers A)[]
        {
            (new("ayesha.applicant@thrive.test", "Ayesha Khan", "", "Europe/Amsterdam"), ParticipantRole.Mentee, Mentee(0, "Python, Django", Focus.Technical | Focus.Career, "Europe/Amsterdam", "Eindhoven, NL", "Robotics, climbing", "Team Orbit", "Fresh from a bootcamp; I want a mentor to help me structure my learning and find my first specialism.")),
            (new("nandi.applicant@thrive.test", "Nandi Zulu", ""), ParticipantRole.Mentee, Mentee(2, "Go, Kubernetes", Focus.Personal, "Africa/Johannesburg", "Durban, ZA", "Running, poetry", "Team Nimbus", "I'd like help with confidence in meetings and with saying no.")),
            (new("bram.applicant@thrive.test", "Bram Smit", "", "Europe/Amsterdam"), ParticipantRole.Mentor, Mentor(20, "Python, data engineering, ML platforms", Focus.Technical | Focus.Career, 2, "Europe/Amsterdam", "Delft, NL", "Sailing, AI, first-time parent", "Data careers and moving from analyst to engineer.")),
        };
        var mainGoals = new DemoGoals(db, programme.Id, programme.EndDate, today, now).Add(people);
        new DemoBoards(db, programme.Id, now).Add(people, mainGoals);
        new DemoHabits(db, programme.Id, today, now).Add(people, mainGoals);
        new DemoPractice(db, programme.Id, today, now).Add(people);
        new DemoRoles(db, programme.Id, today, now).Add(people, mainGoals);
        new DemoEvidence(db, programme.Id, today, now).Add(people, mainGoals);
        new DemoWellbeing(db, programme.Id, today, now).Add(people);
        new DemoExam(db, programme.Id, today, now).Add(people);
        new DemoSessions(db, programme, now, Zone).Add(people, pairByMentee);
        new DemoGroups(db, programme.Id, today, now).Add(people, mainGoals);

        foreach (var (who, role, answers) in open)
        {
            var u = await CreateUserAsync(who, now);
            db.Participants.Add(Participant.Apply(programme.Id, u.Id, role, answers, now.AddDays(-1)).Value!);
        }
        await AddNextCohortAsync(people["coordinator@thrive.test"].Id, today, now);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Seeded the demo programmes with {Count} accounts; password {Password}", Accounts.Length + open.Length + DemoNextCohort.Applicants.Length, Password);
    }

    /// <summary>The second programme, in intake, with its 20 accepted applications waiting to be matched (<see cref="DemoNextCohort"/>).</summary>
    private async Task AddNextCohortAsync(Guid coordinatorId, DateOnly today, DateTimeOffset now)
    {
        var next = Programme.Create(new ProgrammeDetails(DemoNextCohort.Name, DemoNextCohort.Description, today.AddDays(DemoNextCohort.StartsInDays), 12, SessionCadence.Weekly), now).Value!;
        next.SetStatus(ProgrammeStatus.IntakeOpen);
        db.Programmes.Add(next);
        var weights = MatchingSettings.For(next.Id); // the mentor type counts in this cohort's matching
        weights.Change(MatchingWeights.Default with { MentorType = Importance.Moderately }, MatchObjective.MostPeople);
        weights.LetMenteesChoose(true); // mentees may also ask for a mentor from the directory (DemoMentorRequests)
        db.MatchingSettings.Add(weights);
        db.Participants.Add(Participant.Coordinator(next.Id, coordinatorId, now));
        string? hash = null; // one hash of the demo password for them all: hashing is slow on purpose
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var a in DemoNextCohort.Applicants)
        {
            var user = await CreateUserAsync(new DemoAccount(a.Email, a.Name, "", a.Answers.TimeZone), now, hash);
            ids[a.Email] = user.Id;
            hash ??= user.PasswordHash;
            if (DemoMentorTypes.For(a.Email, user.Id, now) is { } quiz) db.MentorTypeResults.Add(quiz);
            var place = Participant.Apply(next.Id, user.Id, a.Role, a.Answers, now.AddDays(-9)).Value!;
            place.Review(true, coordinatorId, now.AddDays(-3));
            db.Participants.Add(place);
        }
        DemoMentorRequests.Add(db, next.Id, ids, now);
    }

    private void AddAccepted(Guid programmeId, Guid userId, ParticipantRole role, ApplicationAnswers answers, DateTimeOffset now)
    {
        var p = Participant.Apply(programmeId, userId, role, answers, now.AddDays(-45)).Value!;
        p.Review(true, Guid.Empty, now.AddDays(-40));
        db.Participants.Add(p);
    }

    private async Task<ThriveUser> CreateUserAsync(DemoAccount a, DateTimeOffset now, string? passwordHash = null)
    {
        var user = new ThriveUser
        {
            Id = Guid.NewGuid(), UserName = a.Email, Email = a.Email, EmailConfirmed = true, DisplayName = a.Name,
            TimeZone = a.TimeZone,
            Bio = a.Story, CreatedAt = now.AddDays(-50), LockoutEnabled = true, PasswordHash = passwordHash,
        };
        var r = passwordHash is null ? await users.CreateAsync(user, Password) : await users.CreateAsync(user);
        if (!r.Succeeded) throw new InvalidOperationException("Demo user: " + string.Join("; ", r.Errors.Select(e => e.Description)));
        return user;
    }

    private static ApplicationAnswers Mentor(int years, string stack, Focus focus, int capacity, string tz, string location, string interests, string motivation) =>
        new(years, stack, focus, "Weekday afternoons", location, tz, interests, motivation, capacity, "", "", "");

    private static ApplicationAnswers Mentee(int years, string stack, Focus focus, string tz, string location, string interests, string team, string motivation) =>
        new(years, stack, focus, "Tuesdays or Thursdays after 15:00", location, tz, interests, motivation, 0, "", team, "");
}
