using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Thrive.Web.Infrastructure;

/// <summary>User-written Markdown to safe HTML: nothing user-written reaches the page unsanitised.</summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static IHtmlContent ToHtml(string? markdown) =>
        new HtmlString(Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown ?? "", Pipeline)));
}
