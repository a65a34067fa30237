using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Permissions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Every page and API route, read from the app's own endpoint data, against seven people. A route that is not
/// in the table fails the test, so a new route cannot be forgotten.
/// </summary>
public sealed class AuthorizationMatrixTests : WebTest
{
    /// <summary>Rules of routes that guard no resource.</summary>
    internal enum Route { Public, AlwaysDenied, Gone, Nobody, SignedIn, RunsAProgrammeOrAdmin }

    /// <summary>What a route expects: a rule of its own, or a permission of the app's access policy (read from <see cref="Policy"/>).</summary>
    internal sealed record Expect(Route? Rule, Permission? Permission)
    {
        public static implicit operator Expect(Route rule) => new(rule, null);
        public static implicit operator Expect(Permission permission) => new(null, permission);

        public override string ToString() => Permission?.ToString() ?? Rule!.Value.ToString();
    }

    internal static readonly Dictionary<string, Expect> Table = new(StringComparer.Ordinal)
    {
        ["GET /"] = Route.SignedIn,
        ["GET /Error"] = Route.Public,
        ["GET /Status/{code}"] = Route.Public,
        ["GET /Setup"] = Route.Gone,
        ["GET /Account/SignIn"] = Route.Public,
        ["GET /Account/SignOut"] = Route.SignedIn,
        ["GET /Account/AccessDenied"] = Route.AlwaysDenied,
        ["GET /Account/Invitation"] = Route.Public,
        ["GET /Account/ForgotPassword"] = Route.Public,
        ["GET /Account/ResetPassword"] = Route.Public,
        ["GET /Account/Profile"] = Route.SignedIn,
        ["GET /Account/SsoStart"] = Route.Public, // single sign-on; without a configured provider it ends on the error page
        ["GET /Account/SsoCallback"] = Route.Public, // without the provider's answer it ends on the error page
        ["GET /Account/SsoError"] = Route.Public,
        ["GET /Account/SignInMethods"] = Route.SignedIn, // one's own; tested in SsoTests
        ["GET /Admin/SignIn"] = Policy.Installation.Administer,
        ["GET /Account/Data"] = Route.SignedIn,
        ["GET /Account/Calendar"] = Route.SignedIn,
        ["GET /Activity"] = Route.SignedIn, // one's own feed; what it shows is tested in ActivityTests
        ["GET /Account/Tokens"] = Route.SignedIn, // one's own tokens only; tested in AccessTokenTests
        ["GET /Account/Webhooks"] = Route.SignedIn, // one's own webhooks only; tested in WebhookTests
        ["GET /Programmes/{id}/Webhooks"] = Policy.Webhook.ManageProgramme,
        ["GET /Webhooks/{id}"] = Policy.Webhook.Manage, // filled with MenteeA's own webhook: her mentor, the coordinator and the admin are refused
        ["GET /api/v1/me/webhooks"] = Route.SignedIn, // one's own only
        ["POST /api/v1/me/webhooks"] = Route.SignedIn,
        ["GET /api/v1/programmes/{id}/webhooks"] = Policy.Webhook.ManageProgramme,
        ["POST /api/v1/programmes/{id}/webhooks"] = Policy.Webhook.ManageProgramme,
        ["GET /api/v1/webhooks/{id}"] = Policy.Webhook.Manage,
        ["DELETE /api/v1/webhooks/{id}"] = Policy.Webhook.Manage, // filled with a spare webhook of MenteeA's
        ["GET /Account/Chat"] = Route.SignedIn, // one's own chat connection only; tested in ChatTests
        ["GET /Programmes/{id}/Chat"] = Policy.Webhook.ManageProgramme,
        ["GET /api/v1/me/chat"] = Route.SignedIn, // one's own only (404 while not connected)
        ["PUT /api/v1/me/chat"] = Route.SignedIn,
        ["DELETE /api/v1/me/chat"] = Route.SignedIn, // nothing to disconnect is no error
        ["GET /calendar/{token}.ics"] = Route.Public, // the secret token is the key (filled with MenteeA's)
        ["GET /Account/Notifications"] = Route.SignedIn,
        ["GET /Unsubscribe"] = Route.Public, // the signed token is the proof; without one the answer is 400
        ["GET /Admin/Programmes/New"] = Policy.Installation.Administer,
        ["GET /Admin/Mail"] = Policy.Installation.Administer,
        ["GET /Admin/Users"] = Policy.Installation.Administer,
        ["GET /Admin/Audit"] = Policy.Installation.Administer,
        ["GET /Programmes/{id}"] = Policy.Programme.Read,
        ["GET /Programmes/{id}/Edit"] = Policy.Programme.Manage,
        ["GET /Programmes/{id}/Invite"] = Policy.Programme.Manage,
        ["GET /Programmes/{id}/Apply"] = Policy.Application.Fill,
        ["GET /Programmes/{id}/Applications"] = Policy.Application.Review,
        ["GET /Programmes/{id}/Applications/{participantId}"] = Policy.Application.Review,
        ["GET /Programmes/{id}/Import"] = Policy.Application.Review,
        ["GET /Programmes/{id}/Export"] = Policy.Application.Review,
        ["GET /Programmes/{id}/Pairs/New"] = Policy.Pair.Propose,
        ["GET /Programmes/{id}/Health"] = Policy.Health.Read,
        ["GET /Programmes/{id}/Matching"] = Policy.Pair.Propose,
        ["GET /Pairs/{id}"] = Policy.Pair.Read,
        ["GET /Pairs/{id}/Charter"] = Policy.Agreement.Read,
        ["GET /Pairs/{id}/Plan"] = Policy.Agreement.Read,
        ["GET /Pairs/{id}/Sessions"] = Policy.Session.List,
        ["GET /Pairs/{id}/Feedback"] = Policy.Feedback.Read,
        ["GET /Pairs/{id}/Check"] = Policy.Check.Read,
        ["GET /Pairs/{id}/Close"] = Policy.Closing.Read,
        ["GET /Pairs/{id}/Journey"] = Policy.Closing.Read,
        ["GET /Sessions/{id}"] = Policy.Session.Read,
        ["GET /healthz"] = Route.Public,
        ["GET /openapi/{documentName}.json"] = Route.Public,
        ["GET /api/reference/{documentName}"] = Route.Public,
        ["GET /api/reference/favicon.svg"] = Route.Public,
        ["GET /api/reference/scalar.aspnetcore.js"] = Route.Public,
        ["GET /api/reference/scalar.js"] = Route.Public,
        ["GET /api/v1/me"] = Route.SignedIn,
        ["GET /api/v1/activity"] = Route.SignedIn, // one's own feed; tested in ActivityTests
        ["GET /api/v1/me/export"] = Route.SignedIn,
        ["GET /api/v1/programmes"] = Route.SignedIn,
        ["POST /api/v1/programmes"] = Policy.Installation.Administer,
        ["GET /api/v1/programmes/{id}"] = Policy.Programme.Read,
        ["PUT /api/v1/programmes/{id}"] = Policy.Programme.Manage,
        ["GET /api/v1/programmes/{id}/applications"] = Policy.Application.Review,
        ["POST /api/v1/programmes/{id}/applications/{participantId}/decision"] = Policy.Application.Review,
        ["POST /api/v1/programmes/{id}/invitations"] = Policy.Programme.Manage,
        ["GET /api/v1/programmes/{id}/pairs"] = Policy.Pair.List,
        ["GET /api/v1/programmes/{id}/health"] = Policy.Health.Read,
        ["POST /api/v1/programmes/{id}/pairs"] = Policy.Pair.Propose,
        ["GET /api/v1/programmes/{id}/matching"] = Policy.Pair.Propose,
        ["PUT /api/v1/programmes/{id}/matching/weights"] = Policy.Pair.Propose,
        ["GET /api/v1/pairs/{id}"] = Policy.Pair.Read,
        ["POST /api/v1/pairs/{id}/activate"] = Policy.Pair.Manage,
        ["POST /api/v1/pairs/{id}/complete"] = Policy.Pair.Manage,
        ["POST /api/v1/pairs/{id}/dissolve"] = Policy.Pair.Manage,
        ["GET /api/v1/pairs/{id}/feedback"] = Policy.Feedback.Read,
        ["GET /api/v1/pairs/{id}/sessions"] = Policy.Session.List,
        ["GET /api/v1/sessions/{id}"] = Policy.Session.Read,
        ["POST /api/v1/action-items/{id}/toggle"] = Policy.ActionItem.Tick, // filled with an action item of pair A
        ["POST /api/v1/pairs/{id}/feedback"] = Policy.Feedback.Give,
        ["POST /api/v1/pairs/{id}/feedback/{feedbackId}/acknowledge"] = Policy.Feedback.Answer, // filled with feedback to MenteeA
        ["POST /api/v1/pairs/{id}/feedback/{feedbackId}/reply"] = Policy.Feedback.Answer,
        ["GET /Goals"] = Route.SignedIn,
        ["GET /Goals/Index"] = Route.SignedIn,
        ["GET /Commitments"] = Route.SignedIn,
        ["GET /Commitments/Index"] = Route.SignedIn,
        ["GET /api/v1/commitments"] = Route.SignedIn, // one's own (people without a place get 400); ?owner= is tested in CommitmentTests
        ["POST /api/v1/commitments/{id}/check-ins"] = Policy.Commitment.Write, // filled with MenteeA's commitment
        ["GET /Commitments/{id}"] = Policy.Commitment.Read,
        ["POST /api/v1/commitments"] = Policy.Programme.TakePart,
        ["GET /api/v1/commitments/{id}"] = Policy.Commitment.Read,
        ["PUT /api/v1/commitments/{id}"] = Policy.Commitment.Write,
        ["DELETE /api/v1/commitments/{id}/check-ins/{date}"] = Policy.Commitment.Write,
        ["GET /Practice"] = Route.SignedIn,
        ["GET /Practice/Index"] = Route.SignedIn,
        ["GET /Practice/{id}/Edit"] = Policy.Practice.Write, // filled with MenteeA's problem
        ["GET /api/v1/practice/problems"] = Route.SignedIn, // one's own; ?owner= is tested in PracticeTests
        ["POST /api/v1/practice/problems"] = Policy.Programme.TakePart,
        ["PUT /api/v1/practice/problems/{id}"] = Policy.Practice.Write,
        ["DELETE /api/v1/practice/problems/{id}"] = Policy.Practice.Write, // filled with a spare problem of MenteeA's
        ["POST /api/v1/practice/problems/{id}/attempts"] = Policy.Practice.Write,
        ["GET /api/v1/practice/summary"] = Route.SignedIn,
        ["PUT /api/v1/practice/target"] = Policy.Programme.TakePart,
        ["GET /Roles"] = Route.SignedIn,
        ["GET /Roles/Index"] = Route.SignedIn,
        ["GET /Roles/Conversations/{id}/Edit"] = Policy.Roles.Write, // filled with MenteeA's conversation
        ["GET /api/v1/roles/map"] = Route.SignedIn, // one's own; ?owner= is tested in RolesTests
        ["POST /api/v1/roles"] = Policy.Programme.TakePart,
        ["PUT /api/v1/roles/visibility"] = Policy.Programme.TakePart,
        ["PUT /api/v1/roles/goal"] = Policy.Programme.TakePart,
        ["POST /api/v1/roles/commitment"] = Policy.Programme.TakePart,
        ["GET /api/v1/role-conversations"] = Route.SignedIn, // one's own; ?owner= is tested in RolesTests
        ["POST /api/v1/role-conversations"] = Policy.Programme.TakePart,
        ["PUT /api/v1/role-conversations/{id}"] = Policy.Roles.Write,
        ["DELETE /api/v1/role-conversations/{id}"] = Policy.Roles.Write, // filled with a spare conversation of MenteeA's
        ["POST /api/v1/role-questions"] = Policy.Programme.TakePart,
        ["DELETE /api/v1/role-questions/{id}"] = Policy.Roles.ChangeQuestion,
        ["GET /Wellbeing"] = Route.SignedIn,
        ["GET /Wellbeing/Index"] = Route.SignedIn,
        ["GET /api/v1/wellbeing/summary"] = Route.SignedIn, // one's own; ?owner= is tested in WellbeingTests
        ["GET /api/v1/wellbeing/check-ins"] = Route.SignedIn, // one's own; ?owner= is tested in WellbeingTests
        ["POST /api/v1/wellbeing/check-ins"] = Policy.Programme.TakePart,
        ["GET /api/v1/wellbeing/check-ins/{id}"] = Policy.Wellbeing.ReadCheckIn, // MenteeA's private check-in: her mentor is refused too
        ["PUT /api/v1/wellbeing/check-ins/{id}/sharing"] = Policy.Wellbeing.WriteCheckIn,
        ["DELETE /api/v1/wellbeing/check-ins/{id}"] = Policy.Wellbeing.WriteCheckIn,
        ["GET /api/v1/wellbeing/stressors"] = Route.SignedIn,
        ["POST /api/v1/wellbeing/stressors"] = Policy.Programme.TakePart,
        ["GET /api/v1/wellbeing/stressors/{id}"] = Policy.Wellbeing.ReadStressor,
        ["PUT /api/v1/wellbeing/stressors/{id}/sharing"] = Policy.Wellbeing.WriteStressor,
        ["PUT /api/v1/wellbeing/stressors/{id}"] = Policy.Wellbeing.WriteStressor,
        ["DELETE /api/v1/wellbeing/stressors/{id}"] = Policy.Wellbeing.WriteStressor,
        ["DELETE /api/v1/wellbeing/stressors/{id}/strategies/{strategyId}"] = Policy.Wellbeing.WriteStressor,
        ["POST /api/v1/wellbeing/stressors/{id}/strategies"] = Policy.Wellbeing.WriteStressor,
        ["POST /api/v1/wellbeing/stressors/{id}/strategies/{strategyId}/tries"] = Policy.Wellbeing.WriteStressor,
        ["GET /api/v1/wellbeing/wins"] = Route.SignedIn,
        ["POST /api/v1/wellbeing/wins"] = Policy.Programme.TakePart,
        ["GET /api/v1/wellbeing/wins/{id}"] = Policy.Wellbeing.ReadWin,
        ["PUT /api/v1/wellbeing/wins/{id}/sharing"] = Policy.Wellbeing.WriteWin,
        ["PUT /api/v1/wellbeing/wins/{id}"] = Policy.Wellbeing.WriteWin,
        ["DELETE /api/v1/wellbeing/wins/{id}"] = Policy.Wellbeing.WriteWin,
        ["PUT /api/v1/wellbeing/sharing"] = Policy.Programme.TakePart,
        ["GET /api/v1/programmes/{id}/wellbeing/support-requests"] = Policy.Wellbeing.SupportRequests,
        ["GET /Exam"] = Route.SignedIn,
        ["GET /Exam/Index"] = Route.SignedIn,
        ["GET /Exam/Edit"] = Policy.Programme.TakePart,
        ["GET /Programmes/{id}/ExamTemplates"] = Policy.Programme.Read,
        ["GET /api/v1/exam"] = Route.SignedIn, // one's own; ?owner= is tested in ExamTests
        ["PUT /api/v1/exam"] = Policy.Programme.TakePart,
        ["POST /api/v1/exam/practice-tests"] = Policy.Programme.TakePart,
        ["DELETE /api/v1/exam/practice-tests/{id}"] = Policy.ExamPrep.Write, // filled with MenteeA's practice test
        ["POST /api/v1/exam/study"] = Policy.Programme.TakePart,
        ["DELETE /api/v1/exam/study/{id}"] = Policy.Programme.TakePart, // one's own exam's session (another's is not found); tested in ExamTests
        ["PUT /api/v1/exam/result"] = Policy.Programme.TakePart,
        ["POST /api/v1/exam/comments"] = Route.SignedIn, // on one's own exam (people without a place get 400); ?owner is tested in ExamTests
        ["GET /api/v1/programmes/{id}/exam-templates"] = Policy.Programme.Read,
        ["POST /api/v1/programmes/{id}/exam-templates"] = Policy.Programme.Manage,
        ["DELETE /api/v1/programmes/{id}/exam-templates/{templateId}"] = Policy.Programme.Manage,
        ["GET /Goals/New"] = Policy.Programme.TakePart,
        ["GET /Goals/Coach"] = Route.SignedIn,
        ["GET /Goals/Library"] = Route.SignedIn,
        ["GET /Goals/{id}"] = Policy.Goal.Read,
        ["GET /Goals/{id}/Edit"] = Policy.Goal.Write,
        ["GET /Goals/{id}/Grow"] = Policy.Grow.Read,
        ["GET /Swot/{analysisId}"] = Policy.Swot.Read,
        ["GET /Swot/{analysisId}/Compare"] = Policy.Swot.Read,
        ["POST /api/v1/smart/assess"] = Route.SignedIn,
        ["GET /api/v1/goals"] = Route.SignedIn,
        ["POST /api/v1/goals"] = Policy.Programme.TakePart,
        ["GET /api/v1/goals/{id}"] = Policy.Goal.Read,
        ["PUT /api/v1/goals/{id}"] = Policy.Goal.Write,
        ["POST /api/v1/goals/{id}/measures"] = Policy.Goal.Write,
        ["POST /api/v1/goals/{id}/comments"] = Policy.Goal.Comment,
        ["POST /api/v1/goals/{id}/{change}"] = Policy.Goal.Write,
        ["GET /Board/{boardId}"] = Policy.Board.Read,
        ["GET /Tasks/{id}"] = Policy.Card.Read,
        ["GET /Board/{boardId}/Flow"] = Policy.Board.Read,
        ["GET /api/v1/boards/{id}/flow"] = Policy.Board.Read,
        ["GET /api/v1/board"] = Route.SignedIn,
        ["GET /api/v1/boards/{id}"] = Policy.Board.Read,
        ["POST /api/v1/boards/{id}/tasks"] = Policy.Board.Write,
        ["POST /api/v1/boards/{id}/columns"] = Policy.Board.Write,
        ["PUT /api/v1/columns/{id}"] = Policy.Board.ChangeColumn,
        ["DELETE /api/v1/columns/{id}"] = Policy.Board.ChangeColumn,
        ["GET /api/v1/tasks/{id}"] = Policy.Card.Read,
        ["PUT /api/v1/tasks/{id}"] = Policy.Card.Write,
        ["PUT /api/v1/tasks/{id}/title"] = Policy.Card.Write,
        ["POST /api/v1/tasks/{id}/move"] = Policy.Card.Write,
        ["POST /api/v1/tasks/{id}/comments"] = Policy.Card.Comment,
        ["GET /Evidence"] = Route.SignedIn,
        ["GET /Evidence/Index"] = Route.SignedIn,
        ["GET /Evidence/{id}/Edit"] = Policy.Evidence.Write, // filled with MenteeA's evidence
        ["GET /Evidence/Assets"] = Route.SignedIn, // one's own; ?owner= is tested in EvidenceTests
        ["GET /Evidence/Reviews"] = Route.SignedIn, // the reader's partners' versions only
        ["GET /Evidence/Portfolio"] = Route.SignedIn,
        ["GET /portfolio/{key}"] = Route.Public, // the secret token is the key (filled with the link of pair B's mentor, whom no persona plays)
        ["GET /api/v1/evidence"] = Route.SignedIn,
        ["POST /api/v1/evidence"] = Policy.Programme.TakePart,
        ["PUT /api/v1/evidence/{id}"] = Policy.Evidence.Write,
        ["DELETE /api/v1/evidence/{id}"] = Policy.Evidence.Write, // filled with a spare piece of MenteeA's
        ["GET /api/v1/evidence/assets"] = Route.SignedIn,
        ["POST /api/v1/evidence/assets/versions"] = Policy.Programme.TakePart,
        ["POST /api/v1/evidence/assets/versions/{id}/review-request"] = Policy.CareerAsset.AskReview, // filled with MenteeA's CV version
        ["POST /api/v1/evidence/assets/versions/{id}/comments"] = Policy.CareerAsset.Comment,
        ["POST /api/v1/evidence/assets/versions/{id}/reviewed"] = Policy.CareerAsset.Review,
        ["GET /api/v1/evidence/reviews"] = Route.SignedIn,
        ["GET /api/v1/evidence/portfolio"] = Route.SignedIn,
        ["POST /api/v1/evidence/portfolio/link"] = Policy.Programme.TakePart,
        ["DELETE /api/v1/evidence/portfolio/link"] = Policy.Programme.TakePart,
        ["GET /Groups"] = Route.SignedIn, // one's own groups and the open ones one may join; what it lists is tested in GroupTests
        ["GET /Groups/Index"] = Route.SignedIn,
        ["GET /Groups/New"] = Route.RunsAProgrammeOrAdmin, // a group of a programme one coordinates, or (admins) of the community
        ["GET /Groups/{id}"] = Policy.Group.Read, // filled with pair A's book club: MentorA facilitates, MenteeA is a member, MenteeB is not
        ["GET /Groups/{id}/Edit"] = Policy.Group.Manage,
        ["GET /api/v1/groups"] = Route.SignedIn,
        ["GET /api/v1/groups/{id}"] = Policy.Group.Read,
        ["PUT /api/v1/groups/{id}/goal"] = Policy.Group.TakePart, // the member lets the group back one of their goals
        ["GET /MentorType"] = Route.SignedIn, // one's own result; who sees the badge on a pair is tested in MentorTypeTests
        ["GET /MentorType/Take"] = Policy.Programme.TakePart, // mentors and mentees (their newest place)
        ["GET /MentorType/Types"] = Route.SignedIn,
        ["GET /api/v1/mentor-type/questions"] = Route.SignedIn,
        ["GET /api/v1/me/mentor-type"] = Route.SignedIn, // one's own only
        ["PUT /api/v1/me/mentor-type"] = Policy.Programme.TakePart,
        ["GET /Programmes/{id}/Mentors"] = Policy.Programme.Read, // the mentor directory
        ["GET /Programmes/{id}/MentorRequests"] = Policy.MentorRequest.Make, // one's own, sent and received
        ["GET /Programmes/{id}/MentorRequests/New"] = Policy.MentorRequest.Make,
        ["GET /Programmes/{id}/MentorRequests/All"] = Policy.MentorRequest.List,
        ["GET /api/v1/programmes/{id}/mentor-requests"] = Policy.MentorRequest.Make,
        ["GET /api/v1/programmes/{id}/mentor-requests/all"] = Policy.MentorRequest.List,
        ["POST /api/v1/programmes/{id}/mentor-requests"] = Policy.MentorRequest.Make,
        ["POST /api/v1/programmes/{id}/mentor-requests/{requestId}/move"] = Policy.MentorRequest.Change,
        ["POST /api/v1/programmes/{id}/mentor-requests/{requestId}/withdraw"] = Policy.MentorRequest.Change,
        ["POST /api/v1/programmes/{id}/mentor-requests/{requestId}/accept"] = Policy.MentorRequest.Answer,
        ["POST /api/v1/programmes/{id}/mentor-requests/{requestId}/decline"] = Policy.MentorRequest.Answer,
        ["POST /api/v1/programmes/{id}/mentor-requests/{requestId}/close"] = Policy.MentorRequest.Close,
        ["POST /api/v1/programmes/{id}/mentor-requests/assign"] = Policy.MentorRequest.List,
        ["PUT /api/v1/programmes/{id}/mentor-requests/settings"] = Policy.MentorRequest.List,
        ["GET /Groups/{id}/Meetings"] = Policy.Meeting.Read, // filled with a meeting of pair A's book club
        ["GET /Groups/{id}/Meetings/{meetingId}"] = Policy.Meeting.Read,
        ["GET /api/v1/groups/{id}/meetings"] = Policy.Meeting.Read,
        ["GET /api/v1/groups/{id}/meetings/{meetingId}"] = Policy.Meeting.Read,
        ["GET /Sessions/{id}/Rating"] = Policy.Survey.Rate, // one's own rating only; what coordinators see is tested in SurveyTests
        ["GET /Programmes/{id}/Surveys"] = Policy.Survey.Results,
        ["GET /api/v1/sessions/{id}/rating"] = Policy.Survey.Rate,
        ["PUT /api/v1/sessions/{id}/rating"] = Policy.Survey.Rate,
        ["GET /api/v1/programmes/{id}/surveys"] = Policy.Survey.Results,
        ["GET /Pairs/{id}/Pulse"] = Policy.Survey.Answer, // one's own answers only; what coordinators see is tested in PairSurveyTests
        ["GET /Pairs/{id}/EndSurvey"] = Policy.Survey.Answer,
        ["GET /api/v1/pairs/{id}/pulse"] = Policy.Survey.Answer,
        ["PUT /api/v1/pairs/{id}/pulse"] = Policy.Survey.Answer,
        ["GET /api/v1/pairs/{id}/end-survey"] = Policy.Survey.Answer,
        ["PUT /api/v1/pairs/{id}/end-survey"] = Policy.Survey.Answer,
        ["GET /Programmes/{id}/Surveys/Questions"] = Policy.Survey.Questions, // adding, editing, moving and retiring are tested in SurveyQuestionTests
        ["GET /api/v1/programmes/{id}/surveys/questions"] = Policy.Survey.Questions,
        ["POST /api/v1/programmes/{id}/surveys/questions"] = Policy.Survey.Questions,
        ["PUT /api/v1/programmes/{id}/surveys/questions/{questionId}"] = Policy.Survey.Questions,
        ["POST /api/v1/programmes/{id}/surveys/questions/{questionId}/move"] = Policy.Survey.Questions,
        ["POST /api/v1/programmes/{id}/surveys/questions/{questionId}/retire"] = Policy.Survey.Questions, // retiring twice changes nothing, so every allowed persona gets 204
        ["GET /Programmes/{id}/Report"] = Policy.Report.Read, // its CSV downloads (?handler=Csv) are checked in ReportTests
        ["GET /api/v1/programmes/{id}/report"] = Policy.Report.Read,
        ["GET /Reports"] = Route.RunsAProgrammeOrAdmin, // only programmes the reader runs are offered; tested in ReportTests
        ["POST /api/v1/groups/{id}/meetings/{meetingId}/attendance"] = Policy.Meeting.TakePart,
    };

