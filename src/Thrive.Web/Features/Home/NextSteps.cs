using System.Globalization;

namespace Thrive.Web.Features.Home;

/// <summary>One thing to do next, one click away; higher urgency first.</summary>
public sealed record HomeStep(string Text, string Link, string LinkText, int Urgency);

/// <summary>
/// The home page's next steps from the reader's actual state: what is due soon or overdue first, then what keeps
/// the practice going. Each step disappears once its cause is gone (the agenda shared, the feedback read, the
/// commitment kept again, a task added to the goal). Mentees and mentors get different steps for the same pair.
/// </summary>
public static class NextSteps
{
    public const int Shown = 6;

    /// <summary>What the home page knows about one of the reader's active pairs.</summary>
    /// <remarks><c>SessionToRate</c>: the latest held session of the last <see cref="SessionRating.ChangeDays"/> days the reader has not rated.
    /// <c>PulseDue</c>: a relationship pulse round is open and the reader has not answered it; <c>EndSurveyDue</c>: the programme is in its
    /// last phase and the reader has not answered the end survey.</remarks>
    public sealed record PairFacts(Guid PairId, bool IAmMentor, string PartnerName, GetHome.UpcomingSession? Next, int UnreadFeedback, bool CheckDue, int ReviewsWaiting = 0,
        Guid? SessionToRate = null, bool PulseDue = false, bool EndSurveyDue = false);

    /// <summary>What the reader owns in their newest programme.</summary>
    public sealed record OwnFacts(IReadOnlyList<GetHome.ActionRow> Actions, IReadOnlyList<(Guid Id, string Sentence)> MissedTwice,
        IReadOnlyList<(Guid Id, string Title, int Days)> TooBig, IReadOnlyList<(Guid Id, string Title)> GoalsWithoutTasks, IReadOnlyList<ToolItem> Tools);

    /// <summary>How soon a session counts as "coming up": its agenda should be ready by then.</summary>
    public static readonly TimeSpan Soon = TimeSpan.FromHours(48);

    /// <param name="more">Steps worked out elsewhere (a mentor's requests to answer), ranked with the others by urgency.</param>
    public static IReadOnlyList<HomeStep> For(IEnumerable<PairFacts> pairs, OwnFacts own, DateTimeOffset now, IEnumerable<HomeStep>? more = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(own);
        var steps = new List<HomeStep>(more ?? []);
        foreach (var p in pairs)
        {
            var first = First(p.PartnerName);
            if (p.Next is { } s && s.StartUtc - now <= Soon)
            {
                if (!p.IAmMentor && !s.AgendaShared)
                    steps.Add(new($"Your session with {p.PartnerName} is {s.When}: share your agenda so that {first} can prepare.", $"/Sessions/{s.Id}", "Write your agenda", 100));
                else if (p.IAmMentor && s.AgendaShared)
                    steps.Add(new($"{p.PartnerName} shared the agenda for {s.When}: read it before you meet.", $"/Sessions/{s.Id}", "Read the agenda", 50));
                else if (p.IAmMentor)
                    steps.Add(new($"Your session with {p.PartnerName} is {s.When}; the agenda is not shared yet. Add what you would like to talk about.", $"/Sessions/{s.Id}", "Open the session", 45));
            }
            else if (p.Next is null)
                steps.Add(new($"No session is planned with {p.PartnerName}: plan your regular slot.", $"/Pairs/{p.PairId}/Sessions", "Plan sessions", 65));
            if (p.UnreadFeedback > 0)
                steps.Add(new(p.UnreadFeedback == 1 ? $"{p.PartnerName} gave you feedback: read it and let {first} know." : $"{p.PartnerName} gave you {p.UnreadFeedback} pieces of feedback: read them and let {first} know.",
                    $"/Pairs/{p.PairId}/Feedback", "Read feedback", 80));
            if (p.ReviewsWaiting > 0)
                steps.Add(new(p.ReviewsWaiting == 1 ? $"{p.PartnerName} asked you to review a version of their CV, LinkedIn profile or portfolio site."
                    : $"{p.PartnerName} asked you to review {p.ReviewsWaiting} versions of their CV, LinkedIn profile or portfolio site.", "/Evidence/Reviews", "Review", 75));
            if (p.SessionToRate is { } rate)
                steps.Add(new($"Rate your session with {p.PartnerName}: how useful was it, from 1 to 5? Only totals of five or more people reach your coordinator.",
                    $"/Sessions/{rate}/Rating", "Rate the session", 55));
            if (p.PulseDue)
                steps.Add(new($"How is your relationship with {p.PartnerName} going? Answer this round's pulse: two questions, a minute.",
                    $"/Pairs/{p.PairId}/Pulse", "Answer the pulse", 58));
            if (p.EndSurveyDue)
                steps.Add(new($"Your programme is closing: tell your coordinators how your time with {p.PartnerName} went in the end-of-programme survey.",
                    $"/Pairs/{p.PairId}/EndSurvey", "Answer the survey", 52));
            if (p.CheckDue)
                steps.Add(new($"Halfway there: hold one session about your relationship with {p.PartnerName}, not the goals.", $"/Pairs/{p.PairId}/Check", "Relationship check", 60));
        }
        var overdue = own.Actions.Where(a => a.Overdue).ToList();
        if (overdue.Count > 0)
            steps.Add(new(overdue.Count == 1 ? $"\u201c{overdue[0].Text}\u201d is overdue: tick it off if it is done, or bring it to your next session."
                    : $"{overdue.Count} action items are overdue: tick off what is done, and bring the rest to your next session.",
                overdue[0].SessionId is { } sid ? $"/Sessions/{sid}" : "#actions-title", overdue[0].SessionId is null ? "See your action items" : "Open the session", 90));
        foreach (var (id, sentence) in own.MissedTwice.Take(2))
            steps.Add(new($"You missed \u201c{sentence}\u201d twice in a row: one small check-in gets you going again.", $"/Commitments/{id}", "Check in", 70));
        foreach (var (id, title, days) in own.TooBig.Take(2))
            steps.Add(new($"\u201c{title}\u201d has been in progress for {days.ToString(CultureInfo.InvariantCulture)} days: split it into smaller cards?", $"/Tasks/{id}", "Open the card", 40));
        foreach (var (id, title) in own.GoalsWithoutTasks.Take(2))
            steps.Add(new($"\u201c{title}\u201d has no tasks yet: break it into a first small step.", $"/Goals/{id}", "Plan a first task", 30));
        foreach (var item in own.Tools)
            steps.Add(new($"{item.Tool}: {item.Text}", item.Link, $"Open {item.Tool.ToLowerInvariant()}", 20 + Math.Clamp(item.Urgency, 0, 9)));
        return steps.OrderByDescending(s => s.Urgency).Take(Shown).ToList();
    }

    private static string First(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var f, ..] ? f : name;
}
