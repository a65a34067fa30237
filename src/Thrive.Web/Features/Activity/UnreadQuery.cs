using System.Linq.Expressions;
using System.Reflection;

namespace Thrive.Web.Features.Activity;

/// <summary>
/// The navigation's unread count as a compiled query: the same <see cref="ActivitySources.Unread"/> query, turned once
/// per process into a lambda over the context, the reader and the window's start, so a page no longer builds, hashes
/// and looks up its ten-source expression tree on every request (two thirds of a page's server time at 10,000
/// participants went there; see docs/performance.md). The values the query captured (the reader, the window's start)
/// become the lambda's parameters; the queries it captured (the reader's pairs, groups and last visit) are inlined.
/// </summary>
public static class UnreadQuery
{
    private static readonly Guid ReaderMark = new("7f3c1e52-8d0a-4b9e-a6f1-2c5d9e0b7a41");
    private static readonly DateTimeOffset FloorMark = new(1901, 2, 3, 4, 5, 6, TimeSpan.Zero);

    private static Func<ThriveDbContext, Guid, DateTimeOffset, CancellationToken, Task<int>>? compiled;

    /// <summary>How many of the reader's feed items are newer than their last visit (or the window's start).</summary>
    public static Task<int> CountAsync(ThriveDbContext db, Guid me, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        compiled ??= Compile(db);
        return compiled(db, me, now.AddDays(-ActivitySources.WindowDays), ct);
    }

    private static Func<ThriveDbContext, Guid, DateTimeOffset, CancellationToken, Task<int>> Compile(ThriveDbContext db)
    {
        // Built once with marker values, which the rewrite below swaps for the lambda's parameters.
        var query = new ActivitySources(db).Unread(ReaderMark, FloorMark.AddDays(ActivitySources.WindowDays));
        var context = Expression.Parameter(typeof(ThriveDbContext), "db");
        var me = Expression.Parameter(typeof(Guid), "me");
        var floor = Expression.Parameter(typeof(DateTimeOffset), "floor");
        var rewrite = new Parameterize(me, floor);
        var body = rewrite.Visit(query.Expression)!;
        if (rewrite.Found < 2) throw new InvalidOperationException("The unread query no longer captures the reader and the window's start as values; update UnreadQuery.");
        var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(DateTimeOffset)], body);
        var ct = Expression.Parameter(typeof(CancellationToken), "ct");
        return EF.CompileAsyncQuery(Expression.Lambda<Func<ThriveDbContext, Guid, DateTimeOffset, CancellationToken, int>>(count, context, me, floor, ct));
    }

    /// <summary>Inlines captured queries and turns the captured reader and window start into parameters.</summary>
    private sealed class Parameterize(ParameterExpression me, ParameterExpression floor) : ExpressionVisitor
    {
        /// <summary>How many places the reader and the window's start were found in; none would mean the query no longer captures them.</summary>
        public int Found { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (Captured(node, out var value))
            {
                if (value is IQueryable q) return Visit(q.Expression)!;
                if (value is Guid g && g == ReaderMark) { Found++; return me; }
                if (value is DateTimeOffset d && d == FloorMark) { Found++; return floor; }
            }
            return base.VisitMember(node);
        }

        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is IQueryable q && q.Expression is not ConstantExpression && q.Expression.NodeType != ExpressionType.Extension
                ? Visit(q.Expression)!
                : node;

        /// <summary>The value of a member read off a captured object (a closure's field, or a field of one), if it is one.</summary>
        private static bool Captured(MemberExpression node, out object? value)
        {
            value = null;
            object? target;
            switch (node.Expression)
            {
                case ConstantExpression c: target = c.Value; break;
                case MemberExpression inner when Captured(inner, out var v): target = v; break;
                case null: target = null; break;
                default: return false;
            }
            switch (node.Member)
            {
                case FieldInfo f: value = f.GetValue(target); return true;
                case PropertyInfo p when p.GetIndexParameters().Length == 0 && target is not null: value = p.GetValue(target); return true;
                default: return false;
            }
        }
    }
}
