namespace Thrive.Web.Features.Demo;

/// <summary>
/// Each demo pair's signed plan and five weeks of sessions that follow its story: agendas shared the day before,
/// shared notes, action items (some done, some carried forward), and the rest of the programme scheduled.
/// </summary>
internal sealed class DemoSessions(ThriveDbContext db, Programme programme, DateTimeOffset now, string zone)
{
    /// <summary>One held week: the mentee's agenda, the shared notes, and the action items that came out of it.</summary>
    private sealed record Week(string CheckIn, string WentWell, string NotWell, string HopeNext, string Challenges, string Notes, params Act[] Actions);

    /// <summary>An action item: for the mentee (or the mentor), done days after the session or still open.</summary>
    private sealed record Act(string Text, bool Mentor = false, int? DoneAfterDays = 3);

    /// <param name="QuietFromWeek">From this week on the pair stopped meeting: that week's session is recorded as a no-show and
    /// the later past ones were never recorded (a pair gone quiet, at risk on cohort health).</param>
    private sealed record Story(string MenteeEmail, string MentorEmail, int DayOffset, TimeOnly At, string MeetHow, string MenteeFocus, string MentorFocus,
        int? CancelledWeek, Week[] Weeks, int? QuietFromWeek = null);

    public void Add(IReadOnlyDictionary<string, ThriveUser> people, IReadOnlyDictionary<string, Guid> pairByMentee)
    {
        foreach (var story in Stories())
        {
            var pairId = pairByMentee[story.MenteeEmail];
            var mentee = people[story.MenteeEmail];
            var mentor = people[story.MentorEmail];
            AddPlan(pairId, mentee, story);
            AddSessions(pairId, mentee.Id, mentor, story);
        }
        AddCharters(pairByMentee["mentee@thrive.test"], people["mentee@thrive.test"].Id, people["mentor@thrive.test"].Id);
        AddFeedback(pairByMentee, people);
        AddPulses(pairByMentee, people);
    }

    /// <summary>
    /// The first relationship pulse (the pairs started 32 days ago, so round 1 opened two days ago): six mentees and three
    /// mentors answered, enough for the coordinator's charts; Lerato has not yet, so her home page asks her; the quiet
    /// pair's mentee says it is not working; Ruben shows his name. Each comment is different.
    /// </summary>
    private void AddPulses(IReadOnlyDictionary<string, Guid> pairByMentee, IReadOnlyDictionary<string, ThriveUser> people)
    {
        (string Person, string Mentee, RaterSide Side, int Working, MeetingAsPlanned Meeting, string Comment, bool Named)[] answers =
        [
            ("aws.mentee@thrive.test", "aws.mentee@thrive.test", RaterSide.Mentee, 5, MeetingAsPlanned.Yes, "The hands-on labs between sessions make the theory stick.", false),
            ("dsa.mentee@thrive.test", "dsa.mentee@thrive.test", RaterSide.Mentee, 4, MeetingAsPlanned.Yes, "", false),
            ("careers.mentee@thrive.test", "careers.mentee@thrive.test", RaterSide.Mentee, 4, MeetingAsPlanned.Partly, "We moved two sessions because of my interviews; still worth it.", false),
            ("bookclub.mentee@thrive.test", "bookclub.mentee@thrive.test", RaterSide.Mentee, 5, MeetingAsPlanned.Yes, "", false),
            ("patterns.mentee@thrive.test", "patterns.mentee@thrive.test", RaterSide.Mentee, 3, MeetingAsPlanned.Partly, "I would like more time on patterns and less on tooling.", false),
            ("quiet.mentee@thrive.test", "quiet.mentee@thrive.test", RaterSide.Mentee, 2, MeetingAsPlanned.No, "We have not found a time that works since week three.", false),
            ("mentor@thrive.test", "mentee@thrive.test", RaterSide.Mentor, 4, MeetingAsPlanned.Yes, "", false),
            ("mentor.algo@thrive.test", "dsa.mentee@thrive.test", RaterSide.Mentor, 5, MeetingAsPlanned.Yes, "Steady weekly rhythm; the timed practice is paying off.", true),
            ("mentor.cloud@thrive.test", "aws.mentee@thrive.test", RaterSide.Mentor, 4, MeetingAsPlanned.Partly, "", false),
        ];
        // The coordinator's own questions: one in the pulse (answered below, one person skipped it), one waiting in the end survey.
        var steps = SurveyQuestion.Add(programme.Id, SurveyKind.Pulse, "How clear are your next steps after a session?", SurveyAnswerType.Scale, false, 0, 0, 1).Value!;
        db.SurveyQuestions.Add(steps);
        db.SurveyQuestions.Add(SurveyQuestion.Add(programme.Id, SurveyKind.End, "What should we change for the next cohort?", SurveyAnswerType.FreeText, false, 0, 0, 1).Value!);
        int?[] clarity = [5, 4, 3, 5, 3, 2, 4, null, 4];
        for (var i = 0; i < answers.Length; i++)
        {
            var a = answers[i];
            var answer = PairSurveyAnswer.Start(pairByMentee[a.Mentee], people[a.Person].Id, a.Side, SurveyKind.Pulse, 1);
            answer.Answer(new(a.Working, a.Meeting, null, null, null, a.Comment, a.Named), now.AddHours(-40 + 3 * i));
            db.PairSurveyAnswers.Add(answer);
            if (clarity[i] is not { } c) continue;
            var custom = SurveyQuestionAnswer.Start(answer.Id, steps.Id);
            custom.Set(steps, c, null);
            db.SurveyQuestionAnswers.Add(custom);
        }
    }

