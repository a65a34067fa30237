using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

public sealed class PulseBrowserTests : BrowserTest
{
    [Fact]
    public async Task A_mentee_answers_the_relationship_pulse_from_the_home_next_step_and_the_coordinator_sees_it_counted()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 6); // the pair started 38 days ago: the first pulse is open
        var members = await given.PairAsync(programme);
        var mentee = await NewPageAsync();
        await SignInAsync(mentee, members.Mentee.Email);
        await mentee.GotoAsync("/");
        await mentee.GetByRole(AriaRole.Link, new() { Name = "Answer the pulse" }).ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Heading, new() { Name = "Relationship pulse", Exact = true })).ToBeVisibleAsync();
        await mentee.GetByLabel("4 · Well").CheckAsync();
        await mentee.GetByLabel("Partly").CheckAsync();
        await mentee.GetByLabel("Comment (optional)").FillAsync("We missed one week, otherwise good");
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Save my answers" }).ClickAsync();
        await Assertions.Expect(mentee.GetByText("Thank you: your answers are saved.")).ToBeVisibleAsync();
        await mentee.GotoAsync("/");
        await Assertions.Expect(mentee.GetByRole(AriaRole.Link, new() { Name = "Answer the pulse" })).ToHaveCountAsync(0);

        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, programme.Coordinator.Email);
        await coordinator.GotoAsync($"/Programmes/{programme.Id}/Surveys");
        var pulse = coordinator.GetByRole(AriaRole.Region, new() { Name = "Relationship pulse" });
        await Assertions.Expect(pulse.GetByText("1 person so far")).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.GetByText("We missed one week")).ToHaveCountAsync(0);
    }
}
