using Thrive.Domain.Pairs;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;

namespace Thrive.Domain.Tests;

public sealed class PairingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static ApplicationAnswers Answers(int capacity = 2, string managesTeam = "", string team = "", string managerEmail = "") =>
        new(5, "C#", Focus.Technical, "Tuesdays", "Cape Town", "Africa/Johannesburg", "", "", capacity, managesTeam, team, managerEmail);

    private static PairCandidate Mentor(int capacity = 2, string managesTeam = "", ApplicationStatus status = ApplicationStatus.Accepted) =>
        new(Guid.NewGuid(), "boss@example.com", ParticipantRole.Mentor, status, Answers(capacity, managesTeam));

    private static PairCandidate Mentee(string team = "", string managerEmail = "", ApplicationStatus status = ApplicationStatus.Accepted) =>
        new(Guid.NewGuid(), "junior@example.com", ParticipantRole.Mentee, status, Answers(team: team, managerEmail: managerEmail));

    [Fact]
    public void Accepted_mentor_with_room_pairs_with_accepted_mentee()
    {
        var r = Pair.Propose(Guid.NewGuid(), Mentor(), Mentee(), new PairingLoad(1, false), Now);
        Assert.True(r.Succeeded);
        Assert.Equal(PairState.Proposed, r.Value!.State);
    }

    [Fact]
    public void Mentor_at_capacity_is_refused()
    {
        var r = Pair.Propose(Guid.NewGuid(), Mentor(capacity: 2), Mentee(), new PairingLoad(2, false), Now);
        Assert.Contains(r.Errors, e => e.Field == "MentorId" && e.Message.Contains("capacity", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BOSS@example.com", "", "")]
    [InlineData("", "Team Atlas", "team atlas")]
    public void A_manager_is_never_matched_with_their_own_report(string managerEmail, string menteeTeam, string mentorTeam)
    {
        var r = Pair.Propose(Guid.NewGuid(), Mentor(managesTeam: mentorTeam), Mentee(menteeTeam, managerEmail), new PairingLoad(0, false), Now);
        Assert.Contains(r.Errors, e => e.Message.Contains("manager", StringComparison.Ordinal));
    }

    [Fact]
    public void Mentee_with_an_open_pair_is_refused()
    {
        var r = Pair.Propose(Guid.NewGuid(), Mentor(), Mentee(), new PairingLoad(0, true), Now);
        Assert.Contains(r.Errors, e => e.Field == "MenteeId");
    }

    [Fact]
    public void Applications_must_be_accepted_first()
    {
        var r = Pair.Propose(Guid.NewGuid(), Mentor(status: ApplicationStatus.Applied), Mentee(status: ApplicationStatus.Invited), new PairingLoad(0, false), Now);
        Assert.Equal(2, r.Errors.Count);
    }

    [Fact]
    public void Pair_moves_through_its_states_and_dissolving_needs_a_reason()
    {
        var pair = Pair.Propose(Guid.NewGuid(), Mentor(), Mentee(), new PairingLoad(0, false), Now).Value!;
        Assert.False(pair.Complete(Now).Succeeded); // not active yet
        Assert.True(pair.Activate(Now).Succeeded);
        Assert.False(pair.Activate(Now).Succeeded);
        var noReason = pair.Dissolve("   ", Now);
        Assert.Contains(noReason.Errors, e => e.Field == "DissolveReason");
        Assert.Equal(PairState.Active, pair.State);
        Assert.True(pair.Dissolve("Schedules never lined up", Now).Succeeded);
        Assert.Equal(PairState.Dissolved, pair.State);
        Assert.False(pair.IsOpen);
        Assert.False(pair.Dissolve("again", Now).Succeeded);
    }
}
