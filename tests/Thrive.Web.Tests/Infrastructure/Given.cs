using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Pairs;
using Thrive.Domain.Programmes;
using Thrive.Persistence;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// Builds exactly the data a test needs, so that tests do not depend on the demo seed:
/// <c>var pair = await Given.In(App).PairAsync(programme);</c>. Everything is written through the domain's own
/// factories and Identity's UserManager on the app's DbContext, with dates counted from the app's clock; each call
/// saves at once and returns a handle (ids, e-mails, a way to sign in).
/// </summary>
public sealed partial class Given
{
    private static int counter;
    private readonly ThriveApp app;

    private Given(ThriveApp app) => this.app = app;

    public static Given In(ThriveApp app) => new(app);

    /// <summary>The app's now (its clock can be moved forward by a test).</summary>
    public DateTimeOffset Now => app.Clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>An account, not yet in any programme; e-mails are unique in the test run.</summary>
    public Task<GivenPerson> PersonAsync(string? name = null, string timeZone = "UTC", bool admin = false) => NewPersonAsync(name, "Person", timeZone, admin);

    public Task<GivenPerson> AdminAsync(string? name = null, string timeZone = "UTC") => NewPersonAsync(name, "Admin", timeZone, admin: true);

    /// <summary>
    /// A running programme in which today falls in <paramref name="week"/> (mid-week, so that a reader a time zone
    /// away is in the same week), coordinated by <paramref name="coordinator"/> or by a new person.
    /// </summary>
    public async Task<GivenProgramme> ProgrammeAsync(string? name = null, int week = 5, int lengthWeeks = 12, GivenPerson? coordinator = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        coordinator ??= await NewPersonAsync(null, "Coordinator", "UTC", admin: false);
        var start = Today.AddDays(-((week - 1) * 7 + 3));
        var programme = Ok(Programme.Create(new ProgrammeDetails(name ?? $"Cohort {Interlocked.Increment(ref counter)}",
            "A programme made for one test.", start, lengthWeeks, SessionCadence.Weekly), Now));
        programme.SetStatus(ProgrammeStatus.Running);
        await WriteAsync(db =>
        {
            db.Programmes.Add(programme);
            db.Participants.Add(Participant.Coordinator(programme.Id, coordinator.Id, Now));
        });
        return new GivenProgramme(programme.Id, programme.Name, start, lengthWeeks, coordinator);
    }

    /// <summary>Another coordinator for the programme (an existing person, or a new one).</summary>
    public async Task<GivenPerson> CoordinatorAsync(GivenProgramme programme, GivenPerson? person = null)
    {
        person ??= await NewPersonAsync(null, "Coordinator", "UTC", admin: false);
        var place = Participant.Coordinator(programme.Id, person.Id, Now);
        await WriteAsync(db => db.Participants.Add(place));
        return person.In(programme, place.Id);
    }

    /// <summary>A mentor who applied to the programme (accepted unless told otherwise), for up to <paramref name="capacity"/> mentees.</summary>
    public Task<GivenPerson> MentorAsync(GivenProgramme programme, string? name = null, string timeZone = "UTC", int capacity = 2,
        ApplicationStatus status = ApplicationStatus.Accepted) =>
        MemberAsync(programme, ParticipantRole.Mentor, name, timeZone, status, Answers(timeZone, "C#, .NET, mentoring", capacity, managerEmail: null));

    /// <summary>A mentee who applied to the programme: accepted unless told otherwise (Applied is an open application).</summary>
    public Task<GivenPerson> MenteeAsync(GivenProgramme programme, string? name = null, string timeZone = "UTC",
        ApplicationStatus status = ApplicationStatus.Accepted, string techStack = "JavaScript, CSS", string? managerEmail = null) =>
        MemberAsync(programme, ParticipantRole.Mentee, name, timeZone, status, Answers(timeZone, techStack, 0, managerEmail));

