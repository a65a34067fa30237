namespace Thrive.Domain.Groups;

/// <summary>What a group is for: reading a book together, one or more mentors with several mentees, or peers helping each other.</summary>
public enum GroupKind { BookClub, MentoringCircle, PeerGroup }

/// <summary>How people come in: anyone eligible joins an open group; a facilitator or coordinator adds them to one by invitation.</summary>
public enum JoinPolicy { Open, ByInvitation }

/// <summary>A member's role in the group: a facilitator leads it (several may, and the role can rotate).</summary>
public enum GroupRole { Member, Facilitator }

public static class GroupWords
{
    public static string Kind(GroupKind k) => k switch
    {
        GroupKind.BookClub => "Book club",
        GroupKind.MentoringCircle => "Mentoring circle",
        _ => "Peer group",
    };

    public static string Join(JoinPolicy p) => p == JoinPolicy.Open ? "Open to join" : "By invitation";
}

/// <summary>What a member's goal counts when the group backs it: chapters or parts of the reading plan read, or meetings attended.</summary>
public enum GoalFollows { ChaptersRead, PartsRead, MeetingsAttended }
