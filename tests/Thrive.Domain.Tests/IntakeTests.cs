using Thrive.Domain.Accounts;
using Thrive.Domain.Common;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;

namespace Thrive.Domain.Tests;

public sealed class IntakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static ApplicationAnswers Good => new(3, "TypeScript", Focus.Technical | Focus.Career, "Tuesdays 16:00", "Cape Town", "Africa/Johannesburg", "hiking", "grow", 2, "", "", "");

    [Fact]
    public void Complete_application_is_submitted_and_reviewed()
    {
        var p = Participant.Invited(Guid.NewGuid(), Guid.NewGuid(), ParticipantRole.Mentor, Now);
        Assert.False(p.Review(true, Guid.NewGuid(), Now).Succeeded); // nothing to review yet
        Assert.True(p.Submit(Good, Now).Succeeded);
        Assert.Equal(ApplicationStatus.Applied, p.Status);
        Assert.True(p.Review(true, Guid.NewGuid(), Now).Succeeded);
        Assert.Equal(ApplicationStatus.Accepted, p.Status);
        Assert.False(p.Submit(Good, Now).Succeeded); // reviewed: locked
    }

    [Theory]
    [InlineData("TimeZone", "Mars/Olympus_Mons")]
    [InlineData("TechStack", "")]
    [InlineData("Availability", "")]
    public void Bad_answers_name_their_field(string field, string value)
    {
        var a = field switch
        {
            "TimeZone" => Good with { TimeZone = value },
            "TechStack" => Good with { TechStack = value },
            _ => Good with { Availability = value },
        };
        Assert.Contains(a.Validate(ParticipantRole.Mentee), e => e.Field == field);
    }

    [Fact]
    public void Mentor_needs_a_capacity_and_a_focus()
    {
        var errors = (Good with { Capacity = 0, Focus = Focus.None }).Validate(ParticipantRole.Mentor);
        Assert.Contains(errors, e => e.Field == "Capacity");
        Assert.Contains(errors, e => e.Field == "Focus");
        Assert.DoesNotContain((Good with { Capacity = 0 }).Validate(ParticipantRole.Mentee), e => e.Field == "Capacity");
    }

    [Fact]
    public void Mentee_manager_email_must_be_an_email() =>
        Assert.Contains((Good with { ManagerEmail = "not an email" }).Validate(ParticipantRole.Mentee), e => e.Field == "ManagerEmail");

    [Theory]
    [InlineData("a@b.co", true)]
    [InlineData("first.last+tag@example.org", true)]
    [InlineData("no-at-sign", false)]
    [InlineData("two@@example.com", false)]
    [InlineData("space @example.com", false)]
    [InlineData("a@nodot", false)]
    [InlineData("", false)]
    public void Email_addresses_are_checked(string email, bool valid) => Assert.Equal(valid, EmailAddress.IsValid(email));

    [Fact]
    public void Invitation_expires_after_seven_days_and_is_single_use()
    {
        var i = Invitation.Create("new@example.com", Guid.NewGuid(), ParticipantRole.Mentee, "hash", Guid.NewGuid(), Now);
        Assert.Equal(Now.AddDays(7), i.ExpiresAt);
        Assert.False(i.CheckUsable(Now.AddDays(7)).Succeeded);
        Assert.True(i.Redeem(Now.AddDays(6)).Succeeded);
        var again = i.Redeem(Now.AddDays(6));
        Assert.Contains("already been used", again.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Africa/Johannesburg", true)]
    [InlineData("Europe/Amsterdam", true)]
    [InlineData("UTC", true)]
    [InlineData("Nowhere/Special", false)]
    [InlineData("", false)]
    public void Time_zones_are_iana_names(string id, bool known) => Assert.Equal(known, TimeZones.IsKnown(id));
}
