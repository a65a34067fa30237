using Microsoft.AspNetCore.Mvc.Filters;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// A POST to a page that has no POST handler would render the page without loading its model; answer 405 instead.
/// </summary>
public sealed class PostNeedsHandlerFilter : BeforePageHandlerFilter
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
