using Thrive.Web.Features.Chat;

namespace Thrive.Web.Pages.Chat;

/// <summary>A programme's Slack or Teams channel, for its coordinators: the programme's weekly news.</summary>
public sealed class ProgrammeModel(GetChat.Handler get, ConnectChat.Handler connect, SendChatTest.Handler test, DisconnectChat.Handler disconnect, ReaderClock reader)
    : ChatPage(get, connect, test, disconnect, reader)
{
    [FromRoute] public Guid Id { get; set; }

    protected override Guid? ProgrammeId => Id;

    protected override string Here => $"/Programmes/{Id}/Chat";
}
