using Thrive.Web.Features.Chat;

namespace Thrive.Web.Pages.Chat;

/// <summary>A person's own Slack or Teams connection: the reminders they choose and the Monday digest.</summary>
public sealed class MineModel(GetChat.Handler get, ConnectChat.Handler connect, SendChatTest.Handler test, DisconnectChat.Handler disconnect, ReaderClock reader)
    : ChatPage(get, connect, test, disconnect, reader)
{
    protected override Guid? ProgrammeId => null;

    protected override string Here => "/Account/Chat";
}