    /// <summary>Situation-Impact-Action feedback both ways: Daan and Lerato, and the book club's Fatima and Sanne.</summary>
    private void AddFeedback(IReadOnlyDictionary<string, Guid> pairByMentee, IReadOnlyDictionary<string, ThriveUser> people)
    {
        var (lerato, daan, fatima, sanne) = (people["mentee@thrive.test"].Id, people["mentor@thrive.test"].Id, people["bookclub.mentee@thrive.test"].Id, people["mentor.lead@thrive.test"].Id);
        var toLerato = Domain.Relationship.Feedback.Give(pairByMentee["mentee@thrive.test"], daan, lerato, Domain.Relationship.FeedbackKind.Praise,
            "In last week's session you demoed the refactored navigation before I asked.",
            "I could see your reasoning straight away, and we used the time on the next problem instead of catching up.",
            "Keep opening with a two-minute demo; it is the fastest way to get useful feedback.", now.AddDays(-9)).Value!;
        toLerato.Respond(lerato, "Thank you! I was nervous about it, so this helps. I'll demo the about page next.", now.AddDays(-8));
        var toDaan = Domain.Relationship.Feedback.Give(pairByMentee["mentee@thrive.test"], lerato, daan, Domain.Relationship.FeedbackKind.Change,
            "When we reviewed my CSS grid question, you rewrote the component yourself.",
            "It was quicker, but I did not learn how to get unstuck on my own.",
            "Next time, could you ask me questions first and only show code if I am still stuck after ten minutes?", now.AddDays(-15)).Value!;
        toDaan.Respond(daan, "Fair point, and well put. Questions first from now on; hold me to it.", now.AddDays(-14));
        var toSanne = Domain.Relationship.Feedback.Give(pairByMentee["bookclub.mentee@thrive.test"], fatima, sanne, Domain.Relationship.FeedbackKind.Praise,
            "When we role-played the conversation with my team lead, you played him as difficult as he really is.",
            "The real conversation felt familiar, and I stayed calm.",
            "Please do the same before my next hard conversation.", now.AddDays(-10)).Value!;
        var toFatima = Domain.Relationship.Feedback.Give(pairByMentee["bookclub.mentee@thrive.test"], sanne, fatima, Domain.Relationship.FeedbackKind.Observation,
            "In the book club discussion you led, three people spoke for the first time.",
            "The group heard new views, and the newcomers asked to come back.",
            "Write down what you did to make room for them, so that you can do it on purpose.", now.AddDays(-4)).Value!;
        db.Feedback.AddRange(toLerato, toDaan, toSanne, toFatima);
    }

