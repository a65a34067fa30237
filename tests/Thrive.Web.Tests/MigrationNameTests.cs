using System.Diagnostics;

namespace Thrive.Web.Tests;

/// <summary>scripts/add-migration names each migration after what it changes: vague names are refused before anything is generated.</summary>
public sealed class MigrationNameTests
{
    [Theory]
    [InlineData("Update", "does not say what changes")]
    [InlineData("Fix", "does not say what changes")]
    [InlineData("Migration1", "does not say what changes")]
    [InlineData("AddIndex", "does not say what changes")]
    [InlineData("FixUpdate2", "does not say what changes")]
    [InlineData("Baseline", "squashed history")]
    [InlineData("goalReviewer", "not a PascalCase name")]
    [InlineData("Goal reviewer", "not a PascalCase name")]
    public async Task A_vague_or_malformed_name_is_refused_with_a_message(string name, string message)
    {
        var (code, output) = await CheckAsync(name);
        Assert.Equal(1, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains("Name the migration after what it changes", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FeedbackGivenAtIndex")]
    [InlineData("SessionReminderOptOut")]
    [InlineData("AddGoalReviewer")]
    public async Task A_name_that_says_what_changes_is_accepted(string name)
    {
        var (code, output) = await CheckAsync(name);
        Assert.True(code == 0, output);
    }

    private static async Task<(int Code, string Output)> CheckAsync(string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Thrive.slnx"))) root = root.Parent;
        Assert.NotNull(root);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root.FullName };
        foreach (var a in new[] { "scripts/add-migration", "--check", name }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
