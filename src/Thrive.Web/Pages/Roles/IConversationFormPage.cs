using Thrive.Web.Features.Roles;

namespace Thrive.Web.Pages.Roles;

/// <summary>A page with the conversation form (log or edit), as the _ConversationFields partial reads it: the bound request is named Input.</summary>
public interface IConversationFormPage
{
    LogConversation.Request Input { get; }

    DateOnly Today { get; }

    /// <summary>The roles shown on the person's list, offered for "their role".</summary>
    IReadOnlyList<RoleRow> RoleChoices { get; }

    IReadOnlyList<BankQuestion> Bank { get; }
}