    /// <summary>Pages whose posts are for fewer people than their GET (members read a pair; coordinators change it).</summary>
    internal static readonly Dictionary<string, Expect> PostOverrides = new(StringComparer.Ordinal)
    {
        ["GET /Pairs/{id}"] = Policy.Pair.Manage,
        ["GET /Goals/{id}/Grow"] = Policy.Grow.Write,
        ["GET /Goals/Library"] = Route.Nobody, // adding a template needs a programme the person runs; an empty post names none
        ["GET /Programmes/{id}/ExamTemplates"] = Policy.Programme.Manage,
        ["GET /Groups/{id}/Meetings"] = Policy.Meeting.Schedule, // a plain post schedules meetings
        ["GET /calendar/{token}.ics"] = Route.Nobody, // the feed is read-only: a post is never accepted, even with the secret
        ["GET /Account/SsoStart"] = Route.Nobody, // single sign-on starts and ends with a GET only
        ["GET /Account/SsoCallback"] = Route.Nobody,
    };

    /// <summary>Permissions that no route's GET or plain POST exercises, with the tests that check them through page actions.</summary>
    internal static readonly Dictionary<Permission, string> CheckedElsewhere = new()
    {
        [Policy.Health.Escalate] = "HealthTests (a nudge or a check-in by the programme's coordinators only; the pair and other coordinators are refused)",
        [Policy.Agreement.Write] = "AgreementTests (charters and plan signed by the pair only)",
        [Policy.Session.Schedule] = "SessionTests (scheduling by the pair)",
        [Policy.Session.Write] = "SessionTests and RescheduleTests (agenda, notes, move, cancel, record)",
        [Policy.PrivateNote.Write] = "SessionTests (private notes seen by their author only)",
        [Policy.ActionItem.Add] = "SessionTests (action items)",
        [Policy.Check.Write] = "RelationshipTests (the midpoint check)",
        [Policy.Closing.Write] = "ClosingTests (closing and completing the pair)",
        [Policy.Goal.List] = "GoalTests (a partner's goals, ?owner=)",
        [Policy.Goal.Confirm] = "GoalTests (the partner confirms an achieved goal)",
        [Policy.Swot.Write] = "SwotTests (revisions and links)",
        [Policy.Swot.Comment] = "SwotTests (comments by the pair)",
        [Policy.Commitment.List] = "CommitmentTests (a partner's commitments, ?owner=)",
        [Policy.Practice.List] = "PracticeTests (the mentor reads the log, the coordinator and another pair do not, ?owner=)",
        [Policy.Roles.List] = "RolesTests (the mentor reads the conversations and the map, the coordinator and another pair do not, ?owner=)",
        [Policy.Evidence.List] = "EvidenceTests (the mentor reads evidence, assets and portfolio; the coordinator and another pair do not, ?owner=)",
        [Policy.Wellbeing.List] = "WellbeingTests (?owner=: the mentor receives only shared entries; the coordinator and another pair get 403)",
        [Policy.Wellbeing.ReadPrivate] = "WellbeingTests (the owner's private entries, trend and signal; never the mentor's)",
        [Policy.ExamPrep.Read] = "ExamTests (the mentor reads the exam preparation, the coordinator and another pair do not, ?owner=)",
        [Policy.ExamPrep.Comment] = "ExamTests (the mentor comments, the coordinator and another pair cannot)",
        [Policy.Group.Create] = "GroupTests (the coordinator creates a book club; a mentee is refused the form)",
        [Policy.Group.CreateCommunity] = "GroupTests (a coordinator is refused a community group's form)",
        [Policy.Group.ReadDiscussion] = "GroupTests (members read prompts and shared reflections; the coordinator never does)",
        [Policy.Group.Join] = "GroupTests (a mentee of the same programme joins; someone of another programme is refused)",
        [Policy.Group.TakePart] = "GroupTests (members mark parts read, add prompts, vote once, write reflections; the coordinator may not)",
        [Policy.Group.Archive] = "GroupTests (the coordinator archives; the facilitator is refused)",
        [Policy.Meeting.ReadNotes] = "GroupMeetingTests (members read a meeting's topics, updates, notes and actions; the coordinator never does)",
    };

