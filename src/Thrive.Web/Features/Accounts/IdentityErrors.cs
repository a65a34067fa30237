using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

public static class IdentityErrors
{
    /// <summary>Identity's own messages ("Passwords must have at least one digit"), put on one field.</summary>
    public static Error[] ToErrors(IdentityResult result, string field)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Select(e => Error.Validation(
            e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "Email" : field,
            e.Description)).ToArray();
    }
}