    /// <summary>
    /// An active pair, activated when the programme started (a new accepted mentor or mentee for each side not given).
    /// The pairing rules apply: capacity, one open pair per mentee, never the mentee's manager.
    /// </summary>
    public async Task<GivenPair> PairAsync(GivenProgramme programme, GivenPerson? mentor = null, GivenPerson? mentee = null)
    {
        mentor ??= await MentorAsync(programme);
        mentee ??= await MenteeAsync(programme);
        var started = new DateTimeOffset(programme.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var activated = started < Now ? started : Now;
        var id = await WriteAsync(async db =>
        {
            var places = await db.Participants.Where(p => p.ProgrammeId == programme.Id && (p.UserId == mentor.Id || p.UserId == mentee.Id)).ToListAsync();
            PairCandidate Candidate(GivenPerson who, ParticipantRole role)
            {
                var place = places.Single(p => p.UserId == who.Id && p.Role == role);
                return new PairCandidate(who.Id, who.Email, role, place.Status, place.Answers);
            }
            var open = new[] { PairState.Proposed, PairState.Active };
            var load = new PairingLoad(
                await db.Pairs.CountAsync(p => p.ProgrammeId == programme.Id && p.MentorId == mentor.Id && open.Contains(p.State)),
                await db.Pairs.AnyAsync(p => p.ProgrammeId == programme.Id && p.MenteeId == mentee.Id && open.Contains(p.State)));
            var pair = Ok(Pair.Propose(programme.Id, Candidate(mentor, ParticipantRole.Mentor), Candidate(mentee, ParticipantRole.Mentee), load, activated));
            Ok(pair.Activate(activated));
            db.Pairs.Add(pair);
            return pair.Id;
        });
        return new GivenPair(id, programme, mentor, mentee);
    }

    private async Task<GivenPerson> MemberAsync(GivenProgramme programme, ParticipantRole role, string? name, string timeZone, ApplicationStatus status, ApplicationAnswers answers)
    {
        if (status == ApplicationStatus.Invited) throw new ArgumentException("An invited person has not applied; invite them through the page.", nameof(status));
        var person = await NewPersonAsync(name, role.ToString(), timeZone, admin: false);
        var place = Ok(Participant.Apply(programme.Id, person.Id, role, answers, Now.AddDays(-1)));
        if (status != ApplicationStatus.Applied) Ok(place.Review(status == ApplicationStatus.Accepted, programme.Coordinator.Id, Now));
        await WriteAsync(db => db.Participants.Add(place));
        return person.In(programme, place.Id);
    }

    private static ApplicationAnswers Answers(string timeZone, string techStack, int capacity, string? managerEmail) =>
        new(3, techStack, Focus.Technical | Focus.Career, "Weekday afternoons", "", timeZone, "", "Grow with a mentor's help.", capacity, "", "", managerEmail ?? "");

    private async Task<GivenPerson> NewPersonAsync(string? name, string label, string timeZone, bool admin)
    {
        if (!TimeZones.IsKnown(timeZone)) throw new ArgumentException($"Unknown time zone {timeZone}.", nameof(timeZone));
        var n = Interlocked.Increment(ref counter);
        name ??= $"{label} {n}";
        var email = $"{Slug(name)}.{n}@example.com";
        var user = new ThriveUser
        {
            Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, TimeZone = timeZone,
            IsAdmin = admin, CreatedAt = Now, LockoutEnabled = true,
        };
        using var scope = app.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<ThriveUser>>().CreateAsync(user, ThriveApp.Password);
        if (!created.Succeeded) throw new InvalidOperationException($"Could not make {email}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        return new GivenPerson(app, user.Id, email, name, timeZone);
    }

    private static string Slug(string name)
    {
        var letters = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '.').ToArray()).Trim('.');
        while (letters.Contains("..", StringComparison.Ordinal)) letters = letters.Replace("..", ".", StringComparison.Ordinal);
        return letters.Length == 0 ? "person" : letters;
    }

    /// <summary>Runs <paramref name="work"/> on a fresh DbContext of the app and saves.</summary>
    private async Task<T> WriteAsync<T>(Func<ThriveDbContext, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var result = await work(db);
        await db.SaveChangesAsync();
        return result;
    }

    private Task<int> WriteAsync(Action<ThriveDbContext> work) => WriteAsync(db => { work(db); return Task.FromResult(0); });

    /// <summary>The value of a domain result; a refusal is a mistake in the test's world, so it throws with the reasons.</summary>
    private static T Ok<T>(Result<T> result) => result.Succeeded
        ? result.Value!
        : throw new InvalidOperationException("The domain refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
}