    private void AddPlan(Guid pairId, ThriveUser mentee, Story story)
    {
        var written = now.AddDays(-31);
        var terms = PlanTerms.Default with
        {
            MeetWhen = $"Weekly, {Weekday(story)} at {story.At:HH\\:mm} ({Zone(story.MentorEmail)} time), for an hour",
            MeetHow = story.MeetHow,
            Channel = "Chat for quick questions; anything bigger waits for the session",
            MenteeFocus = story.MenteeFocus,
            MentorFocus = story.MentorFocus,
            MenteeExpects = "Honest feedback, and help to keep going when a week goes badly.",
            MentorExpects = "An agenda the day before, and the action items done or explained.",
            ProgressMeasure = "The goals' measures, reviewed together every fourth session.",
        };
        var plan = MentoringPlan.Write(pairId, 0, terms, mentee.Id, written).Value!;
        plan.Sign(true, written.AddHours(2));
        plan.Sign(false, written.AddHours(20));
        db.Plans.Add(plan);

        static string Zone(string mentorEmail) => DemoSeeder.Accounts.First(a => a.Email == mentorEmail).TimeZone.Split('/')[^1].Replace('_', ' ');
    }

    private string Weekday(Story story) => $"{FirstDay(story).DayOfWeek}s";

    /// <summary>The first session falls on the programme's first day or the day after, so five have been held by now.</summary>
    private DateOnly FirstDay(Story story) => programme.StartDate.AddDays(story.DayOffset);

    private void AddSessions(Guid pairId, Guid menteeId, ThriveUser mentor, Story story)
    {
        var first = FirstDay(story);
        var slot = SessionSlot.Create(first.DayOfWeek, story.At, mentor.TimeZone, 60, Domain.Programmes.SessionCadence.Weekly, first).Value!;
        var times = SessionSchedule.Occurrences(slot, first, programme.EndDate);
        var held = 0;
        var nextStarted = false;
        var heldSessions = new List<MentoringSession>();
        for (var i = 0; i < times.Count; i++)
        {
            var (start, end) = times[i];
            var session = MentoringSession.Plan(pairId, start, end);
            db.Sessions.Add(session);
            if (start > now)
            {
                // The next session's agenda is started (last week's hopes show beside it), not yet shared.
                if (!nextStarted && held > 0)
                {
                    nextStarted = true;
                    session.SaveAgenda("Good, a busy week at work.", "", "", "", "", share: false, now.AddHours(-3));
                }
                continue;
            }
            if (story.QuietFromWeek is int quiet && i + 1 >= quiet)
            {
                if (i + 1 == quiet) session.Record(SessionStatus.NoShow, end);
                continue;
            }
            if (story.CancelledWeek == i + 1)
            {
                session.Cancel(story.MentorEmail == "mentor@thrive.test" ? "Release day at work; moved our topics to next week." : "Ill, sorry.", 24, start.AddDays(-2));
                continue;
            }
            var week = story.Weeks[Math.Min(held, story.Weeks.Length - 1)];
            session.SaveAgenda(week.CheckIn, week.WentWell, week.NotWell, week.HopeNext, week.Challenges, share: true, start.AddHours(-20));
            session.SaveNotes(week.Notes);
            session.Record(SessionStatus.Held, end);
            foreach (var act in week.Actions)
            {
                var created = end.AddMinutes(5);
                var due = TimeZones.LocalDate(start.AddDays(7), zone);
                var item = ActionItem.Add(pairId, session.Id, act.Mentor ? mentor.Id : menteeId, act.Text, due, TimeZones.LocalDate(created, zone), created, mentor.Id).Value!;
                if (act.DoneAfterDays is int d && created.AddDays(d) < now) item.Toggle(created.AddDays(d));
                db.ActionItems.Add(item);
            }
            if (held == 0 && story.MentorEmail == "mentor@thrive.test" && story.MenteeEmail == "mentee@thrive.test")
            {
                var note = PrivateNote.Start(session.Id, mentor.Id);
                note.Save("Lerato undersells her work. Ask her to demo something every other week.", end.AddMinutes(10));
                db.PrivateNotes.Add(note);
            }
            held++;
            heldSessions.Add(session);
        }
        AddRatings(pairId, menteeId, mentor.Id, story, heldSessions);
    }

    /// <summary>Mentors who rate their sessions in the demo: three, fewer than the five the coordinators' results need.</summary>
    private static readonly string[] RatingMentors = ["mentor@thrive.test", "mentor.algo@thrive.test", "mentor.cloud@thrive.test"];

