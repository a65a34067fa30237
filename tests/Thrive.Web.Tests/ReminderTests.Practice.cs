using Thrive.Domain.Practice;
using Thrive.Domain.Reminders;

namespace Thrive.Web.Tests;

public sealed partial class ReminderTests
{
    [Fact]
    public async Task Practice_problems_falling_due_are_reminded_once_that_day_in_the_owners_zone_and_can_be_turned_off()
    {
        var (_, menteeId, _) = await PairAAsync();
        var programmeId = W.PairA.Programme.Id;
        await App.WithDbAsync(async db =>
        {
            foreach (var title in new[] { "Course Schedule", "Word Ladder" })
                db.PracticeProblems.Add(PracticeProblem.Log(programmeId, menteeId, new PracticeDetails(title, PracticeSource.LeetCode, "", Difficulty.Medium,
                    PracticeTopic.Graphs, 40, SolvedHow.WithHint, "", Date(-1)), Date(-1), At(-1, 12)).Value!);
            // Solved alone: never due again, never reminded.
            db.PracticeProblems.Add(PracticeProblem.Log(programmeId, menteeId, new PracticeDetails("Two Sum", PracticeSource.LeetCode, "", Difficulty.Easy,
                PracticeTopic.Arrays, 10, SolvedHow.Alone, "", Date(-1)), Date(-1), At(-1, 12)).Value!);
            return await db.SaveChangesAsync();
        });
        const string subject = "Practice problems are due again today";
        // 05:00 UTC is 07:00 in Johannesburg: before the sending hour.
        await PassAsync(At(0, 5));
        Assert.Empty(await MailAsync(Mentee, subject));
        await PassAsync(At(0, 9));
        var mail = Assert.Single(await MailAsync(Mentee, subject));
        Assert.Contains("- Course Schedule", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Word Ladder", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Two Sum", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/Practice", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Stop these mails:", mail.TextBody, StringComparison.Ordinal);
        await PassAsync(At(0, 15));
        await PassAsync(At(1, 9)); // still due, but no longer falling due: the page and the home card carry it from here
        Assert.Single(await MailAsync(Mentee, subject));
        Assert.Empty(await MailAsync(Mentor, subject));

        // Turned off, the next day's problems are not mailed.
        await App.WithDbAsync(async db =>
        {
            db.ReminderOptOuts.Add(ReminderOptOut.For(menteeId, ReminderKind.PracticeDue, At(1, 10)));
            db.PracticeProblems.Add(PracticeProblem.Log(programmeId, menteeId, new PracticeDetails("Clone Graph", PracticeSource.LeetCode, "", Difficulty.Medium,
                PracticeTopic.Graphs, 30, SolvedHow.LookedAtSolution, "", Date(1)), Date(1), At(1, 12)).Value!);
            return await db.SaveChangesAsync();
        });
        await PassAsync(At(2, 9));
        Assert.Empty(await MailAsync(Mentee, "A practice problem is due again today"));
    }
}
