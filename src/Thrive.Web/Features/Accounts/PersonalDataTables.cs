using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>What the download and account deletion (<see cref="PersonalData"/>) do with a table's rows about the person.</summary>
public enum PersonalDataHandling
{
    /// <summary>Theirs alone: in the download, and deleted with the account.</summary>
    ExportedAndDeleted,
    /// <summary>Shared with a partner or the programme: in the download, kept when the account goes; they then read "Deleted user".</summary>
    ExportedAndKept,
    /// <summary>Deleted with the account but not in the download, for the reason given.</summary>
    DeletedNotExported,
    /// <summary>Kept on purpose and not in the download, for the reason given.</summary>
    Kept,
    /// <summary>Holds nothing about a person.</summary>
    NotPersonal,
}

/// <param name="Section">The download's section holding the table's rows; null when the table is not exported.</param>
public sealed record PersonalDataTable(Type Entity, PersonalDataHandling Handling, string? Section, string Why);

/// <summary>
/// Every table of the model, with what happens to a person's rows in it. Adding a table means choosing here, and
/// changing <see cref="PersonalData"/> to match: PersonalDataTablesTests reads the model, fails for a table that
/// points at a person and is missing, and checks that each exported table is in the download and each deleted one
/// is empty after an account deletion.
/// </summary>
public static class PersonalDataTables
{
    public static readonly IReadOnlyList<PersonalDataTable> All =
    [
        // Accounts and sign-in
        Shared<ThriveUser>("profile", "The account row stays without name, e-mail, password or profile, so that shared records keep an author who reads \"Deleted user\"."),
        Deleted<IdentityUserClaim<Guid>>("Sign-in machinery: Thrive stores no claims."),
        Own<IdentityUserLogin<Guid>>("signInLinks", "The links to single sign-on providers: the provider, its id for the person (the subject) and when the link was made; no token is kept."),
        Deleted<IdentityUserToken<Guid>>("Sign-in secrets, which never leave the server."),
        Deleted<IdentityUserRole<Guid>>("Sign-in machinery: Thrive holds roles on programme places and the admin flag, which the download shows."),
        NotPersonal<IdentityRole<Guid>>("Identity's role names."),
        NotPersonal<IdentityRoleClaim<Guid>>("Identity's role claims."),
        NotPersonal<DataProtectionKey>("The keys that protect cookies and tokens."),
        Own<AccessToken>("accessTokens", "The person's API tokens: name, scope, dates and last use; the secret's hash never leaves the server."),
        Deleted<Invitation>("An invitation only repeats the address and programme place the download shows; those the person sent as a coordinator stay with the programme."),
        Own<SentMail>("mailSentToYou", "When and about what (the subject); the bodies repeat what the app shows."),
        Kept<AuditEntry>("The audit log records who did what, this deletion included: it is the installation's record and keeps the names it copied."),
        // Programmes and pairs
        NotPersonal<Programme>("A programme's own details."),
        Shared<Participant>("programmePlaces", "The place stays, its answers and call notes forgotten, so the programme's counts stay true."),
        Shared<Pair>("pairs", "The partner's pair too; an open pair ends."),
        NotPersonal<MatchingSettings>("A programme's matching weights."),
        Deleted<ActivityRead>("When the person last opened their activity feed; the download shows it in the profile (activitySeenAt)."),
        Own<MentorRequest>("mentorRequests", "Requests the person made as a mentee or received as a mentor (note, rank, answer); they go with either person."),
        Deleted<LockedMatch>("A coordinator's lock on a proposed pair, a working note on a proposal that goes with either person."),
        Own<RelationshipCharter>("charters", "Each member writes their own."),
        Shared<MentoringPlan>("plans", "The pair's agreed plan."),
        // Goals
        Own<Goal>("goals"),
        Own<MeasureEntry>("goalMeasures", "Part of a goal."),
        Own<GoalEvent>("goalHistory", "Part of a goal; what the person did on a partner's goal stays in that goal's history."),
        Own<GrowAnswer>("growAnswers", "Part of a goal."),
        Own<GoalSwotLink>("goalSwotLinks", "Links between the person's own goals and SWOT items."),
        Own<GoalComment>("goalCommentsWritten", "Comments on the person's goals go with them; those written on a partner's goal stay there."),
        Kept<ProgrammeGoalTemplate>("A template a coordinator wrote belongs to the programme; its author then reads \"Deleted user\"."),
        // SWOT
        Own<SwotAnalysis>("swotAnalyses"),
        Own<SwotRevision>("swotRevisions", "Part of a SWOT."),
        Own<SwotItem>("swotItems", "Part of a SWOT."),
        Own<SwotLink>("swotLinks", "Part of a SWOT."),
        Own<SwotComment>("swotCommentsWritten", "Comments on the person's SWOT go with it; those written on a partner's stay there."),
        // Board
        Own<TaskBoard>("boards"),
        Own<BoardColumn>("boardColumns", "Part of a board."),
        Own<BoardTask>("tasks", "Part of a board."),
        Own<TaskMove>("taskMoves", "Part of a task."),
        Own<ChecklistItem>("checklistItems", "Part of a task."),
        Own<TaskComment>("taskCommentsWritten", "Comments on the person's tasks go with them; those written on a partner's task stay there."),
        // Commitments
        Own<Commitment>("commitments"),
        Own<CheckIn>("checkIns", "Part of a commitment."),
        // Mentor types
        Own<MentorTypeResult>("mentorType", "The latest answers to the mentor-type quiz."),
        // Practice
        Own<PracticeProblem>("practiceProblems"),
        Own<PracticeLog>("practiceLogs", "The weekly target of the practice log."),
        // Wellbeing
        Own<WellbeingCheckIn>("wellbeingCheckIns", "Private check-ins; sharing with the partner ends with the account."),
        Own<Stressor>("stressors"),
        Own<CopingStrategy>("copingStrategies", "Part of a stressor."),
        Own<Win>("wins"),
        Own<WellbeingJournal>("wellbeingJournals", "What the person shares and whether they would like support."),
        // Exam preparation
        Own<Exam>("exams"),
        Own<ExamDomain>("examDomains", "Part of an exam."),
        Own<ExamPracticeTest>("examPracticeTests"),
        Own<ExamStudyLog>("examStudyTime"),
        Own<ExamComment>("examCommentsWritten", "Comments on the person's exam go with it; those written on a partner's exam stay there."),
        NotPersonal<ExamTemplate>("A programme's certification templates, kept by its coordinators."),
        // Sessions and the relationship
        Shared<MentoringSession>("sessions", "The pair's sessions and shared notes."),
        Shared<ActionItem>("actionItems", "The pair's action items, whoever owns them."),
        Own<PrivateNote>("privateNotes", "Seen only by their author."),
        Shared<Feedback>("feedback", "The other person keeps what was said to them, or by them."),
        Own<MidpointCheck>("midpointChecks", "Each member writes their own."),
        Shared<PairEscalation>("pairEscalations", "A coordinator's record of nudging or checking in with a pair belongs to the programme; the pair's members see the steps and dates."),
        Own<ClosingReflection>("closingReflections", "Each member writes their own."),
        // Surveys
        Own<SessionRating>("sessionRatings", "Each person's own ratings of sessions; they leave the programme's results with the account."),
        Own<PairSurveyAnswer>("pairSurveyAnswers", "Each person's own relationship pulse and end-survey answers; they leave the programme's results with the account."),
        NotPersonal<SurveyQuestion>("A programme's own survey questions, written by its coordinators; they name no one."),
        Own<SurveyQuestionAnswer>("surveyQuestionAnswers", "Part of each person's pulse and end-survey answers: their answers to the programme's own questions."),
        // Groups
        Kept<Group>("A group belongs to its programme or the community; its creator then reads \"Deleted user\"."),
        Own<GroupMember>("groupMemberships", "The person leaves every group (a group whose last facilitator goes keeps running; its coordinator names another)."),
        Kept<ReadingPart>("Part of a group's reading plan, which belongs to the group: titles, chapters and due days."),
        Own<PartRead>("groupPartsRead", "The parts of a reading plan the person marked read."),
        Own<DiscussionPrompt>("groupPromptsWritten", "The person's discussion prompts go, with the votes others gave them."),
        Own<PromptVote>("groupPromptVotes", "The person's votes for prompts."),
        Own<GroupReflection>("groupReflections", "The person's reflections on the parts they read, private or shared."),
        Kept<GroupMeeting>("A group's meeting (times, place, shared notes) belongs to the group, like its reading plan; it names no person."),
        Own<MeetingAttendance>("groupMeetingAnswers", "The person's answers to group meetings and whether they attended."),
        Own<AgendaTopic>("groupMeetingTopics", "The topics the person put on meetings' agendas."),
        Own<MeetingUpdate>("groupMeetingUpdates", "The person's updates in meetings' rounds of updates."),
        Own<MeetingActionItem>("groupMeetingActions", "The action items from group meetings that the person owns."),
        // Reminders
        Own<ReminderOptOut>("remindersTurnedOff"),
        Deleted<ReminderDelivery>("Bookkeeping so that no reminder is sent twice; the messages themselves are in mailSentToYou."),
        // Webhooks
        Shared<WebhookSubscription>("webhooks", "A person's own webhooks go with the account; a programme's stay with the programme, whose coordinators manage them. The signing secret is never exported."),
        Deleted<WebhookEvent>("Ids and times of what happened, for delivery; events about the person's own goals go with the account (the others name only the pair and programme by id)."),
        Deleted<WebhookDelivery>("Bookkeeping so that each event reaches each webhook once; it goes with its event or its webhook."),
        Deleted<WebhookAttempt>("The delivery log's answers from the receiver; they go with their delivery."),
        // Chat (Slack, Microsoft Teams)
        Shared<ChatConnection>("chatConnections", "A person's own chat connection goes with the account; a programme's channel stays with the programme, whose coordinators manage it. The URL, a secret, is never exported: only its host."),
        Kept<ChatMessage>("The messages posted to a chat and their delivery log go with their connection: a person's own connection (their reminders) is deleted with the account, a programme channel's messages (counts and group names only) stay with the programme."),
        // Role exploration
        Own<RoleConversation>("roleConversations"),
        Own<ExplorationRole>("explorationRoles", "The person's own roles and the built-in ones they hid."),
        Own<RoleQuestion>("roleQuestions", "The person's own questions in the question bank."),
        Own<RoleExploration>("roleExplorations", "The goal the conversation count feeds and the commitment made from the tool."),
        // Evidence and career assets
        Own<EvidenceItem>("evidence"),
        Own<EvidenceGoal>("evidenceGoals", "Ties between the person's own evidence and goals."),
        Own<CareerAsset>("careerAssets"),
        Own<AssetVersion>("careerAssetVersions", "Part of a career asset; the mentor who reviewed a version is named by id."),
        Own<AssetVersionComment>("careerAssetCommentsWritten", "Comments on the person's versions go with them; those written on a partner's version stay there."),
        Deleted<PortfolioShare>("The hash of the portfolio's secret link, a secret that never leaves the server; the link ends with the account."),
    ];

    private static PersonalDataTable Own<T>(string section, string why = "") => new(typeof(T), PersonalDataHandling.ExportedAndDeleted, section, why);
    private static PersonalDataTable Shared<T>(string section, string why) => new(typeof(T), PersonalDataHandling.ExportedAndKept, section, why);
    private static PersonalDataTable Deleted<T>(string why) => new(typeof(T), PersonalDataHandling.DeletedNotExported, null, why);
    private static PersonalDataTable Kept<T>(string why) => new(typeof(T), PersonalDataHandling.Kept, null, why);
    private static PersonalDataTable NotPersonal<T>(string why) => new(typeof(T), PersonalDataHandling.NotPersonal, null, why);
}
