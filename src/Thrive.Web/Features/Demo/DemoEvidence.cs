namespace Thrive.Web.Features.Demo;

/// <summary>
/// The front-end mentee's evidence of learning by doing (a blog post, a meetup talk, a small repository, a pull request,
/// a course certificate) tied to her goal, and her CV and LinkedIn profile in two versions each: the CV's second
/// version was sent to her mentor, who commented; the LinkedIn one waits for his review.
/// </summary>
internal sealed class DemoEvidence(ThriveDbContext db, Guid programmeId, DateOnly today, DateTimeOffset now)
{
    private sealed record Entry(int DaysAgo, EvidenceKind Kind, string Title, string Link, string Skills, string Note);

    private static readonly Entry[] Items =
    [
        new(26, EvidenceKind.Certificate, "Testing JavaScript: the course, with its final project", "https://testingjavascript.com/",
            "Jest, React Testing Library, testing", "Six modules; the final project tests a sign-up form the way a user fills it in."),
        new(19, EvidenceKind.Post, "Why our modals lost focus (and how we fixed it)", "https://dev.to/lerato/why-our-modals-lost-focus",
            "accessibility, React, focus management", "A write-up of the focus-trap bug from the board, with a small CodeSandbox demo."),
        new(14, EvidenceKind.PullRequest, "Keyboard support for the design system's date picker", "https://github.com/example-co/design-system/pull/412",
            "accessibility, TypeScript, code review", "Arrow keys, Home/End and Escape; 14 review comments, merged after two rounds."),
        new(9, EvidenceKind.Repository, "use-hooks-lab: five small React hooks with tests", "https://github.com/lerato-dev/use-hooks-lab",
            "React, hooks, testing", "useDebounce, useMediaQuery, useFocusReturn and two more, each with a test and a README example."),
        new(3, EvidenceKind.Talk, "Lightning talk: accessible modals in 5 minutes (React Cape Town meetup)", "https://www.meetup.com/reactjs-cape-town/",
            "accessibility, public speaking", "First talk ever. Seven slides, one live demo; two people asked for the repo afterwards."),
    ];

    public void Add(IReadOnlyDictionary<string, ThriveUser> people, IReadOnlyDictionary<string, Guid> mainGoals)
    {
        var owner = people["mentee@thrive.test"].Id;
        var mentor = people["mentor@thrive.test"].Id;
        var goal = mainGoals["mentee@thrive.test"];
        foreach (var e in Items)
        {
            var item = EvidenceItem.Add(programmeId, owner, new EvidenceDetails(e.Kind, e.Title, e.Link, today.AddDays(-e.DaysAgo), e.Skills, e.Note), today, now.AddDays(-e.DaysAgo)).Value!;
            db.EvidenceItems.Add(item);
            db.EvidenceGoals.Add(EvidenceGoal.Link(item.Id, goal));
        }

        var cv = CareerAsset.Start(programmeId, owner, AssetKind.Cv, now.AddDays(-30));
        db.CareerAssets.Add(cv);
        db.AssetVersions.Add(cv.AddVersion("https://lerato.dev/cv-2026-01.pdf", "Three pages; skills list first, then two jobs.", today.AddDays(-30), null, today, now.AddDays(-30)).Value!);
        var cv2 = cv.AddVersion("https://lerato.dev/cv-2026-03.pdf", "Two pages; projects first: the design-system date picker and use-hooks-lab.", today.AddDays(-6),
            "Cut to two pages, led with projects, added the talk and the pull request.", today, now.AddDays(-6)).Value!;
        cv2.RequestReview(now.AddDays(-6));
        db.AssetVersions.Add(cv2);
        db.AssetVersionComments.Add(AssetVersionComment.Write(cv2.Id, mentor,
            "Much stronger. Lead each project with the **outcome** (\"keyboard users can now pick dates\"), then the tech. And move the talk up: hiring managers love that.",
            now.AddDays(-4)).Value!);
        db.AssetVersionComments.Add(AssetVersionComment.Write(cv2.Id, owner, "Thanks! I'll rewrite the project lines this week.", now.AddDays(-4).AddHours(3)).Value!);
        cv2.MarkReviewed(mentor, now.AddDays(-4));

        var linkedIn = CareerAsset.Start(programmeId, owner, AssetKind.LinkedIn, now.AddDays(-20));
        db.CareerAssets.Add(linkedIn);
        db.AssetVersions.Add(linkedIn.AddVersion("https://www.linkedin.com/in/lerato-dev", "Headline: \"Front-end developer\"; no featured section.", today.AddDays(-20), null, today,
            now.AddDays(-20)).Value!);
        var li2 = linkedIn.AddVersion("https://www.linkedin.com/in/lerato-dev", "Headline: \"Front-end developer · accessibility and React\"; featured: the blog post and the talk.",
            today.AddDays(-2), "New headline and a featured section with the post and the talk.", today, now.AddDays(-2)).Value!;
        li2.RequestReview(now.AddDays(-2));
        db.AssetVersions.Add(li2);
    }
}
