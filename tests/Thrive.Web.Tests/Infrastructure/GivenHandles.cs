namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// A person <see cref="Given"/> made: an account with a unique e-mail, <see cref="ThriveApp.Password"/> and a chosen time zone;
/// with the programme and place (application) of the role they were given, if any.
/// </summary>
public sealed class GivenPerson(ThriveApp app, Guid id, string email, string name, string timeZone, GivenProgramme? programme = null, Guid? place = null)
{
    public Guid Id { get; } = id;
    public string Email { get; } = email;
    public string Name { get; } = name;
    public string TimeZone { get; } = timeZone;

    /// <summary>The programme this person has a place in; goals, SWOTs, boards and commitments are made there.</summary>
    public GivenProgramme? Programme { get; } = programme;

    /// <summary>Their place in <see cref="Programme"/> (the participant, which holds the application).</summary>
    public Guid? Place { get; } = place;

    /// <summary>Signs in through the real sign-in form.</summary>
    public Task<HttpClient> SignInAsync() => app.SignedInAsync(Email);

    internal GivenPerson In(GivenProgramme programme, Guid place) => new(app, Id, Email, Name, TimeZone, programme, place);

    public override string ToString() => $"{Name} <{Email}>";
}

/// <summary>A running programme with its first coordinator.</summary>
public sealed record GivenProgramme(Guid Id, string Name, DateOnly StartDate, int LengthWeeks, GivenPerson Coordinator)
{
    public DateOnly EndDate => StartDate.AddDays(LengthWeeks * 7 - 1);
}

/// <summary>An active pair.</summary>
public sealed record GivenPair(Guid Id, GivenProgramme Programme, GivenPerson Mentor, GivenPerson Mentee)
{
    /// <summary>The other member of the pair.</summary>
    public GivenPerson PartnerOf(GivenPerson member) => member.Id == Mentor.Id ? Mentee : Mentor;
}

/// <summary>What a goal measures: its metric, where it starts and where it should get to.</summary>
public sealed record GoalMeasure(string Metric, decimal Baseline, decimal Target, string Unit = "");

public sealed record GivenGoal(Guid Id, string Title, GivenPerson Owner);

/// <summary>A SWOT and the first item of each quadrant of its latest revision, and the strength-to-opportunity link there.</summary>
public sealed record GivenSwot(Guid Id, Guid Strength, Guid Weakness, Guid Opportunity, Guid Threat, Guid StrengthLink);

/// <summary>A board with its three default columns.</summary>
public sealed record GivenBoard(Guid Id, GivenPerson Owner, Guid ToDo, Guid Doing, Guid Done);

public sealed record GivenSession(Guid Id, GivenPair Pair, DateTimeOffset StartUtc, DateTimeOffset EndUtc);
