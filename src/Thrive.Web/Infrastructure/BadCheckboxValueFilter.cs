using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// A posted checkbox value that is not a boolean ("abc") leaves its text in ModelState, and the checkbox tag helper
/// throws a FormatException when it re-renders the form with it (a 500). Keep the field error, drop the bad text.
/// </summary>
public sealed class BadCheckboxValueFilter : BeforePageHandlerFilter
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ModelState.IsValid) return;
        foreach (var (key, entry) in context.ModelState.ToList())
        {
            if (entry is null || entry.ValidationState != ModelValidationState.Invalid || entry.AttemptedValue is null) continue;
            if (bool.TryParse(entry.AttemptedValue, out _) || !IsBoolean(context.HandlerInstance.GetType(), key)) continue;
            context.ModelState.SetModelValue(key, rawValue: false, attemptedValue: "false");
        }
    }

    private static bool IsBoolean(Type type, string key)
    {
        Type? current = type;
        foreach (var name in key.Split('.'))
        {
            current = current?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            if (current is null) return false;
        }
        return current == typeof(bool) || current == typeof(bool?);
    }
}
