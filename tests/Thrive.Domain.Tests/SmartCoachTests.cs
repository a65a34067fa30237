using Thrive.Domain.Goals;
using static Thrive.Domain.Goals.SmartVerdict;

namespace Thrive.Domain.Tests;

public sealed class SmartCoachTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly SmartContext Open = new(Today);
    private static readonly SmartContext TwelveWeeks = new(Today, ProgrammeEnd: new DateOnly(2026, 5, 25), AvailableHoursPerWeek: 5);

    [Theory]
    [InlineData("Migrate our team's three Jenkins jobs to GitHub Actions.")]
    [InlineData("Get the p95 latency of the search API under 300 ms.")]
    [InlineData("Set up Terraform remote state for the staging environment.")]
    public void A_concrete_change_with_a_named_or_counted_object_is_specific_and_has_a_finish_line(string goal)
    {
        var a = SmartCoach.Assess(new SmartInput(goal), TwelveWeeks);
        Assert.Equal((SmartVerdict.Met, SmartVerdict.Met), (a.Specific.Verdict, a.Measurable.Verdict));
    }

    [Theory]
    [InlineData("Get better at AWS.")]
    [InlineData("Make a mobile app.")]
    public void A_growth_wish_or_an_unnamed_thing_is_not_a_concrete_change(string goal) =>
        Assert.Equal(SmartVerdict.Weak, SmartCoach.Assess(new SmartInput(goal), TwelveWeeks).Specific.Verdict);

    [Theory]
    [InlineData("Take over the on-call rota handbook, so my team lead can hand me the on-call rota.")]
    [InlineData("Review three pull requests a day, to get faster at reviewing pull requests.")]
    [InlineData("Finish the SQL course so that I can switch to the data team.")]
    [InlineData("Rewrite the setup script by 13 March, so a new starter can run the app on their first day.")]
    [InlineData("Learn React hooks, since our whole front end is moving to them next month.")]
    public void A_purpose_clause_makes_the_goal_relevant(string goal) =>
        Assert.Equal(SmartVerdict.Met, SmartCoach.Assess(new SmartInput(goal), TwelveWeeks).Relevant.Verdict);

    [Theory]
    [InlineData("Write three blog posts, so far I have none.")]
    [InlineData("Read two books on testing.")]
    public void So_far_and_no_reason_are_not_a_purpose(string goal) =>
        Assert.NotEqual(SmartVerdict.Met, SmartCoach.Assess(new SmartInput(goal), TwelveWeeks).Relevant.Verdict);

    [Theory]
    [InlineData("Ship the dark-mode toggle by Friday.", SmartVerdict.Met)] // 6 March
    [InlineData("Ship the dark-mode toggle by next Friday.", SmartVerdict.Met)] // 13 March
    [InlineData("Ship the dark-mode toggle this week.", SmartVerdict.Met)] // 8 March
    [InlineData("Ship the dark-mode toggle by the end of next week.", SmartVerdict.Met)] // 15 March
    [InlineData("Ship the dark-mode toggle this quarter.", SmartVerdict.Met)] // 31 March
    [InlineData("Ship the dark-mode toggle next quarter.", SmartVerdict.Weak)] // 30 June, after the programme
    [InlineData("Ship the dark-mode toggle by mid-April.", SmartVerdict.Met)] // 15 April
    [InlineData("Ship the dark-mode toggle before the April release.", SmartVerdict.Met)] // in April
    [InlineData("Ship the dark-mode toggle at the June conference.", SmartVerdict.Weak)] // after 25 May
    public void Days_named_relative_to_today_are_deadlines(string goal, SmartVerdict expected) =>
        Assert.Equal(expected, SmartCoach.Assess(new SmartInput(goal), TwelveWeeks).TimeBound.Verdict);

    [Theory]
    [InlineData("Bring the Lighthouse accessibility score of our home page from 71 to at least 95 before the April release.")]
    [InlineData("I'll ask at least three open questions before I offer any advice.")]
    public void A_count_before_a_word_that_is_no_deliverable_is_read_at_once_not_looped_on(string goal)
    {
        // .NET's generated regex code looped for ever on these with the count pattern's lazy word loop.
        var a = SmartCoach.Assess(new SmartInput(goal), TwelveWeeks);
        Assert.DoesNotContain(a.Specific.Reasons, r => r.Contains("could not finish reading", StringComparison.Ordinal));
    }

    private static SmartAssessment Assess(string text, SmartContext? context = null) =>
        SmartCoach.Assess(new SmartInput(text), context ?? Open);

    private static string All(SmartCriterion c) => string.Join(" | ", c.Reasons.Concat(c.Suggestions));

    // Specific

    [Theory]
    [InlineData("Get better at AWS.", Weak)]
    [InlineData("Learn more about Kubernetes.", Weak)]
    [InlineData("Work on my testing.", Weak)]
    [InlineData("Understand more about databases.", Weak)]
    [InlineData("Improve.", Missing)]
    [InlineData("I want to improve my skills.", Missing)]
    [InlineData("Understand more.", Missing)]
    [InlineData("Be a better developer.", Missing)]
    [InlineData("I want to become a better engineer this year.", Missing)]
    public void Vague_verbs_without_an_outcome_are_not_specific(string text, SmartVerdict expected)
    {
        var s = Assess(text).Specific;
        Assert.Equal(expected, s.Verdict);
        Assert.Contains(s.Suggestions, x => x.Contains("Name the result someone could see", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pass the AWS Cloud Practitioner exam.", "Pass the AWS Cloud Practitioner exam")]
    [InlineData("Publish 3 blog posts about Rust.", "Publish 3 blog posts")]
    [InlineData("Give a lightning talk at the March meetup.", "Give a lightning talk")]
    [InlineData("Ship the checkout redesign to production.", "Ship the checkout redesign")]
    [InlineData("Read Clean Architecture with my book club.", "Read Clean Architecture")]
    [InlineData("Get better at AWS by passing the AWS Cloud Practitioner exam.", "passing the AWS Cloud Practitioner exam")]
    [InlineData("Do a code review every day.", "Do a code review")]
    public void A_result_someone_could_see_is_specific_and_quoted(string text, string quoted)
    {
        var s = Assess(text).Specific;
        Assert.Equal(Met, s.Verdict);
        Assert.Contains($"'{quoted}'", s.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Options_that_are_not_chosen_are_weak()
    {
        var a = Assess("Find a way of learning, which could be writing blog posts, giving talks or creating small GitHub repos.");
        Assert.Equal(Weak, a.Specific.Verdict);
        Assert.Contains("doesn't choose one", a.Specific.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(Missing, a.Measurable.Verdict);
    }

    // Measurable

    [Theory]
    [InlineData("Get better at AWS.")]
    [InlineData("Be more confident in meetings.")]
    [InlineData("Learn about design patterns.")]
    public void No_number_or_countable_outcome_is_not_measurable(string text) =>
        Assert.Equal(Missing, Assess(text).Measurable.Verdict);

    [Theory]
    [InlineData("Pass the AWS Cloud Practitioner exam.")]
    [InlineData("Publish 3 blog posts.")]
    [InlineData("Publish three blog posts.")]
    [InlineData("At least one problem set per week.")]
    [InlineData("Solve at least one LeetCode problem set per week.")]
    [InlineData("Meet someone from another role each week.")]
    [InlineData("Reach 500 followers on my tech blog.")]
    [InlineData("Get test coverage on the billing service to 80%.")]
    [InlineData("Cut our build time from 10 to 4 minutes.")]
    public void A_countable_outcome_is_measurable(string text) => Assert.Equal(Met, Assess(text).Measurable.Verdict);

    [Theory]
    [InlineData("Prepare for the AWS exam.")]
    [InlineData("Write blog posts about what I learn.")]
    [InlineData("Reduce my build time.")]
    [InlineData("Practise every day.")]
    public void A_thing_without_a_count_or_finish_line_is_weakly_measurable(string text) =>
        Assert.Equal(Weak, Assess(text).Measurable.Verdict);

    [Fact]
    public void Soft_skill_goals_are_told_to_ask_for_feedback() =>
        Assert.Contains("feedback", All(Assess("Improve my active listening.").Measurable), StringComparison.Ordinal);

    [Theory]
    [InlineData(3, 5, Met)]
    [InlineData(5, 2, Met)]
    [InlineData(4, 4, Weak)]
    public void A_structured_target_must_differ_from_the_baseline(int baseline, int target, SmartVerdict expected)
    {
        var m = SmartCoach.Assess(new SmartInput("Get better at AWS.", Metric: "blog posts published", Baseline: baseline, Target: target), Open).Measurable;
        Assert.Equal(expected, m.Verdict);
        if (expected == Weak) Assert.Contains("where you already are", m.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_without_a_baseline_or_a_done_criterion_is_measurable()
    {
        Assert.Equal(Met, SmartCoach.Assess(new SmartInput("", Metric: "talks given", Target: 2), Open).Measurable.Verdict);
        Assert.Equal(Met, SmartCoach.Assess(new SmartInput("Improve.", DoneCriterion: "My CV is reviewed by two seniors"), Open).Measurable.Verdict);
    }

    // Specific and Measurable: behaviours, habits, titles and open amounts (docs/smart-coach.md, labelling rules)

    [Theory]
    [InlineData("Turn my laptop off by 19:00 on weekdays.", "Turn my laptop off by 19:00 on weekdays")]
    [InlineData("Tell my manager I want to move to the platform team.", "Tell my manager I want to move to the platform team")]
    [InlineData("Drink no coffee after 15:00 on four days a week.", "Drink no coffee after 15:00 on four days a week")]
    [InlineData("Go to the gym three times a week.", "Go to the gym three times a week")]
    [InlineData("Review every pull request in the mobile repo within one working day.", "Review every pull request in the mobile repo")]
    [InlineData("By 10 April, refactor the payment client of the order service.", "refactor the payment client of the order service")]
    public void A_behaviour_with_its_object_and_a_size_or_slot_is_specific_and_measurable(string text, string quoted)
    {
        var a = Assess(text);
        Assert.Equal((Met, Met), (a.Specific.Verdict, a.Measurable.Verdict));
        Assert.Contains(quoted, a.Specific.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("An hour of Rust every day.")]
    [InlineData("Half an hour of Spanish on Duolingo every day until the end of April.")]
    [InlineData("Learn SQL with a Udemy course, 3 hours a week.")]
    public void A_habit_names_its_subject_amount_and_rhythm(string text)
    {
        var a = Assess(text);
        Assert.Equal((Met, Met), (a.Specific.Verdict, a.Measurable.Verdict));
        Assert.Contains("habit", a.Specific.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Get promoted.", "Get promoted")]
    [InlineData("Land a job in Berlin.", "Land a job")]
    [InlineData("Become a tech lead by the end of the programme.", "Become a tech lead")]
    [InlineData("Be the top contributor in our repo.", "Be the top contributor")]
    [InlineData("Move from junior to mid-level.", "Move from junior to mid-level")]
    public void A_title_or_a_job_is_granted_so_it_is_weak(string text, string quoted)
    {
        var a = Assess(text);
        Assert.Equal((Weak, Weak), (a.Specific.Verdict, a.Measurable.Verdict));
        Assert.Contains($"'{quoted}'", a.Specific.Reasons[0], StringComparison.Ordinal);
        Assert.Contains(a.Specific.Suggestions, x => x.Contains("apply to ten backend roles", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Write some tests.", Weak, Weak)]
    [InlineData("Do a couple of katas.", Weak, Weak)]
    [InlineData("Drink less coffee.", Weak, Weak)]
    [InlineData("Sleep more.", Weak, Weak)]
    [InlineData("Take breaks.", Weak, Weak)]
    [InlineData("Read a bit more of the Kubernetes docs on networking.", Met, Weak)]
    [InlineData("Do a handful of Kaggle competitions.", Met, Weak)]
    [InlineData("Speak up more in sprint planning.", Met, Weak)]
    [InlineData("Learn the 12 most-used kubectl commands by heart.", Met, Met)]
    [InlineData("Learn Kubernetes.", Weak, Missing)]
    public void Open_amounts_leave_it_weak_and_a_slot_or_a_count_makes_it_specific(string text, SmartVerdict specific, SmartVerdict measurable)
    {
        var a = Assess(text);
        Assert.Equal((specific, measurable), (a.Specific.Verdict, a.Measurable.Verdict));
    }

    [Theory]
    [InlineData("Prepare for the Google Cloud Associate Cloud Engineer exam.")]
    [InlineData("Work towards the CKAD.")]
    [InlineData("Start the Go track on Exercism.")]
    public void Working_towards_a_named_thing_is_specific_but_has_no_finish_line(string text)
    {
        var a = Assess(text);
        Assert.Equal((Met, Weak), (a.Specific.Verdict, a.Measurable.Verdict));
    }

    [Fact]
    public void Working_through_a_named_thing_end_to_end_is_a_finish_line() =>
        Assert.Equal(Met, Assess("Work through Kubernetes the Hard Way end to end.").Measurable.Verdict);

    [Theory]
    [InlineData("Kubernetes.", Weak)]
    [InlineData("Soft skills.", Weak)]
    [InlineData("Be more confident.", Weak)]
    [InlineData("Career.", Missing)]
    [InlineData("Help.", Missing)]
    [InlineData("Be happier.", Missing)]
    public void A_named_topic_is_weak_and_a_bare_area_is_missing(string text, SmartVerdict expected) =>
        Assert.Equal(expected, Assess(text).Specific.Verdict);

    [Theory]
    [InlineData("I don't want to pass the CKA; I just want to get comfortable running a cluster.")]
    [InlineData("Not going to do any certifications this time.")]
    public void A_result_turned_down_is_not_a_result(string text) => Assert.NotEqual(Met, Assess(text).Specific.Verdict);

    [Theory]
    [InlineData("AZ-900 by 27 March.", "AZ-900")]
    [InlineData("The CKAD exam by 30 April.", "CKAD")]
    public void A_named_exam_with_no_verb_reads_as_passing_it(string text, string quoted)
    {
        var a = Assess(text);
        Assert.Equal((Met, Met), (a.Specific.Verdict, a.Measurable.Verdict));
        Assert.Contains(quoted, string.Join(' ', a.Specific.Reasons.Concat(a.Measurable.Reasons)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Write tests for every endpoint of the orders API.", "every endpoint of the")]
    [InlineData("Summarise each chapter of our API style guide.", null)]
    [InlineData("Write property-based tests for the three pricing functions.", null)]
    [InlineData("Chair the architecture review twice this quarter.", null)]
    public void Counts_in_words_and_finite_sets_are_measurable(string text, string? quoted)
    {
        var m = Assess(text).Measurable;
        Assert.Equal(Met, m.Verdict);
        if (quoted is not null) Assert.Contains(quoted, m.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_book_I_can_find_is_no_finite_set() =>
        Assert.Equal(Weak, Assess("Read every book I can find about system design.").Measurable.Verdict);

    [Fact]
    public void A_verb_inside_a_title_is_not_an_action() =>
        Assert.DoesNotContain("'Lead with", string.Join(' ', Assess("I'm working through Dare to Lead with a few mentors in the book club.").Specific.Reasons), StringComparison.Ordinal);

    [Fact]
    public void A_total_of_hours_is_spread_over_the_weeks_to_its_deadline()
    {
        var tight = Assess("Study 25 hours for the AZ-204 exam before our next session.", TwelveWeeks).Achievable;
        Assert.Equal(Weak, tight.Verdict);
        Assert.Contains("about 25 hours a week", tight.Reasons[0], StringComparison.Ordinal);
        var spread = Assess("Spend 30 hours on the Go course by 30 April.", TwelveWeeks).Achievable;
        Assert.Equal(Met, spread.Verdict);
        Assert.Contains("about 3.3 hours a week", spread.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Saying_there_is_no_time_leaves_it_unachievable()
    {
        var a = Assess("Pass the CKA by April without studying; I have zero hours free.", TwelveWeeks).Achievable;
        Assert.Equal(Missing, a.Verdict);
        Assert.Contains("'zero hours free'", a.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_with_a_number_is_not_a_count() =>
        Assert.DoesNotContain("'204 exam'", string.Join(' ', Assess("Pass the AZ-204 exam.").Measurable.Reasons), StringComparison.Ordinal);

    // Time-bound: dates and rhythms

    [Theory]
    [InlineData("Pass the exam by 15 March.", "15 March 2026")]
    [InlineData("Pass the exam by March 15.", "15 March 2026")]
    [InlineData("Pass the exam by March 15th, 2027.", "15 March 2027")]
    [InlineData("Pass the exam by 15 March 2027.", "15 March 2027")]
    [InlineData("Pass the exam by the 3rd of April.", "3 April 2026")]
    [InlineData("Pass the exam on 2027-03-15.", "15 March 2027")]
    [InlineData("Pass the exam by 15/04/2026.", "15 April 2026")]
    [InlineData("Pass the exam in 12 weeks.", "25 May 2026")]
    [InlineData("Pass the exam within 6 weeks.", "13 April 2026")]
    [InlineData("A 12-week goal: pass the exam.", "25 May 2026")]
    [InlineData("Pass the exam by end of June.", "30 June 2026")]
    [InlineData("Pass the exam by the end of June 2027.", "30 June 2027")]
    [InlineData("Pass the exam by 1 March.", "1 March 2027")] // already past this year: the next 1 March
    [InlineData("Pass the exam by 2 March.", "2 March 2026")] // today counts
    [InlineData("Pass the exam by 29 February.", "29 February 2028")] // the next 29 February
    [InlineData("Pass the exam by 29 February 2028.", "29 February 2028")]
    [InlineData("Pass the exam in June.", "30 June 2026")]
    [InlineData("Pass the exam over the next 3 months.", "2 June 2026")]
    [InlineData("Pass the exam by the end of the year.", "31 December 2026")]
    [InlineData("Time-bound: 12 weeks; in this period I will pass the exam.", "25 May 2026")]
    public void Dates_in_many_forms_are_found_and_resolved(string text, string date)
    {
        var t = Assess(text).TimeBound;
        Assert.Equal(Met, t.Verdict);
        Assert.Contains(date, t.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Write one post per week.")]
    [InlineData("Write one post every week.")]
    [InlineData("Each week, meet someone from another team.")]
    [InlineData("A weekly kata.")]
    [InlineData("Run twice a week.")]
    [InlineData("Two hours a week on Rust.")]
    [InlineData("Read ten pages daily.")]
    [InlineData("Practise every day.")]
    [InlineData("Write a little on Mondays.")]
    public void A_rhythm_without_a_period_is_weak_and_asks_until_when(string text)
    {
        var t = SmartCoach.Assess(new SmartInput(text), TwelveWeeks).TimeBound;
        Assert.Equal(Weak, t.Verdict);
        Assert.Contains("not until when", t.Reasons[0], StringComparison.Ordinal);
        Assert.Contains(t.Suggestions, x => x.Contains("until 25 May 2026", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Write one post every week until 30 April.")]
    [InlineData("An hour of Rust every weekday for the next six weeks.")]
    [InlineData("Every Friday in April, post one tip in the team channel.")]
    [InlineData("Solve one problem set a week for the rest of the programme.")]
    public void A_rhythm_with_a_period_is_time_bound(string text) => Assert.Equal(Met, Assess(text, TwelveWeeks).TimeBound.Verdict);

    [Theory]
    [InlineData("Drink no coffee after 15:00.", "after 15:00")]
    [InlineData("Ask two colleagues for feedback after every presentation I give.", "after every")]
    [InlineData("Go to bed by 23:00 on school nights.", "by 23:00")]
    public void A_standing_rule_with_no_period_is_weak(string text, string quoted)
    {
        var t = Assess(text, TwelveWeeks).TimeBound;
        Assert.Equal(Weak, t.Verdict);
        Assert.Contains($"'{quoted}'", string.Join(' ', t.Reasons), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Pass the Kubernetes security exam before my performance review.", "before my performance review")]
    [InlineData("Give a lightning talk at our internal tech day.", "at our internal tech day")]
    [InlineData("Speak at KubeCon Europe about our cluster.", "at KubeCon")]
    [InlineData("Finish my thesis chapter before my parental leave starts.", "before my parental leave starts")]
    public void An_occasion_with_no_date_is_weak_and_quoted(string text, string quoted)
    {
        var t = Assess(text, TwelveWeeks).TimeBound;
        Assert.Equal(Weak, t.Verdict);
        Assert.Contains($"'{quoted}'", t.Reasons[0], StringComparison.Ordinal);
    }

    /// <summary>Dates the context names, on Monday 2 March 2026 in a programme that started that day and ends 25 May 2026, next session 9 March.</summary>
    [Theory]
    [InlineData("Write the postmortem today.", "2 March 2026")]
    [InlineData("Write the postmortem tomorrow.", "3 March 2026")]
    [InlineData("Ship the fix by the 20th.", "20 March 2026")]
    [InlineData("Submit the grant application by Easter.", "5 April 2026")]
    [InlineData("Move our team to one-week sprints by the start of April.", "1 April 2026")]
    [InlineData("Publish my first video by the last day of April.", "30 April 2026")]
    [InlineData("Show the result in the second week of May.", "17 May 2026")]
    [InlineData("Have the alerting rules live halfway through the programme.", "13 April 2026")]
    [InlineData("Rewrite my LinkedIn headline before our next session.", "9 March 2026")]
    [InlineData("Publish the accessibility statement by the end of the quarter.", "31 March 2026")]
    [InlineData("Pass the exam during the programme.", "25 May 2026")]
    [InlineData("Host the April Kotlin user group meetup.", "30 April 2026")]
    [InlineData("Ship the CSV export by 03/04.", "2026")]
    public void Dates_named_by_the_context_are_resolved(string text, string date)
    {
        var context = TwelveWeeks with { ProgrammeStart = new DateOnly(2026, 3, 2), NextSession = new DateOnly(2026, 3, 9) };
        var t = SmartCoach.Assess(new SmartInput(text), context).TimeBound;
        Assert.Equal(Met, t.Verdict);
        Assert.Contains(date, t.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekday_followed_by_a_date_is_that_date()
    {
        var t = Assess("Submit the conference proposal by Friday 29 May.", TwelveWeeks).TimeBound;
        Assert.Equal(Weak, t.Verdict);
        Assert.Contains("after the programme ends on 25 May 2026", t.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_known_next_session_it_is_taken_as_a_week_away() =>
        Assert.Contains("9 March 2026", Assess("Finish the chapter before our next session.", TwelveWeeks).TimeBound.Reasons[0], StringComparison.Ordinal);

    [Theory]
    [InlineData("Pass the AWS exam.")]
    [InlineData("Take a week off and then pass the exam.")]
    [InlineData("One day I will pass the exam.")]
    public void No_date_or_rhythm_is_not_time_bound(string text) => Assert.NotEqual(Met, Assess(text).TimeBound.Verdict);

    [Theory]
    [InlineData("Pass the exam by 31 June.")]
    [InlineData("Pass the exam by 29 February 2027.")]
    [InlineData("Pass the exam by 2027-13-01.")]
    [InlineData("Pass the exam by 32 May.")]
    [InlineData("Pass the exam by 03/15/2027.")] // read day first, and there is no 15th month
    public void Impossible_dates_are_not_dates(string text)
    {
        var t = Assess(text).TimeBound;
        Assert.Equal(Missing, t.Verdict);
        Assert.Contains(t.Suggestions, x => x.Contains("by 15 March", StringComparison.Ordinal));
    }

    [Fact]
    public void An_impossible_day_of_the_month_is_named() =>
        Assert.Contains("'31 June' looks like a date, but no calendar has it.", Assess("Pass the exam by 31 June.").TimeBound.Reasons);

    [Theory]
    [InlineData("Pass the exam by 15 March 2025.")]
    [InlineData("Pass the exam on 2026-03-01.")]
    public void A_date_in_the_past_is_weak(string text)
    {
        var t = Assess(text).TimeBound;
        Assert.Equal(Weak, t.Verdict);
        Assert.Contains("already passed", t.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pass the exam by 15 March 2027.")]
    [InlineData("Pass the exam by end of June.")]
    [InlineData("Pass the exam in 12 months.")]
    public void A_date_after_the_programme_ends_is_weak_and_names_the_end(string text)
    {
        var t = Assess(text, TwelveWeeks).TimeBound;
        Assert.Equal(Weak, t.Verdict);
        Assert.Contains("after the programme ends on 25 May 2026", t.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_of_the_programme_is_a_deadline_known_or_not()
    {
        Assert.Contains("25 May 2026", Assess("Pass the exam by the end of the programme.", TwelveWeeks).TimeBound.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(Met, Assess("Pass the exam by the end of the programme.").TimeBound.Verdict);
    }

    [Theory]
    [InlineData("Pass the exam over the next few weeks.")]
    [InlineData("Pass the exam soon.")]
    [InlineData("Pass the exam in the spring.")]
    [InlineData("Pass the exam by summer.")]
    public void A_rough_horizon_is_weak(string text) => Assert.Equal(Weak, Assess(text).TimeBound.Verdict);

    [Theory]
    [InlineData(2026, 4, 30, Met, "falls within the programme")]
    [InlineData(2026, 2, 1, Weak, "already passed")]
    [InlineData(2026, 8, 1, Weak, "after the programme ends on 25 May 2026")]
    public void A_structured_target_date_wins_over_the_text(int y, int m, int d, SmartVerdict expected, string reason)
    {
        var t = SmartCoach.Assess(new SmartInput("Pass the exam every week.", TargetDate: new DateOnly(y, m, d)), TwelveWeeks).TimeBound;
        Assert.Equal(expected, t.Verdict);
        Assert.Contains(reason, t.Reasons[0], StringComparison.Ordinal);
    }
}
