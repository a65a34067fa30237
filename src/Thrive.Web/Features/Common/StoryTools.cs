namespace Thrive.Web.Features.Common;

/// <summary>Where a story tool's item shows in the programme's rhythm.</summary>
[Flags]
public enum ToolItemPlace
{
    /// <summary>The owner's home page ("what to do next").</summary>
    Home = 1,
    /// <summary>The prompts beside a session's agenda, for both members of the pair.</summary>
    Agenda = 2,
    /// <summary>The closing reflection and the printable journey.</summary>
    Journey = 4,
}

/// <summary>
/// One open item or achievement of a story tool (practice log, exam preparation, role exploration, wellbeing,
/// evidence), in words for the reader, with the page that deals with it. Urgency orders the items: higher first.
/// </summary>
public sealed record ToolItem(string Tool, string Text, string Link, ToolItemPlace Places, int Urgency = 0);

/// <summary>
/// Whose tool is read and by whom: the owner, or their mentor (the caller has already checked the mentor's place in
/// the pair). A tool shows the mentor only what the owner lets them see (wellbeing: only what the owner shared).
/// </summary>
public sealed record ToolReader(Guid OwnerId, Guid ProgrammeId, Guid ReaderId, DateOnly Today)
{
    public bool IsOwner => OwnerId == ReaderId;
}

/// <summary>
/// A story tool tells the rhythm what is open. Each tool's area registers one in its AddServices
/// (<c>services.AddScoped&lt;IStoryTool, XTool&gt;()</c>). An implementation reads at most two queries, whatever the
/// size of the owner's data, and never returns anything the reader may not read. It may return items of other places
/// than the place asked for (the caller keeps those of its place), but it skips a read whose items would not
/// show there: the home page is opened most, and asks for least.
/// </summary>
public interface IStoryTool
{
    Task<IReadOnlyList<ToolItem>> ItemsAsync(ToolReader reader, ToolItemPlace place, CancellationToken ct);
}

/// <summary>Every story tool's items for one owner and reader, in one place, most urgent first.</summary>
public sealed class StoryTools(IEnumerable<IStoryTool> tools)
{
    public async Task<IReadOnlyList<ToolItem>> ItemsAsync(ToolReader reader, ToolItemPlace place, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<ToolItem>();
        foreach (var tool in tools) items.AddRange(await tool.ItemsAsync(reader, place, ct));
        return items.Where(i => i.Places.HasFlag(place)).OrderByDescending(i => i.Urgency).ThenBy(i => i.Tool, StringComparer.Ordinal).ToList();
    }
}
