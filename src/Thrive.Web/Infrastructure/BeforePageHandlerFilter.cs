using Microsoft.AspNetCore.Mvc.Filters;

namespace Thrive.Web.Infrastructure;

/// <summary>A page filter that acts only before the page's handler runs; the other two moments of a page filter do nothing.</summary>
public abstract class BeforePageHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public abstract void OnPageHandlerExecuting(PageHandlerExecutingContext context);

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
