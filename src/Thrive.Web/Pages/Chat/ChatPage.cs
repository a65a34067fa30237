using Thrive.Web.Features.Chat;
using Thrive.Web.Features.Reminders;

namespace Thrive.Web.Pages.Chat;

/// <summary>What a person's own chat page and a programme's channel page share: connect, send a test, disconnect, the log.</summary>
public abstract class ChatPage(GetChat.Handler get, ConnectChat.Handler connect, SendChatTest.Handler test, DisconnectChat.Handler disconnect, ReaderClock reader)
    : ThrivePageModel<GetChat.View>
{
    [BindProperty] public ConnectChat.Request Input { get; set; } = new() { Kinds = [ReminderKind.SessionTomorrow, ReminderKind.WeeklyDigest] };

    public string Stamp(DateTimeOffset instant) => reader.Stamp(instant);

    /// <summary>The reminder kinds a person may send to the chat, with their descriptions.</summary>
    public static IReadOnlyList<(ReminderKind Kind, string Description)> Kinds { get; } = Enum.GetValues<ReminderKind>().Select(k => (k, ReminderMail.Describe(k))).ToList();

    protected abstract Guid? ProgrammeId { get; }

    protected abstract string Here { get; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var shown = await ShowAsync(get.HandleAsync(Actor, ProgrammeId, ct));
        if (View?.Connection is { } c) Input = Input with { Tool = c.Tool == "Slack" ? ChatTool.Slack : ChatTool.Teams, Kinds = c.Kinds, InsteadOfMail = c.InsteadOfMail };
        return shown ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterChangeAsync(await connect.HandleAsync(Actor, ProgrammeId, Input, ct), "Connected. A test message is on its way; the log below shows when it arrives.", Here,
            () => ShowAsync(get.HandleAsync(Actor, ProgrammeId, ct)), nameof(Input));

    public async Task<IActionResult> OnPostTestAsync(CancellationToken ct) =>
        await AfterChangeAsync(await test.HandleAsync(Actor, ProgrammeId, ct), "A test message is on its way; the log below shows when it arrives.", Here,
            () => ShowAsync(get.HandleAsync(Actor, ProgrammeId, ct)));

    public async Task<IActionResult> OnPostEnableAsync([FromServices] EnableChat.Handler enable, CancellationToken ct) =>
        await AfterChangeAsync(await (enable ?? throw new ArgumentNullException(nameof(enable))).HandleAsync(Actor, ProgrammeId, ct),
            "Turned on again. A test message is on its way; the log below shows when it arrives.", Here, () => ShowAsync(get.HandleAsync(Actor, ProgrammeId, ct)));

    public async Task<IActionResult> OnPostDisconnectAsync(CancellationToken ct) =>
        await AfterChangeAsync(await disconnect.HandleAsync(Actor, ProgrammeId, ct), "Disconnected. Nothing more goes to that channel.", Here,
            () => ShowAsync(get.HandleAsync(Actor, ProgrammeId, ct)));
}
