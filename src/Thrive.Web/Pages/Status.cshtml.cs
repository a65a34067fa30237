namespace Thrive.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : ThrivePageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;
    public void OnPost(int code) => Code = code;

    public (string Title, string Text) Message => Code switch
    {
        403 => ("You don't have access to this page", "It belongs to someone else's pair or programme. If you think you should see it, ask the person it belongs to, or an administrator of this Thrive."),
        404 => ("We couldn't find that page", "The link may be old, or the thing it pointed to was removed."),
        400 => ("That request didn't look right", "Go back and try again. If a form was open a long time, reload it first."),
        429 => ("Slow down a little", "Too many attempts in a short time. Wait a minute and try again."),
        _ => ("Something went wrong", "Try again in a moment."),
    };
}
