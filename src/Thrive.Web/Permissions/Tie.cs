namespace Thrive.Web.Permissions;

/// <summary>
/// What a person is to one resource. <see cref="Access"/> finds these from programme places and pairs (one query a
/// resource); the rules of <see cref="Policy"/> say which ties may read or change what.
/// </summary>
[Flags]
public enum Tie
{
    None = 0,

    /// <summary>Runs the installation.</summary>
    Admin = 1 << 0,

    /// <summary>An accepted coordinator of the resource's programme.</summary>
    Coordinator = 1 << 1,

    /// <summary>Has a place in the programme that was not declined: any role, also while the application is open.</summary>
    Member = 1 << 2,

    /// <summary>An accepted mentor or mentee of the programme.</summary>
    Participant = 1 << 3,

    /// <summary>Has a place as mentor or mentee, so an application of their own (whatever its status).</summary>
    Applicant = 1 << 4,

    /// <summary>The mentor of the resource's pair.</summary>
    Mentor = 1 << 5,

    /// <summary>The mentee of the resource's pair.</summary>
    Mentee = 1 << 6,

    /// <summary>The person the resource belongs to: their goal, SWOT, board, card, commitment, practice problem or action item.</summary>
    Owner = 1 << 7,

    /// <summary>The owner's mentoring partner in the resource's programme (an active or completed pair).</summary>
    Partner = 1 << 8,

    /// <summary>The person the feedback was given to.</summary>
    Receiver = 1 << 9,

    /// <summary>The owner's mentoring partner, on a wellbeing entry the owner shares with them (while they share it).</summary>
    SharedWith = 1 << 10,

    /// <summary>A member of the group (any role).</summary>
    GroupMember = 1 << 11,

    /// <summary>A facilitator of the group.</summary>
    Facilitator = 1 << 12,
}

/// <summary>What an id in a request points at, which decides how <see cref="Access"/> finds the reader's ties to it.</summary>
public enum Resource
{
    /// <summary>The installation itself (no id).</summary>
    Installation,
    Programme,
    Pair,
    Session,
    ActionItem,
    Feedback,
    /// <summary>A person's work in one programme (their goals, commitments): addressed by owner and programme.</summary>
    Person,
    Goal,
    Swot,
    Board,
    Column,
    Card,
    Commitment,
    /// <summary>A problem in a person's practice log.</summary>
    PracticeProblem,
    /// <summary>A conversation in a person's role exploration.</summary>
    RoleConversation,
    /// <summary>A question of a person's own in their role exploration's question bank.</summary>
    RoleQuestion,
    /// <summary>A piece of evidence of a person's applied learning.</summary>
    EvidenceItem,
    /// <summary>A version of a person's CV, LinkedIn profile or portfolio site.</summary>
    AssetVersion,
    /// <summary>A weekly wellbeing check-in, a stressor, a win: private entries their owner may share.</summary>
    WellbeingCheckIn,
    Stressor,
    Win,
    /// <summary>A practice test of a person's exam preparation.</summary>
    ExamPracticeTest,
    /// <summary>A webhook subscription: a programme's (its coordinators') or a person's own.</summary>
    WebhookSubscription,
    /// <summary>
    /// A group (book club, mentoring circle, peer group) of a programme, or of the community: then Participant means an
    /// accepted mentor or mentee of any programme, and no coordinator has a tie to it.
    /// </summary>
    Group,
    /// <summary>A mentee's request to a mentor: Owner is the mentee, Receiver the mentor once it has reached them.</summary>
    MentorRequest,
}

/// <summary>A named rule: who may, as words for the reader and as the ties that satisfy it (any one of them).</summary>
public sealed record Rule(string Who, Tie AnyOf)
{
    public bool Allows(Tie ties) => (ties & AnyOf) != Tie.None;

    public override string ToString() => Who;
}

/// <summary>One line of the policy: doing <paramref name="What"/> to a resource addressed as <paramref name="On"/> needs <paramref name="Rule"/>.</summary>
public sealed record Permission(string What, Resource On, Rule Rule)
{
    public override string ToString() => $"{What}: {Rule.Who}";
}
