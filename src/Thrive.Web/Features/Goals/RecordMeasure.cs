using System.Globalization;

namespace Thrive.Web.Features.Goals;

/// <summary>The owner logs where their measure stands on one of their days (today or earlier, in their own calendar).</summary>
public static class RecordMeasure
{
    /// <summary>The day (the reader's today by default on the page), the value and an optional note.</summary>
    public sealed record Request
    {
        public DateOnly? Date { get; init; }
        public decimal? Value { get; init; }
        public string? Note { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid goalId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Goal.Write, goalId, ct)).Denied is { } denied) return denied;
            var missing = new Validate()
                .That(r.Date is not null, nameof(Request.Date), "Enter the date of the value.")
                .That(r.Value is not null, nameof(Request.Value), "Enter a number.");
            if (!missing.Ok) return Result<Unit>.Fail(missing.Errors);
            var (date, value) = (r.Date!.Value, r.Value!.Value);
            var goal = await db.Goals.AsNoTracking().Where(g => g.Id == goalId).Select(g => new { g.Smart.Metric, g.Smart.Target }).FirstAsync(ct);
            if (goal.Target is null || goal.Metric.Length == 0) return Error.Validation(nameof(Request.Value), "This goal has no measure yet: add a metric and a target first.");
            // A goal a commitment feeds takes its values from the check-ins: typing them too would count twice.
            if (await db.Commitments.Where(c => c.GoalId == goalId && c.Feed != GoalFeed.None).OrderBy(c => c.CreatedAt).Select(c => c.Behaviour).FirstOrDefaultAsync(ct) is { } feeder)
                return new Error(ErrorKind.Validation, $"This goal's measure follows the commitment \"{feeder}\": check in there, and the value moves here.", nameof(Request.Value), "fed_by_commitment");
            if (await db.RoleExplorations.AnyAsync(x => x.GoalId == goalId, ct))
                return new Error(ErrorKind.Validation, "This goal's measure follows the conversations you log in role exploration: log one there, and the value moves here.", nameof(Request.Value), "fed_by_conversations");
            if (await GoalFeeds.GroupRefusalAsync(db, goalId, nameof(Request.Value), "mark your reading or attendance there, and the value moves here.", ct) is { } group)
                return group;
            var now = reader.UtcNow;
            var entry = MeasureEntry.Record(goalId, date, value, r.Note, actor.UserId, reader.Today, now);
            if (!entry.Succeeded) return Result<Unit>.Fail(entry.Errors);
            db.MeasureEntries.Add(entry.Value!);
            db.GoalEvents.Add(GoalEvent.Of(goalId, actor.UserId, $"Recorded {goal.Metric}: {value.ToString("0.##", CultureInfo.InvariantCulture)} on {date:d MMM yyyy}", now));
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