    /// <summary>
    /// Session ratings: every mentee rates their held sessions (seven people, enough for the coordinator's chart), except
    /// Lerato's latest, which her home page still asks for; three mentors rate theirs (too few to show); the quiet pair's
    /// two sessions were rated low; Ruben shows his name on one answer.
    /// </summary>
    private void AddRatings(Guid pairId, Guid menteeId, Guid mentorId, Story story, List<MentoringSession> held)
    {
        int[] scores = story.QuietFromWeek is null ? [4, 5, 4, 5, 5, 4] : [2, 2];
        for (var i = 0; i < held.Count; i++)
        {
            var s = held[i];
            var last = i == held.Count - 1;
            if (!(last && story.MenteeEmail == "mentee@thrive.test"))
                Rate(s, pairId, menteeId, RaterSide.Mentee, scores[(i + story.DayOffset) % scores.Length], (i + story.DayOffset) % 2 == 1 ? NextComment() : "", named: false);
            if (RatingMentors.Contains(story.MentorEmail))
            {
                var named = last && story.MentorEmail == "mentor.algo@thrive.test";
                Rate(s, pairId, mentorId, RaterSide.Mentor, named ? 4 : 5, named ? "Good energy; next we should start timing the problems." : "", named);
            }
        }
    }

    /// <summary>Mentees' comments on their sessions, each used once (a pool larger than the comments given), so that none repeats.</summary>
    private static readonly string[] RatingComments =
    [
        "Very practical: I left with a clear next step.",
        "We went deep on one problem instead of skimming three.",
        "Helpful to talk through the trade-offs before writing any code.",
        "The mock interview questions were exactly what I needed.",
        "A bit rushed at the end, but the first half was great.",
        "I finally understand why the tests kept failing.",
        "Good to review last week's action items first.",
        "We drew the architecture on a whiteboard; it clicked.",
        "I came in stuck and left with a plan for the week.",
        "Useful feedback on my CV wording.",
        "Less new material today, more practice; that suited me.",
        "We agreed to start timing the problems, which will help.",
        "Talking about stress at work helped more than I expected.",
        "Clear explanations of the AWS networking basics.",
        "Would have liked more examples, but the reading list is good.",
        "The chapter discussion gave me ideas for my next one-to-one.",
        "We refactored one of my old projects together; eye-opening.",
        "Short and focused; we got through the whole agenda.",
        "The pairing exercise showed me how to break a problem down.",
        "I appreciated the honest take on my portfolio.",
        "Good conversation about what senior really means.",
        "We set a realistic goal for the exam date.",
        "Learned a debugging trick I used the next day.",
        "Practising the difficult conversation made it less scary.",
    ];

    private int nextComment;

    private string NextComment() => nextComment < RatingComments.Length ? RatingComments[nextComment++] : "";

    private void Rate(MentoringSession session, Guid pairId, Guid raterId, RaterSide side, int score, string comment, bool named)
    {
        var rating = SessionRating.Start(session.Id, pairId, raterId, side);
        rating.Answer(score, comment, named, session.EndUtc.AddHours(2));
        db.SessionRatings.Add(rating);
    }

    private void AddCharters(Guid pairId, Guid menteeId, Guid mentorId)
    {
        var mine = RelationshipCharter.Start(pairId, menteeId);
        mine.Save(CharterAnswers.Empty with
        {
            Background = "Two years of front-end work at an insurance company, self-taught before that.",
            Values = "Kindness, curiosity, finishing what I start.",
            FavouriteBook = "Atomic Habits",
            OutsideWork = "Illustration and hiking on Table Mountain.",
            Focus = "Growing to intermediate level and a portfolio I am proud of.",
            Expectations = "Straight feedback and help to stop overthinking.",
        }, now.AddDays(-32));
        var theirs = RelationshipCharter.Start(pairId, mentorId);
        theirs.Save(CharterAnswers.Empty with
        {
            Background = "Eleven years of front-end, the last four on a design system.",
            Values = "Craft, accessibility, saying what you mean.",
            PetPeeves = "Meetings without an agenda.",
            FavouriteBook = "Refactoring UI",
            OutsideWork = "Cycling and sourdough.",
            Focus = "Helping Lerato ship small things often.",
            Expectations = "An agenda the day before and honesty when something is not working.",
        }, now.AddDays(-31));
        db.Charters.AddRange(mine, theirs);
    }