    /// <summary>What each persona is to the resources of the test world (its pair A, MenteeA's work, feedback to MenteeA).</summary>
    internal static Tie TiesOf(Persona p, Resource on) => p == Persona.Admin ? Tie.Admin : on switch
    {
        Resource.Installation => Tie.None,
        Resource.Programme => p switch
        {
            Persona.MenteeA or Persona.MentorA or Persona.MenteeB => Tie.Member | Tie.Participant | Tie.Applicant,
            Persona.Coordinator => Tie.Member | Tie.Coordinator,
            _ => Tie.None,
        },
        Resource.WebhookSubscription => p == Persona.MenteeA ? Tie.Owner : Tie.None, // MenteeA's own; a programme's is tested in WebhookTests
        Resource.Pair or Resource.Session or Resource.ActionItem or Resource.Feedback => p switch
        {
            Persona.MenteeA => Tie.Mentee | (on == Resource.Feedback ? Tie.Receiver : Tie.None),
            Persona.MentorA => Tie.Mentor,
            Persona.Coordinator => Tie.Coordinator,
            _ => Tie.None,
        },
        Resource.MentorRequest => p switch // MenteeA's request to MentorA, which has reached him
        {
            Persona.MenteeA => Tie.Owner,
            Persona.MentorA => Tie.Receiver,
            Persona.Coordinator => Tie.Coordinator,
            _ => Tie.None,
        },
        Resource.Group => p switch // pair A's book club
        {
            Persona.MenteeA => Tie.GroupMember | Tie.Participant,
            Persona.MentorA => Tie.GroupMember | Tie.Facilitator | Tie.Participant,
            Persona.MenteeB => Tie.Participant,
            Persona.Coordinator => Tie.Coordinator,
            _ => Tie.None,
        },
        _ => p switch // MenteeA's goal, SWOT, board, column, card, commitment, practice problem, practice test, role conversation and question, evidence and CV version, and (private) wellbeing entries
        {
            Persona.MenteeA => Tie.Owner,
            Persona.MentorA => Tie.Partner,
            Persona.Coordinator => Tie.Coordinator,
            _ => Tie.None,
        },
    };

