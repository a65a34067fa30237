namespace Thrive.Web.Permissions;

/// <summary>
/// Who may read and who may change each resource of Thrive, as named rules. This is the one place access is decided:
/// handlers ask <see cref="Access"/> with one of these permissions; no handler, page or endpoint composes its own.
/// Private by default: personal work (goals, SWOT, board, commitments, practice log) is its owner's and their mentoring partner's;
/// those who run a programme read goals (to spot stalled pairs) but not SWOTs, boards, sessions or feedback.
/// A new area adds its resources here (and, for a new kind of id, how to find the ties in <see cref="Access"/>).
/// </summary>
public static class Policy
{
    // The rules, from the widest to the narrowest.
    public static readonly Rule Admins = new("admins of the installation", Tie.Admin);
    public static readonly Rule Runners = new("coordinators of the programme and admins", Tie.Coordinator | Tie.Admin);
    public static readonly Rule ProgrammeMembers = new("anyone with a place in the programme, its coordinators and admins", Tie.Member | Tie.Coordinator | Tie.Admin);
    public static readonly Rule Applicants = new("the mentor or mentee the application belongs to", Tie.Applicant);
    public static readonly Rule Participants = new("accepted mentors and mentees of the programme", Tie.Participant);
    public static readonly Rule PairOrRunners = new("the pair's mentor and mentee, the programme's coordinators and admins", Tie.Mentor | Tie.Mentee | Tie.Coordinator | Tie.Admin);
    public static readonly Rule PairMembers = new("the pair's mentor and mentee", Tie.Mentor | Tie.Mentee);
    public static readonly Rule OwnerPartnerOrRunners = new("the owner, their mentoring partner, the programme's coordinators and admins", Tie.Owner | Tie.Partner | Tie.Coordinator | Tie.Admin);
    public static readonly Rule OwnerOrPartner = new("the owner and their mentoring partner", Tie.Owner | Tie.Partner);
    public static readonly Rule Owner = new("the owner", Tie.Owner);
    public static readonly Rule Partner = new("the owner's mentoring partner", Tie.Partner);
    public static readonly Rule Receiver = new("the person who received it", Tie.Receiver);
    public static readonly Rule OwnerOrSharedWith = new("the owner, and their mentoring partner while the owner shares it", Tie.Owner | Tie.SharedWith);
    public static readonly Rule Coordinators = new("coordinators of the programme", Tie.Coordinator);
    public static readonly Rule OwnerOrCoordinators = new("the person whose webhook it is; a programme's webhook: the programme's coordinators", Tie.Owner | Tie.Coordinator);
    public static readonly Rule GroupMembersOrRunners = new("the group's members, the programme's coordinators and admins", Tie.GroupMember | Tie.Coordinator | Tie.Admin);
    public static readonly Rule GroupMembers = new("the group's members", Tie.GroupMember);
    public static readonly Rule FacilitatorsOrRunners = new("the group's facilitators, the programme's coordinators and admins", Tie.Facilitator | Tie.Coordinator | Tie.Admin);

    public static class Installation
    {
        public static readonly Permission Administer = new("grant admin rights, read the audit log and sent mail, create programmes", Resource.Installation, Admins);
    }

    public static class Programme
    {
        public static readonly Permission Read = new("read the programme's page", Resource.Programme, ProgrammeMembers);
        public static readonly Permission Manage = new("change the programme, invite people, keep its example goals", Resource.Programme, Runners);
        public static readonly Permission TakePart = new("set goals, a SWOT, a board and commitments in it", Resource.Programme, Participants);
    }

    public static class Application
    {
        public static readonly Permission Fill = new("read and fill in one's own application", Resource.Programme, Applicants);
        public static readonly Permission Review = new("list, read, accept or decline applications, import and export them", Resource.Programme, Runners);
    }

    public static class Pair
    {
        public static readonly Permission Read = new("read the pair", Resource.Pair, PairOrRunners);
        public static readonly Permission List = new("list the programme's pairs", Resource.Programme, Runners);
        public static readonly Permission Propose = new("pair a mentee with a mentor", Resource.Programme, Runners);
        public static readonly Permission Manage = new("activate, complete or dissolve the pair", Resource.Pair, Runners);
    }

