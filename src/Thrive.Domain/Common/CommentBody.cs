namespace Thrive.Domain.Common;

/// <summary>The text of a comment (on a card, a SWOT, a goal): Markdown, required, at most <see cref="Max"/> characters, kept trimmed.</summary>
public static class CommentBody
{
    public const int Max = 5000;

    public static Result<string> Check(string? body)
    {
        var v = new Validate().Required("Body", body, "A comment", Max);
        return v.Ok ? body!.Trim() : Result<string>.Fail(v.Errors);
    }
}