    internal static bool Allowed(Expect expect, Persona p) => expect.Permission is { } permission
        ? p != Persona.Anonymous && permission.Rule.Allows(TiesOf(p, permission.On))
        : expect.Rule switch
        {
            Route.Public => true,
            Route.SignedIn => p != Persona.Anonymous,
            Route.RunsAProgrammeOrAdmin => p is Persona.Coordinator or Persona.OtherCoordinator or Persona.Admin,
            _ => false,
        };

    [Fact]
    public void Every_permission_of_the_policy_guards_a_route_or_names_the_test_that_checks_it()
    {
        var used = Table.Values.Concat(PostOverrides.Values).Select(e => e.Permission).OfType<Permission>().ToHashSet();
        var unchecked_ = Policy.All.Where(x => !used.Contains(x.Permission) && !CheckedElsewhere.ContainsKey(x.Permission))
            .Select(x => $"Policy.{x.Resource}.{x.Name}").ToList();
        Assert.True(unchecked_.Count == 0, "Permissions no authorization test checks: " + string.Join(", ", unchecked_));
    }

    private List<string> Routes() => TestWorld.Routes(App);

    [Fact]
    public async Task Every_route_is_in_the_table()
    {
        var missing = Routes().Where(r => !Table.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "Routes missing from the authorization matrix: " + string.Join(", ", missing));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Each_person_reaches_exactly_what_their_role_and_pair_allow()
    {
        var ids = await SetUpWorldAsync();
        var routes = Routes().Where(Table.ContainsKey).ToList();
        var failures = new List<string>();
        foreach (var persona in Enum.GetValues<Persona>())
        {
            var client = await ClientForAsync(ids, persona);
            foreach (var route in routes)
            {
                var rule = Table[route];
                var (method, url) = Fill(route, ids);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method != "GET") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request, Ct);
                var (status, location, denied) = Outcome(response);
                var ok = rule switch
                {
                    { Rule: Route.AlwaysDenied } => status == 403,
                    { Rule: Route.Gone } => status == 404,
                    _ => status < 500 && denied != Allowed(rule, persona),
                };
                if (!ok) failures.Add($"{persona} {method} {url}: {status} {location} (expected {(Allowed(rule, persona) ? "allow" : "deny")})");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Page_posts_are_refused_to_whoever_may_not_see_the_page()
    {
        var ids = await SetUpWorldAsync();
        // Page routes only (the API is covered above); signing out goes last so that the person stays signed in.
        var pages = Routes().Where(r => r.StartsWith("GET /", StringComparison.Ordinal) && !r.StartsWith("GET /api/", StringComparison.Ordinal)
                && Table.ContainsKey(r) && r is not "GET /healthz" and not "GET /openapi/{documentName}.json")
            .OrderBy(r => r == "GET /Account/SignOut" ? 1 : 0).ToList();
        var failures = new List<string>();
        foreach (var persona in Enum.GetValues<Persona>())
        {
            var client = await ClientForAsync(ids, persona);
            var token = ThriveApp.AntiforgeryToken(await client.GetStringAsync(persona == Persona.Anonymous ? "/Account/SignIn" : "/", Ct));
            foreach (var route in pages)
            {
                var rule = PostOverrides.GetValueOrDefault(route, Table[route]);
                var (_, url) = Fill(route, ids);
                var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
                var (status, location, denied) = Outcome(response);
                var ok = status == 405 // the page takes no posts
                    || (route == "GET /Account/SignOut" && status == 302 && location == "/Account/SignIn") // signed out (or already out)
                    || rule switch
                    {
                        { Rule: Route.AlwaysDenied } => status == 403,
                        { Rule: Route.Gone } => status == 404,
                        _ => status < 500 && denied != Allowed(rule, persona),
                    };
                if (!ok) failures.Add($"{persona} POST {url}: {status} {location} (expected {(Allowed(rule, persona) ? "allow" : "deny")})");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Personal access tokens of MenteeA's: read scope, write scope, and one she revoked.</summary>
    internal enum TokenPersona { RevokedToken, ReadToken, WriteToken }

    /// <summary>
    /// What a token may reach: on the API exactly what its owner may (a read token only with GET), nothing with a
    /// revoked token (401); a page never takes a token, so there it is anyone without a sign-in.
    /// </summary>
    internal static bool AllowedWithToken(Expect expect, TokenPersona t, string method, bool api) =>
        !api ? Allowed(expect, Persona.Anonymous)
        : t switch
        {
            TokenPersona.RevokedToken => false, // even a public API route refuses a dead token
            TokenPersona.ReadToken => method == "GET" && Allowed(expect, Persona.MenteeA),
            _ => Allowed(expect, Persona.MenteeA),
        };

    [Fact]
    public async Task A_token_reaches_exactly_what_its_owner_may_read_scope_never_writes_and_a_revoked_token_nothing()
    {
        var ids = await SetUpWorldAsync();
        var owner = await App.UserIdAsync(TestWorld.EmailOf(ids, Persona.MenteeA));
        var given = Given.In(App);
        var secrets = new Dictionary<TokenPersona, string>
        {
            [TokenPersona.RevokedToken] = await given.AccessTokenAsync(owner, Thrive.Domain.Accounts.TokenScope.Write, revoked: true),
            [TokenPersona.ReadToken] = await given.AccessTokenAsync(owner, Thrive.Domain.Accounts.TokenScope.Read),
            [TokenPersona.WriteToken] = await given.AccessTokenAsync(owner, Thrive.Domain.Accounts.TokenScope.Write),
        };
        var routes = Routes().Where(Table.ContainsKey).ToList();
        var failures = new List<string>();
        // The write token goes last: the DELETE routes it is allowed remove their spares.
        foreach (var persona in Enum.GetValues<TokenPersona>())
        {
            var client = App.Anonymous();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secrets[persona]);
            foreach (var route in routes)
            {
                var rule = Table[route];
                var (method, url) = Fill(route, ids);
                var api = url.StartsWith("/api/", StringComparison.Ordinal);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method != "GET") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request, Ct);
                var (status, location, denied) = Outcome(response);
                var allowed = AllowedWithToken(rule, persona, method, api);
                var ok = rule switch
                {
                    { Rule: Route.AlwaysDenied } => status == 403,
                    { Rule: Route.Gone } => status == 404,
                    // On the API a dead token is 401 and a read token's unsafe call is 403, whatever the route.
                    _ when api && persona == TokenPersona.RevokedToken => status == 401,
                    _ when api && persona == TokenPersona.ReadToken && method != "GET" => status == 403,
                    _ => status < 500 && denied != allowed,
                };
                if (!ok) failures.Add($"{persona} {method} {url}: {status} {location} (expected {(allowed ? "allow" : "deny")})");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Denied is 401, 403, 404, or a redirect to sign in or to the access-denied page.</summary>
    private static (int Status, string Location, bool Denied) Outcome(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var denied = status is 401 or 403 or 404 || (status == 302
            && (location.Contains("/Account/SignIn", StringComparison.Ordinal) || location.Contains("/Account/AccessDenied", StringComparison.Ordinal)));
        return (status, location, denied);
    }

    private Task<HttpClient> ClientForAsync(World world, Persona persona) => TestWorld.ClientForAsync(App, world, persona);

    private static (string Method, string Url) Fill(string route, World w) => TestWorld.Fill(route, w);

    private Task<World> SetUpWorldAsync() => TestWorld.SetUpAsync(App, Ct);
}
