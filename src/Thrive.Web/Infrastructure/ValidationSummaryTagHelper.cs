using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// ASP.NET's validation summary keeps an empty placeholder item, <c>&lt;li style="display:none"&gt;</c>, when there
/// is nothing to say. Our Content-Security-Policy allows no style attributes, so Chromium refuses it with a console
/// error on every form page: this runs after ASP.NET's tag helper and hides the placeholder with the hidden attribute.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ValidationSummaryTagHelper : TagHelper
{
    private const string StyledPlaceholder = "<li style=\"display:none\"></li>";

    /// <summary>After ASP.NET's own validation summary tag helper (order -1000).</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = output.PostContent.GetContent();
        if (html.Contains(StyledPlaceholder, StringComparison.Ordinal))
            output.PostContent.SetHtmlContent(html.Replace(StyledPlaceholder, "<li hidden></li>", StringComparison.Ordinal));
    }
}