    /// <summary>
    /// Mentee-choice mode: accepted mentees request up to three mentors from the directory; the mentor a request is with
    /// answers it; coordinators see every request and step in. Whether the programme lets mentees choose, and whether the
    /// person is an unpaired mentee, are rules of the request itself (a refusal with a reason, not a denial).
    /// </summary>
    public static class MentorRequest
    {
        public static readonly Permission Make = new("request mentors from the directory; list one's own requests, sent and received", Resource.Programme, Participants);
        public static readonly Permission List = new("list all the programme's mentor requests, let mentees choose, close a request or assign a mentor", Resource.Programme, Runners);
        public static readonly Permission Change = new("reorder or withdraw one's own request", Resource.MentorRequest, Owner);
        public static readonly Permission Answer = new("accept or decline a request that has reached one", Resource.MentorRequest, Receiver);
        public static readonly Permission Close = new("close a request with a note (its mentee's next-ranked mentor gets the turn)", Resource.MentorRequest, Runners);
    }

    /// <summary>Cohort health: counts, dates and reasons in plain words, never a note, an agenda's text, feedback, wellbeing or reflections.</summary>
    public static class Health
    {
        public static readonly Permission Read = new("read the health of the programme's pairs: statuses, reasons, counts and dates", Resource.Programme, Runners);
        public static readonly Permission Escalate = new("nudge the pair by mail or record a check-in with it", Resource.Pair, Runners);
    }

    /// <summary>Surveys: each person's own answers are theirs alone; coordinators read results only as wholes of at least five people, or named.</summary>
    public static class Survey
    {
        public static readonly Permission Rate = new("rate a held session: one's own rating, read back only by its author", Resource.Session, PairMembers);
        public static readonly Permission Answer = new("answer the pair's relationship pulse and end survey: one's own answers, read back only by their author", Resource.Pair, PairMembers);
        public static readonly Permission Results = new("read the programme's survey results: wholes of at least five people, and answers whose authors named themselves", Resource.Programme, Runners);
        public static readonly Permission Questions = new("read, add, edit, reorder and retire the programme's own pulse and end-survey questions (the standard ones stay as they are)", Resource.Programme, Runners);
    }

    /// <summary>Reports: a programme's figures (matching, sessions, goals, ratings, endings) as counts and dates only, never anyone's words.</summary>
    public static class Report
    {
        public static readonly Permission Read = new("read the programme's report and download its tables: counts and dates only, ratings as wholes of at least five people", Resource.Programme, Runners);
    }

    public static class Agreement
    {
        public static readonly Permission Read = new("read the charters and the mentoring plan", Resource.Pair, PairMembers);
        public static readonly Permission Write = new("write one's charter, change and sign the plan", Resource.Pair, PairMembers);
    }

    public static class Session
    {
        public static readonly Permission List = new("list the pair's sessions", Resource.Pair, PairMembers);
        public static readonly Permission Schedule = new("schedule sessions from a regular slot", Resource.Pair, PairMembers);
        public static readonly Permission Read = new("read a session, its agenda and shared notes", Resource.Session, PairMembers);
        public static readonly Permission Write = new("write the agenda and notes, move, cancel, record it", Resource.Session, PairMembers);
    }

    public static class PrivateNote
    {
        /// <summary>Each member writes their own; the query reads only the author's note, so nobody else ever sees it.</summary>
        public static readonly Permission Write = new("write one's own private note on a session", Resource.Session, PairMembers);
    }

    public static class ActionItem
    {
        public static readonly Permission Add = new("add an action item to a session", Resource.Session, PairMembers);
        public static readonly Permission Tick = new("tick an action item off or on", Resource.ActionItem, PairMembers);
    }

    public static class Feedback
    {
        public static readonly Permission Read = new("read feedback between the two", Resource.Pair, PairMembers);
        public static readonly Permission Give = new("give the partner feedback", Resource.Pair, PairMembers);
        public static readonly Permission Answer = new("acknowledge or reply to feedback", Resource.Feedback, Receiver);
    }

    public static class Check
    {
        public static readonly Permission Read = new("read the midpoint relationship check", Resource.Pair, PairMembers);
        public static readonly Permission Write = new("answer the midpoint relationship check", Resource.Pair, PairMembers);
    }

    public static class Closing
    {
        public static readonly Permission Read = new("read the closing and the journey", Resource.Pair, PairMembers);
        public static readonly Permission Write = new("write the closing reflections and complete the pair", Resource.Pair, PairMembers);
    }

    public static class Goal
    {
        public static readonly Permission List = new("list a person's goals", Resource.Person, OwnerPartnerOrRunners);
        public static readonly Permission Read = new("read a goal, its measures and history", Resource.Goal, OwnerPartnerOrRunners);
        public static readonly Permission Write = new("edit, measure, start, achieve or drop the goal", Resource.Goal, Owner);
        public static readonly Permission Comment = new("comment on the goal", Resource.Goal, OwnerOrPartner);
        public static readonly Permission Confirm = new("confirm the goal was achieved", Resource.Goal, Partner);
    }

