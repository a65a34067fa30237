using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;

namespace Thrive.Domain.Pairs;

public static class PairingRules
{
    public static IReadOnlyList<Error> Check(PairCandidate mentor, PairCandidate mentee, PairingLoad load)
    {
        var errors = new List<Error>();
        if (mentor.Role != ParticipantRole.Mentor) errors.Add(Error.Validation("MentorId", "Choose a mentor of this programme."));
        else if (mentor.Status != ApplicationStatus.Accepted) errors.Add(Error.Validation("MentorId", "The mentor's application has not been accepted."));
        if (mentee.Role != ParticipantRole.Mentee) errors.Add(Error.Validation("MenteeId", "Choose a mentee of this programme."));
        else if (mentee.Status != ApplicationStatus.Accepted) errors.Add(Error.Validation("MenteeId", "The mentee's application has not been accepted."));
        if (errors.Count > 0) return errors;

        if (mentor.UserId == mentee.UserId) errors.Add(Error.Validation("MenteeId", "A person cannot mentor themselves."));
        if (load.MenteeHasOpenPair) errors.Add(Error.Validation("MenteeId", "This mentee already has a mentor in this programme."));
        if (load.MentorOpenPairs >= mentor.Answers.Capacity)
            errors.Add(Error.Validation("MentorId", $"This mentor is at capacity ({load.MentorOpenPairs} of {mentor.Answers.Capacity} mentees)."));
        if (IsManagerOf(mentor, mentee))
            errors.Add(Error.Validation("MentorId", "This mentor is the mentee's manager; a mentor is never the mentee's own manager."));
        return errors;
    }

    public static bool IsManagerOf(PairCandidate mentor, PairCandidate mentee)
    {
        var managerEmail = mentee.Answers.ManagerEmail;
        if (!string.IsNullOrWhiteSpace(managerEmail) && string.Equals(managerEmail.Trim(), mentor.Email.Trim(), StringComparison.OrdinalIgnoreCase))
            return true;
        var team = mentor.Answers.ManagesTeam;
        return !string.IsNullOrWhiteSpace(team) && string.Equals(team.Trim(), mentee.Answers.Team.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
