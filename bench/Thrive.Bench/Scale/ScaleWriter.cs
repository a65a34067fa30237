using Microsoft.AspNetCore.Identity;
using Thrive.Domain.Agreements;
using Thrive.Domain.Pairs;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;

namespace Thrive.Bench.Scale;

/// <summary>
/// Writes a <see cref="ScalePlan"/> through EF in chunks of pairs: each chunk in a fresh context with change
/// detection off, saved in one SaveChanges (one transaction). Entities come from the domain's factories, fully
/// built before they are added. Content is deterministic for a seed; row ids are fresh GUIDs.
/// </summary>
internal sealed partial class ScaleWriter(Func<ThriveDbContext> newContext, int seed, DateTimeOffset now, int writers)
{
    private readonly List<Task> inFlight = [];
    public const string Password = "Thrive-gen-1";
    private const int PairsPerChunk = 100;

    private readonly DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
    private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);
    // PBKDF2 is slow on purpose: hash once, give every account the same hash.
    private readonly string passwordHash = new PasswordHasher<ThriveUser>().HashPassword(new ThriveUser(), Password);

    public static string Email(string role, int n) => n == 0 ? $"{role}@gen.thrive.test" : $"{role}{n}@gen.thrive.test";

    public sealed record Counts(IReadOnlyList<(string Name, long Count)> Rows);

    public async Task<Counts> WriteAsync(ScalePlan plan, Action<string> progress)
    {
        var rng = new Random(seed);
        await SaveAsync(db =>
        {
            var admin = User(rng, "admin", 0, "Europe/Amsterdam", now.AddDays(-120));
            admin.IsAdmin = true;
            db.Users.Add(admin);
        }, barrier: true);
        var applicant = 0;
        foreach (var size in plan.Programmes)
        {
            var start = today.AddDays(-((size.Week - 1) * 7) - rng.Next(0, 7));
            var programme = Programme.Create(new ProgrammeDetails(
                $"Thrive cohort {size.Number} · {Cities[size.Number % Cities.Length].City}",
                "Twelve weeks of weekly mentoring: getting to know each other, working on SMART goals, then reflecting and revising.",
                start, 12, SessionCadence.Weekly), At(start.AddDays(-30), 9)).Value!;
            programme.SetStatus(ProgrammeStatus.Running);
            var coordinatorId = Guid.Empty;
            await SaveAsync(db =>
            {
                db.Programmes.Add(programme);
                var coordinator = User(rng, "coordinator", size.Number, "Africa/Johannesburg", At(start.AddDays(-40), 9));
                coordinatorId = coordinator.Id;
                db.Users.Add(coordinator);
                db.Participants.Add(Participant.Coordinator(programme.Id, coordinator.Id, At(start.AddDays(-30), 9)));
                for (var i = 0; i < ScalePlan.OpenApplicationsPerProgramme; i++)
                {
                    var person = User(rng, "applicant", ++applicant, Zones[rng.Next(Zones.Length)], now.AddDays(-3));
                    db.Users.Add(person);
                    var role = i == 0 ? ParticipantRole.Mentor : ParticipantRole.Mentee;
                    db.Participants.Add(Participant.Apply(programme.Id, person.Id, role, Answers(rng, role, person.TimeZone), now.AddDays(-2 + i * 0.3)).Value!);
                }
            }, barrier: true);
            var people = new List<Guid>(size.Pairs * 2);
            for (var first = 0; first < size.Pairs; first += PairsPerChunk)
            {
                var upTo = Math.Min(size.Pairs, first + PairsPerChunk);
                await SaveAsync(db =>
                {
                    for (var i = first; i < upTo; i++) people.AddRange(AddPair(db, rng, programme, coordinatorId, size.FirstPair + i));
                });
            }
            await AddGroupsAsync(rng, programme, people);
            progress($"programme {size.Number}: {size.Pairs} pairs, week {size.Week} of 12");
        }
        await FlushAsync();
        return new Counts(counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).ToList());
    }

    /// <summary>
    /// Builds a chunk here (in order, so the seeded content does not depend on timing) and saves it on a writer task,
    /// so the next chunk is built while this one is written. A <paramref name="barrier"/> chunk (a programme, which
    /// later chunks refer to) waits for every earlier chunk and is saved before anything after it.
    /// </summary>
    private async Task SaveAsync(Action<ThriveDbContext> add, bool barrier = false)
    {
        var db = newContext();
        add(db);
        foreach (var group in db.ChangeTracker.Entries().Where(e => !e.Metadata.IsOwned()).GroupBy(e => e.Metadata.ClrType.Name))
            counts[group.Key] = counts.GetValueOrDefault(group.Key) + group.Count();
        if (barrier)
        {
            await FlushAsync();
            await SaveAndDisposeAsync(db);
            return;
        }
        while (inFlight.Count >= writers)
        {
            var done = await Task.WhenAny(inFlight);
            inFlight.Remove(done);
            await done;
        }
        inFlight.Add(Task.Run(() => SaveAndDisposeAsync(db)));
    }

    private async Task FlushAsync()
    {
        await Task.WhenAll(inFlight);
        inFlight.Clear();
    }

    private static async Task SaveAndDisposeAsync(ThriveDbContext db)
    {
        await using (db) await db.SaveChangesAsync();
    }

    /// <summary>A mentor and a mentee, accepted and paired, with a signed plan, goals, a board, sessions and a habit; returns the mentee and the mentor.</summary>
    private Guid[] AddPair(ThriveDbContext db, Random rng, Programme programme, Guid coordinatorId, int n)
    {
        var begin = At(programme.StartDate, 0);
        var mentorZone = Zones[rng.Next(Zones.Length)];
        var mentor = User(rng, "mentor", n, mentorZone, begin.AddDays(-25));
        var mentee = User(rng, "mentee", n, Zones[rng.Next(Zones.Length)], begin.AddDays(-25));
        db.Users.AddRange(mentor, mentee);
        var mentorPlace = Accepted(rng, programme.Id, mentor, ParticipantRole.Mentor, coordinatorId, begin);
        var menteePlace = Accepted(rng, programme.Id, mentee, ParticipantRole.Mentee, coordinatorId, begin);
        db.Participants.AddRange(mentorPlace, menteePlace);
        var pair = Pair.Propose(programme.Id,
            new PairCandidate(mentor.Id, mentor.Email!, ParticipantRole.Mentor, ApplicationStatus.Accepted, mentorPlace.Answers),
            new PairCandidate(mentee.Id, mentee.Email!, ParticipantRole.Mentee, ApplicationStatus.Accepted, menteePlace.Answers),
            new PairingLoad(0, false), begin.AddDays(-10)).Value!;
        pair.Activate(begin.AddDays(-7));
        db.Pairs.Add(pair);

        var plan = MentoringPlan.Write(pair.Id, 0, PlanTerms.Default with
        {
            MeetWhen = "Weekly, for an hour", MeetHow = rng.Next(3) == 0 ? "In person at the office" : "Video call",
            Channel = "Chat for quick questions", MenteeFocus = "My goals for this programme", MentorFocus = "Questions that help the mentee decide",
        }, mentee.Id, begin.AddDays(2)).Value!;
        plan.Sign(true, begin.AddDays(2).AddHours(1));
        plan.Sign(false, begin.AddDays(3));
        db.Plans.Add(plan);

        var goalDay = Min(programme.StartDate.AddDays(14), today);
        var goal = AddGoals(db, rng, programme, mentor, mentee, goalDay, n);
        AddBoard(db, rng, programme.Id, mentee.Id, goal, begin);
        AddSessions(db, rng, programme, pair.Id, mentor, mentee.Id, n);
        AddHabit(db, rng, programme.Id, mentee.Id, goal, goalDay);
        return [mentee.Id, mentor.Id];
    }

    private static Participant Accepted(Random rng, Guid programmeId, ThriveUser user, ParticipantRole role, Guid coordinatorId, DateTimeOffset begin)
    {
        var place = Participant.Apply(programmeId, user.Id, role, Answers(rng, role, user.TimeZone), begin.AddDays(-20)).Value!;
        place.Review(true, coordinatorId, begin.AddDays(-14));
        return place;
    }

    private ThriveUser User(Random rng, string role, int n, string zone, DateTimeOffset created)
    {
        var email = Email(role, n);
        var name = $"{FirstNames[rng.Next(FirstNames.Length)]} {LastNames[rng.Next(LastNames.Length)]}";
        return new ThriveUser
        {
            Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, PasswordHash = passwordHash, SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, DisplayName = name, TimeZone = zone,
            Bio = role == "mentor" ? "Senior developer who enjoys helping others grow." : "", CreatedAt = created,
        };
    }

    private static ApplicationAnswers Answers(Random rng, ParticipantRole role, string zone)
    {
        var (city, _) = Cities[rng.Next(Cities.Length)];
        var stack = Stacks[rng.Next(Stacks.Length)];
        var focus = (Focus)rng.Next(1, 8);
        return role == ParticipantRole.Mentor
            ? new(rng.Next(6, 25), stack, focus, "Weekday afternoons", city, zone, Interests[rng.Next(Interests.Length)], "Helping developers find their footing.", 1, "", "", "")
            : new(rng.Next(0, 5), stack, focus, "Tuesdays or Thursdays after 15:00", city, zone, Interests[rng.Next(Interests.Length)],
                "I want a mentor to help me structure my learning and grow.", 0, "", $"Team {Teams[rng.Next(Teams.Length)]}", "");
    }

    /// <summary>An instant on a day at an hour (UTC), never later than now.</summary>
    private DateTimeOffset At(DateOnly day, int hour)
    {
        var t = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
        return t > now ? now.AddMinutes(-1) : t;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