    public static class Grow
    {
        public static readonly Permission Read = new("read the GROW worksheet", Resource.Goal, OwnerOrPartner);
        public static readonly Permission Write = new("answer the GROW worksheet", Resource.Goal, Owner);
    }

    public static class Swot
    {
        public static readonly Permission Read = new("read the SWOT and its revisions", Resource.Swot, OwnerOrPartner);
        public static readonly Permission Write = new("revise the SWOT and link its items", Resource.Swot, Owner);
        public static readonly Permission Comment = new("comment on the SWOT", Resource.Swot, OwnerOrPartner);
    }

    public static class Board
    {
        public static readonly Permission Read = new("read the board and its flow metrics", Resource.Board, OwnerOrPartner);
        public static readonly Permission Write = new("add cards and change columns", Resource.Board, Owner);
        public static readonly Permission ChangeColumn = new("rename, reorder or delete a column", Resource.Column, Owner);
    }

    public static class Card
    {
        public static readonly Permission Read = new("read a card, its checklist, comments and moves", Resource.Card, OwnerOrPartner);
        public static readonly Permission Write = new("move or edit a card, tick its checklist", Resource.Card, Owner);
        public static readonly Permission Comment = new("comment on a card", Resource.Card, OwnerOrPartner);
    }

    public static class Commitment
    {
        public static readonly Permission List = new("list a person's commitments with streaks", Resource.Person, OwnerOrPartner);
        public static readonly Permission Read = new("read a commitment with its check-ins, notes and goal", Resource.Commitment, OwnerOrPartner);
        public static readonly Permission Write = new("check in on, edit, link to a goal, archive or restore a commitment", Resource.Commitment, Owner);
    }

    /// <summary>The practice log follows the board: the owner and their mentor read it; coordinators do not.</summary>
    public static class Practice
    {
        public static readonly Permission List = new("read a person's practice log and its summary", Resource.Person, OwnerOrPartner);
        public static readonly Permission Write = new("edit, delete or attempt again a logged problem", Resource.PracticeProblem, Owner);
    }

    /// <summary>Role exploration follows the practice log: the owner and their mentor read it; coordinators do not.</summary>
    public static class Roles
    {
        public static readonly Permission List = new("read a person's role conversations, roles map and question bank", Resource.Person, OwnerOrPartner);
        public static readonly Permission Write = new("edit or delete a logged role conversation", Resource.RoleConversation, Owner);
        public static readonly Permission ChangeQuestion = new("remove a question of one's own from the question bank", Resource.RoleQuestion, Owner);
    }

    /// <summary>Evidence of applied learning and the portfolio follow the practice log: the owner and their mentor read them; coordinators do not.</summary>
    public static class Evidence
    {
        public static readonly Permission List = new("read a person's evidence, career assets and portfolio", Resource.Person, OwnerOrPartner);
        public static readonly Permission Write = new("edit or delete a piece of evidence", Resource.EvidenceItem, Owner);
    }

    /// <summary>A version of a CV, LinkedIn profile or portfolio site: the owner asks for a review, their mentor comments and marks it reviewed.</summary>
    public static class CareerAsset
    {
        public static readonly Permission AskReview = new("ask the mentor to review a version", Resource.AssetVersion, Owner);
        public static readonly Permission Comment = new("comment on a version", Resource.AssetVersion, OwnerOrPartner);
        public static readonly Permission Review = new("mark a version reviewed", Resource.AssetVersion, Partner);
    }

    /// <summary>
    /// Wellbeing is private by default: the owner reads everything; their mentoring partner only what the owner shares
    /// (entries one by one, the summary without notes); coordinators never read an entry, only who would like support.
    /// </summary>
    public static class Wellbeing
    {
        public static readonly Permission List = new("read a person's wellbeing: all of it to the owner, only what they share to their partner", Resource.Person, OwnerOrPartner);
        public static readonly Permission ReadPrivate = new("read one's unshared check-ins, stressors, wins, the trend and the heavy-stretch signal", Resource.Person, Owner);
        public static readonly Permission ReadCheckIn = new("read a check-in", Resource.WellbeingCheckIn, OwnerOrSharedWith);
        public static readonly Permission WriteCheckIn = new("delete a check-in, share it or stop sharing it", Resource.WellbeingCheckIn, Owner);
        public static readonly Permission ReadStressor = new("read a stressor with its coping strategies", Resource.Stressor, OwnerOrSharedWith);
        public static readonly Permission WriteStressor = new("edit or delete a stressor, plan, try and delete its coping strategies, share it or stop sharing it", Resource.Stressor, Owner);
        public static readonly Permission ReadWin = new("read a win", Resource.Win, OwnerOrSharedWith);
        public static readonly Permission WriteWin = new("edit or delete a win, share it or stop sharing it", Resource.Win, Owner);
        public static readonly Permission SupportRequests = new("see who would like support (the flag only, never an entry)", Resource.Programme, Runners);
    }

