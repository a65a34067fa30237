using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Thrive.Web.Pages;

/// <summary>Thin pages: bind, call the feature handler, render. This maps handler failures to responses.</summary>
public abstract class ThrivePageModel : PageModel
{
    protected Actor Actor => User.Actor();

    /// <summary>The query parameters that carry a list's page number on this page (a page with two lists names both).</summary>
    protected virtual IReadOnlyList<string> PageParameters { get; } = ["page"];

    /// <summary>A page number in the address that is not a number shows the first page: it is not a form error to show.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        foreach (var name in PageParameters) ModelState.Remove(name);
        base.OnPageHandlerExecuting(context);
    }

    /// <summary>404 and 403 become status pages; other failures go beside their fields and the form is shown again.</summary>
    protected IActionResult Failed(IReadOnlyList<Error> errors, string prefix = "Input")
    {
        if (errors.IsNotFound()) return NotFound();
        if (errors.IsForbidden()) return StatusCode(StatusCodes.Status403Forbidden);
        errors.AddTo(ModelState, prefix);
        return Page();
    }

    /// <summary>For reads: 404/403, or null when the result can be shown.</summary>
    protected IActionResult? Denied(IReadOnlyList<Error> errors) =>
        errors.IsNotFound() ? NotFound() : errors.IsForbidden() ? StatusCode(StatusCodes.Status403Forbidden) : null;

    protected IActionResult? Denied(Error? error) => error is null ? null : Denied([error]);

    /// <summary>For reads: null when the result can be shown (<paramref name="keep"/> has taken its value), otherwise the 404 or 403.</summary>
    protected async Task<IActionResult?> ReadAsync<T>(Task<Result<T>> read, Action<T> keep)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(keep);
        var r = await read;
        if (Denied(r.Errors) is { } denied) return denied;
        keep(r.Value!);
        return null;
    }

    /// <summary>The messages of the fields under <paramref name="prefix"/> (a refused row action), for one list beside its form.</summary>
    public IReadOnlyList<string> ErrorsUnder(string prefix) =>
        ModelState.Where(kv => kv.Key == prefix || kv.Key.StartsWith(prefix + ".", StringComparison.Ordinal))
            .SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).Distinct(StringComparer.Ordinal).ToList();

    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>Shows the note after the next redirect as a question to think about rather than good news (a limit passed).</summary>
    protected void FlashAsNote() => TempData["FlashTone"] = "note";

    /// <summary>
    /// After a change: on success a note and a redirect; on a refusal the page again, reloaded by
    /// <paramref name="reload"/>, with the reasons beside their fields (409 for a conflict such as a stale version).
    /// </summary>
    protected async Task<IActionResult> AfterChangeAsync<T>(Result<T> result, string done, string redirect, Func<Task<IActionResult?>> reload, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(reload);
        if (result.Succeeded) { Flash(done); return Redirect(redirect); }
        if (Denied(result.Errors) is { } denied) return denied;
        if (await reload() is { } gone) return gone;
        if (result.Errors[0].Kind == ErrorKind.Conflict) Response.StatusCode = StatusCodes.Status409Conflict;
        return Failed(result.Errors, prefix);
    }
}

/// <summary>A page that shows what one read handler returns as <see cref="View"/>.</summary>
public abstract class ThrivePageModel<TView> : ThrivePageModel where TView : class
{
    public TView View { get; private set; } = null!;

    /// <summary>Reads the page's view: null when it can be shown, otherwise the 404 or 403 to answer.</summary>
    protected Task<IActionResult?> ShowAsync(Task<Result<TView>> read) => ReadAsync(read, v => View = v);
}