    private static IEnumerable<Story> Stories()
    {
        yield return new("dsa.mentee@thrive.test", "mentor.algo@thrive.test", 0, new(17, 0), "Video call, screen shared on an online whiteboard",
            "Problem solving for data structures and algorithms", "Patterns behind the problems, and interview habits", null,
            [
                new("Nervous but keen.", "I picked a problem list and set up a repository for my solutions.", "I could not finish a single medium problem alone.",
                    "Understand how to approach a problem before coding.", "I freeze when I do not see the trick straight away.",
                    "Agreed one problem set a week (arrays and hashing first). Ruben showed the 'understand, match, plan, implement, review' loop on Two Sum.",
                    new Act("Solve the arrays and hashing set (5 problems)"), new Act("Share a list of the 14 common problem patterns", Mentor: true, DoneAfterDays: 1)),
                new("Better: the set is done.", "Finished all five arrays problems; two without hints.", "Spent three hours on one problem before asking.",
                    "Learn two pointers and sliding window.", "Knowing when to stop and look at a hint.",
                    "Rule agreed: 25 minutes stuck means read the hint. Walked through Container With Most Water together.",
                    new Act("Two pointers set (4 problems), with the 25-minute rule"), new Act("Write down the pattern each solution used")),
                new("Tired, big sprint at work.", "Kept the weekly set even in a busy week.", "Skipped writing the patterns down.",
                    "Stacks and a first mock interview question.", "Explaining my thinking out loud.",
                    "Practised thinking aloud on Valid Parentheses. Thandi explained her approach clearly the second time.",
                    new Act("Stack set (4 problems)"), new Act("Record one solution explained out loud, 5 minutes"), new Act("Find a mock interview slot", Mentor: true, DoneAfterDays: null)),
                new("Proud: solved a medium in 20 minutes.", "Stack set done; the recording helped.", "Binary search off-by-one errors.",
                    "Binary search without off-by-one errors.", "Edge cases.",
                    "Derived the loop invariant for binary search together; Thandi wrote her own template.",
                    new Act("Binary search set (5 problems)"), new Act("Add edge-case tests before submitting")),
                new("Steady.", "Four of five binary search problems; tests caught two bugs.", "Did not start the linked list reading.",
                    "Linked lists and the first timed mock.", "Staying calm under a timer.",
                    "Reviewed the weekly chart: four sets in a row. Next: linked lists, then a timed mock in week 7.",
                    new Act("Linked list set (4 problems)", DoneAfterDays: null), new Act("Do one 45-minute timed problem", DoneAfterDays: null)),
            ]);
        yield return new("careers.mentee@thrive.test", "mentor@thrive.test", 1, new(18, 0), "Video call",
            "Understanding other roles in tech before choosing a path", "Introductions and honest questions to ask", 3,
            [
                new("Curious.", "Made a list of roles I know little about: product, design, data, DevRel.", "I do not know who to ask.",
                    "A plan for who to meet each week.", "Feeling awkward asking strangers for time.",
                    "Agreed one coffee a week with someone from another role, and the same five questions each time.",
                    new Act("Write the five questions for every coffee"), new Act("Introduce Kabelo to a product manager", Mentor: true, DoneAfterDays: 2)),
                new("Energised after the first coffee.", "Met Aisha (product manager): roadmaps are negotiations.", "Forgot to take notes during the chat.",
                    "Meet a designer.", "Remembering what people said.",
                    "Daan suggested a one-page note per conversation within a day. Kabelo will ask the design lead at his company.",
                    new Act("Coffee with a product designer"), new Act("Write a one-page note per conversation")),
                new("Good.", "Met a data analyst and a designer; notes written.", "One meeting was cancelled twice.",
                    "Compare what I liked in each role.", "Everything sounds interesting.",
                    "Started a table: what energised me, what drained me, for each role.",
                    new Act("Coffee with a developer advocate"), new Act("Fill in the energy table for all roles met")),
                new("A bit overwhelmed by choice.", "The energy table shows I liked the data and DevRel chats most.", "Hard to book someone in DevRel.",
                    "Decide which two roles to explore deeper.", "Choosing without closing doors.",
                    "Picked data and DevRel for a closer look: shadow a data analyst for half a day and write one blog post.",
                    new Act("Ask to shadow a data analyst for half a day", DoneAfterDays: null), new Act("Draft a blog post about what I learned", DoneAfterDays: null), new Act("Share two DevRel contacts", Mentor: true, DoneAfterDays: null)),
            ]);
        yield return new("mentee@thrive.test", "mentor@thrive.test", 0, new(16, 0), "Video call, camera on",
            "Intermediate front-end skills, and my CV and portfolio", "Code reviews of Lerato's work and portfolio feedback", null,
            [
                new("Excited and nervous.", "Finished my personal SWOT.", "Overthought the goal wording for a whole evening.",
                    "Agree my goals and a board.", "Overthinking.",
                    "Turned the SWOT into three goals. Daan suggested timeboxing decisions to 30 minutes.",
                    new Act("Set up the Kanban board with the first tasks"), new Act("Send a code review checklist", Mentor: true, DoneAfterDays: 1)),
                new("Good.", "Board set up; first component refactored.", "Got stuck on CSS grid for a day.",
                    "Ask for help sooner.", "Bottlenecks when I wait for reviews.",
                    "Agreed to post a question after 45 minutes stuck. Reviewed the component together.",
                    new Act("Refactor the navigation to CSS grid"), new Act("Update the CV's skills section")),
                new("Busy.", "Navigation done, CV skills updated.", "No time for the portfolio.",
                    "Plan the portfolio.", "Finding time.",
                    "Agreed one small portfolio task per week rather than one big push.",
                    new Act("Pick three projects for the portfolio"), new Act("Write the portfolio's about page")),
                new("Proud of the review comments.", "Three projects chosen.", "About page still a draft.",
                    "Get feedback on the about page.", "Writing about myself.",
                    "Daan read the draft aloud; Lerato cut it by half. Next: accessibility review of one project.",
                    new Act("Finish the about page"), new Act("Run an accessibility check on one project", DoneAfterDays: null)),
                new("Calm.", "About page live.", "Accessibility check found 12 issues.",
                    "Fix the accessibility issues and learn why they matter.", "Colour contrast.",
                    "Walked through contrast and focus order. Lerato will fix the top five this week.",
                    new Act("Fix the five worst accessibility issues", DoneAfterDays: null), new Act("Share a LinkedIn profile draft", DoneAfterDays: null)),
            ]);
        yield return new("aws.mentee@thrive.test", "mentor.cloud@thrive.test", 1, new(12, 30), "Lunchtime video call",
            "Passing the AWS certification exam", "Study plan and hands-on labs", null,
            [
                new("Motivated.", "Booked the exam date.", "Did not know where to start.", "A study plan.", "The amount of material.",
                    "Split the exam guide into ten weekly blocks; one lab per block.", new Act("Finish block 1: IAM"), new Act("Share a lab account", Mentor: true, DoneAfterDays: 1)),
                new("Good.", "IAM block and lab done.", "Practice questions at 55%.", "Networking basics.", "VPCs.",
                    "Drew a VPC on the whiteboard together.", new Act("Finish block 2: VPC and networking"), new Act("Build a two-subnet VPC in the lab")),
                new("Tired.", "VPC lab built.", "Skipped practice questions.", "Storage and databases.", "Time.",
                    "Moved practice questions to the train ride.", new Act("Finish block 3: S3 and EBS"), new Act("20 practice questions")),
                new("Good.", "Practice score 68%.", "RDS versus DynamoDB confusion.", "Databases.", "Choosing services.",
                    "Made a comparison table of the database services.", new Act("Finish block 4: databases"), new Act("Explain RDS vs DynamoDB in a short note")),
                new("Confident.", "Practice score 74%.", "Still slow on long questions.", "Compute and a timed practice.", "Reading speed.",
                    "Technique: read the last line of a long question first.", new Act("Finish block 5: compute", DoneAfterDays: null), new Act("One timed 30-question practice", DoneAfterDays: null)),
            ]);
        yield return new("bookclub.mentee@thrive.test", "mentor.lead@thrive.test", 0, new(9, 0), "In person, Rotterdam office, or video",
            "Leadership and soft skills", "Feedback, hard conversations, and the book club", null,
            [
                new("Curious.", "Joined the book club.", "Gave harsh code review feedback.", "Learn to give kinder feedback.", "Being a natural critic.",
                    "Introduced Situation-Impact-Action feedback.", new Act("Read chapters 1 to 3 of the book club book"), new Act("Rewrite one review comment as SIA")),
                new("Reflective.", "Used SIA in one review; it landed well.", "Interrupted people in a meeting.", "Listening.", "Patience.",
                    "Practised listening to the end before answering.", new Act("Count interruptions in two meetings"), new Act("Read chapters 4 to 6")),
                new("Good.", "Interruptions down from 6 to 2.", "Avoided a difficult conversation.", "Prepare the conversation.", "Fear of conflict.",
                    "Role-played the conversation with Sanne.", new Act("Hold the conversation with the team lead"), new Act("Lead one book club discussion")),
                new("Relieved.", "The conversation went well.", "Book club discussion ran over time.", "Facilitation.", "Timekeeping.",
                    "Agreed a simple agenda with timings for the next discussion.", new Act("Facilitate with a timed agenda"), new Act("Ask two people for feedback on it")),
                new("Proud.", "Feedback on facilitation was positive.", "Still critical of myself.", "Self-talk.", "Perfectionism.",
                    "Talked about self-criticism; Fatima will note one thing that went well each day.", new Act("Daily note: one thing that went well", DoneAfterDays: null)),
            ]);
        yield return new("quiet.mentee@thrive.test", "mentor.lead@thrive.test", 1, new(12, 0), "Video call",
            "Writing tests I trust", "Testing habits, and asking for help early", null,
            [
                new("Keen.", "Wrote my first integration test against a real database.", "Broke the build on Friday again.",
                    "A testing plan for the payments service.", "Not knowing what to test first.",
                    "Agreed to start from the bugs of the last month: one test per bug.",
                    new Act("Write a test for each of last month's three bugs", DoneAfterDays: null), new Act("Share a testing checklist", Mentor: true, DoneAfterDays: 2)),
                new("Busy.", "One of the three tests written.", "Release crunch; no time for the rest.",
                    "Catch up on the tests.", "Time.",
                    "Short session. Themba will block an hour on Tuesday for tests.",
                    new Act("Block an hour on Tuesday for tests", DoneAfterDays: null), new Act("Finish the other two bug tests", DoneAfterDays: null)),
            ], QuietFromWeek: 3);
        yield return new("patterns.mentee@thrive.test", "mentor.rest@thrive.test", 1, new(15, 0), "Video call, walking if the weather allows",
            "JavaScript design patterns, and managing stress", "Learning by doing, with rest built in", null,
            [
                new("Stressed.", "Started the patterns book.", "Worked late three nights.", "A realistic learning plan.", "Imposter syndrome.",
                    "One pattern a week, built in a tiny project. One full day off every weekend.", new Act("Build the module pattern example"), new Act("Take Saturday fully off")),
                new("Calmer.", "Module pattern done; took Saturday off.", "Felt guilty resting.", "Observer pattern.", "Guilt about rest.",
                    "Zanele shared how rest made her better at her job.", new Act("Build an observer example in the side project"), new Act("Take Sunday fully off")),
                new("Okay.", "Observer works.", "Missed the day off.", "Factory pattern.", "Saying no to overtime.",
                    "Practised a script for declining extra work.", new Act("Factory pattern example"), new Act("Use the script once this week")),
                new("Good.", "Said no once, it was fine.", "Factory example half done.", "Finish factory; start decorator.", "Finishing.",
                    "Smaller steps: one file at a time.", new Act("Finish the factory example"), new Act("Read the decorator chapter")),
                new("Rested.", "Two weekends off in a row.", "Decorator reading not started.", "Decorator pattern.", "Focus.",
                    "Agreed a 25-minute focus timer for study.", new Act("Decorator example", DoneAfterDays: null), new Act("A day off this weekend", DoneAfterDays: null)),
            ]);
    }
}