    /// <summary>Exam preparation follows the practice log: the owner writes, their mentor reads and comments; coordinators do not see it.</summary>
    public static class ExamPrep
    {
        public static readonly Permission Read = new("read a person's exam preparation: exam, study time, practice tests, readiness", Resource.Person, OwnerOrPartner);
        public static readonly Permission Comment = new("comment on a person's exam preparation", Resource.Person, OwnerOrPartner);
        public static readonly Permission Write = new("delete a practice test", Resource.ExamPracticeTest, Owner);
    }

    /// <summary>
    /// Webhooks: a programme's are its coordinators' (events of the whole programme), a person's own are theirs alone
    /// (events about their pairs). Admins who do not coordinate the programme neither see nor change them: a webhook's
    /// URL and delivery log are its owners' business.
    /// </summary>
    public static class Webhook
    {
        public static readonly Permission ManageProgramme = new("list and add the programme's webhooks", Resource.Programme, Coordinators);
        public static readonly Permission Manage = new("read a webhook's delivery log, turn it off or on, rotate its secret, redeliver, delete it", Resource.WebhookSubscription, OwnerOrCoordinators);
    }

    /// <summary>
    /// Groups (book clubs, mentoring circles, peer groups) of a programme or of the community. Members read everything
    /// but a reflection its author keeps private; the programme's coordinators (admins for a community group) create,
    /// manage and archive groups and see who is in them and how far each has read, never the prompts or reflections.
    /// Mentors and mentees of the programme who are not members see only name, purpose, kind and places left of the
    /// open groups, in the Groups list, to join them; groups by invitation are not listed to them.
    /// </summary>
    public static class Group
    {
        public static readonly Permission Create = new("create a group in the programme", Resource.Programme, Runners);
        public static readonly Permission CreateCommunity = new("create a community group open to every programme", Resource.Installation, Admins);
        public static readonly Permission Read = new("read the group: purpose, members and roles, the reading plan and everyone's progress", Resource.Group, GroupMembersOrRunners);
        public static readonly Permission ReadDiscussion = new("read the group's prompts with their votes and the reflections their authors share", Resource.Group, GroupMembers);
        public static readonly Permission Join = new("join an open group (name, purpose and places are listed to them)", Resource.Group, Participants);
        public static readonly Permission TakePart = new("mark parts read, add and vote up prompts, write reflections, let the group back one of their goals, leave the group", Resource.Group, GroupMembers);
        public static readonly Permission Manage = new("edit the group and its reading plan, add members, make or unmake facilitators", Resource.Group, FacilitatorsOrRunners);
        public static readonly Permission Archive = new("archive the group when it ends (it becomes read-only)", Resource.Group, Runners);
    }

    /// <summary>
    /// A group's meetings (checked on the group). Members and the programme's coordinators see when and where they are
    /// and who answers and attended; only members read the agenda topics, the round of updates, the shared notes and the
    /// action items. Facilitators and coordinators schedule, move, cancel and record attendance.
    /// </summary>
    public static class Meeting
    {
        public static readonly Permission Read = new("read the group's meetings: times, place, status, who is going and who attended", Resource.Group, GroupMembersOrRunners);
        public static readonly Permission ReadNotes = new("read a meeting's agenda topics, round of updates, shared notes and action items", Resource.Group, GroupMembers);
        public static readonly Permission TakePart = new("answer going or not going, add a topic, give an update, write the shared notes, add and tick action items", Resource.Group, GroupMembers);
        public static readonly Permission Schedule = new("schedule, move and cancel the group's meetings, order and strike topics, record who attended", Resource.Group, FacilitatorsOrRunners);
    }

    /// <summary>Every permission of the table, for the authorization tests and the docs (read on demand: the nested classes initialise after this one).</summary>
    public static IReadOnlyList<(string Resource, string Name, Permission Permission)> All => typeof(Policy).GetNestedTypes()
        .SelectMany(t => t.GetFields().Where(f => f.FieldType == typeof(Permission)).Select(f => (t.Name, f.Name, (Permission)f.GetValue(null)!)))
        .ToList();
}
