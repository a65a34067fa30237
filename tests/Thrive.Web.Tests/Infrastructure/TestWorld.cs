using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;

namespace Thrive.Web.Tests.Infrastructure;

public enum Persona { Anonymous, MenteeB, OtherCoordinator, MenteeA, MentorA, Coordinator, Admin }

/// <summary>The ids of the world the route tests fill their URLs with.</summary>
public sealed record World(Guid Programme, Guid PairA, Guid Application, Guid GoalA, Guid SwotA, Guid BoardA, Guid BusyColumnA, Guid TaskA, Guid SessionA, string FeedToken, Guid FeedbackToMenteeA, Guid CommitmentA, Guid ActionItemA);

/// <summary>
/// The demo programme plus a second programme with its own coordinator, the seven people who use it, and every
/// route of the app filled with that world's ids: shared by the authorization matrix and the abuse tests.
/// </summary>
public static class TestWorld
{
    /// <summary>"GET /Programmes/{id}" for each route of the app (constraints and optional marks dropped).</summary>
    public static List<string> Routes(ThriveApp app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{(\w+)(:[^}]*)?\??\}", "{$1}");
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var m in methods) keys.Add($"{m} {pattern}");
        }
        return keys.ToList();
    }

    public static async Task<HttpClient> ClientForAsync(ThriveApp app, Persona persona) => persona switch
    {
        Persona.Anonymous => app.Anonymous(),
        Persona.MenteeA => await app.SignedInAsync("mentee@thrive.test"),
        Persona.MentorA => await app.SignedInAsync("mentor@thrive.test"),
        Persona.MenteeB => await app.SignedInAsync("aws.mentee@thrive.test"),
        Persona.Coordinator => await app.SignedInAsync("coordinator@thrive.test"),
        Persona.OtherCoordinator => await app.SignedInAsync("other.coordinator@example.com"),
        _ => await app.SignedInAsync("admin@thrive.test"),
    };

    public static (string Method, string Url) Fill(string route, World w)
    {
        var parts = route.Split(' ', 2);
        var url = parts[1];
        var isPair = url.StartsWith("/Pairs/", StringComparison.Ordinal) || url.StartsWith("/api/v1/pairs/", StringComparison.Ordinal);
        var isGoal = url.StartsWith("/Goals/", StringComparison.Ordinal) || url.StartsWith("/api/v1/goals/", StringComparison.Ordinal);
        var id = url switch
        {
            _ when isPair => w.PairA,
            _ when isGoal => w.GoalA,
            _ when url.StartsWith("/api/v1/boards/", StringComparison.Ordinal) => w.BoardA,
            _ when url.StartsWith("/api/v1/columns/", StringComparison.Ordinal) => w.BusyColumnA,
            _ when url.StartsWith("/Sessions/", StringComparison.Ordinal) || url.StartsWith("/api/v1/sessions/", StringComparison.Ordinal) => w.SessionA,
            _ when url.StartsWith("/api/v1/action-items/", StringComparison.Ordinal) => w.ActionItemA,
            _ when url.StartsWith("/api/v1/commitments/", StringComparison.Ordinal) => w.CommitmentA,
            _ when url.StartsWith("/Tasks/", StringComparison.Ordinal) || url.StartsWith("/api/v1/tasks/", StringComparison.Ordinal) => w.TaskA,
            _ => w.Programme,
        };
        url = url.Replace("{id}", id.ToString(), StringComparison.Ordinal)
            .Replace("{boardId}", w.BoardA.ToString(), StringComparison.Ordinal)
            .Replace("{analysisId}", w.SwotA.ToString(), StringComparison.Ordinal)
            .Replace("{change}", "drop", StringComparison.Ordinal)
            .Replace("{participantId}", w.Application.ToString(), StringComparison.Ordinal)
            .Replace("{feedbackId}", w.FeedbackToMenteeA.ToString(), StringComparison.Ordinal)
            .Replace("{code}", "404", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{token}", w.FeedToken, StringComparison.Ordinal);
        if (url.EndsWith("/decision", StringComparison.Ordinal)) url += "?accept=false";
        if (url.EndsWith("/Compare", StringComparison.Ordinal)) url += "?a=1&b=2";
        return (parts[0], url);
    }


    /// <summary>The demo programme plus a second programme with its own coordinator.</summary>
    public static async Task<World> SetUpAsync(ThriveApp app, CancellationToken ct)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ThriveUser>>();
        var other = new ThriveUser { Id = Guid.NewGuid(), UserName = "other.coordinator@example.com", Email = "other.coordinator@example.com", DisplayName = "Other Coordinator", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(other, ThriveApp.Password)).Succeeded);
        var second = Programme.Create(new ProgrammeDetails("Another cohort", null, new DateOnly(2026, 1, 5), 12, SessionCadence.Weekly), DateTimeOffset.UtcNow).Value!;
        db.Programmes.Add(second);
        db.Participants.Add(Participant.Coordinator(second.Id, other.Id, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(ct);

        var programme = await db.Programmes.Where(p => p.Id != second.Id).Select(p => p.Id).SingleAsync(ct);
        var menteeA = await db.Users.Where(u => u.Email == "mentee@thrive.test").Select(u => u.Id).SingleAsync(ct);
        var pairA = await db.Pairs.Where(p => p.MenteeId == menteeA).Select(p => p.Id).SingleAsync(ct);
        var application = await db.Participants.Where(p => p.UserId == db.Users.Single(u => u.Email == "ayesha.applicant@thrive.test").Id).Select(p => p.Id).SingleAsync(ct);
        var goalA = await db.Goals.Where(g => g.OwnerId == menteeA && g.Status == Thrive.Domain.Goals.GoalStatus.Active).Select(g => g.Id).FirstAsync(ct);
        var swotA = await db.SwotAnalyses.Where(a => a.OwnerId == menteeA).Select(a => a.Id).SingleAsync(ct);
        var boardA = await db.Boards.Where(b => b.OwnerId == menteeA).Select(b => b.Id).SingleAsync(ct);
        // A column that holds cards, so that an allowed DELETE is refused instead of removing it.
        var busy = await db.Tasks.Where(t => t.BoardId == boardA).GroupBy(t => t.ColumnId).Select(g => g.Key).FirstAsync(ct);
        var taskA = await db.Tasks.Where(t => t.BoardId == boardA).Select(t => t.Id).FirstAsync(ct);
        var session = Thrive.Domain.Sessions.MentoringSession.Plan(pairA, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow.AddDays(3).AddHours(1));
        db.Sessions.Add(session);
        var feedToken = Thrive.Web.Infrastructure.SessionCalendar.NewFeedToken();
        (await db.Users.SingleAsync(u => u.Id == menteeA, ct)).CalendarFeedTokenHash = Thrive.Web.Infrastructure.Tokens.Hash(feedToken);
        await db.SaveChangesAsync(ct);
        var feedback = await db.Feedback.Where(f => f.PairId == pairA && f.ReceiverId == menteeA).Select(f => f.Id).FirstAsync(ct);
        // A commitment of MenteeA's (the demo gives her none).
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var commitment = Thrive.Domain.Commitments.Commitment.Create(programme, menteeA, new Thrive.Domain.Commitments.CommitmentDetails(Thrive.Domain.Commitments.CommitmentForm.ImplementationIntention,
            "ship one small front-end change", "Friday 17:00", "at my desk", null, 1, Thrive.Domain.Commitments.HabitPeriod.Week, Thrive.Domain.Commitments.CommitmentKind.YesNo),
            today, today, DateTimeOffset.UtcNow).Value!;
        db.Commitments.Add(commitment);
        await db.SaveChangesAsync(ct);
        return new World(programme, pairA, application, goalA, swotA, boardA, busy, taskA, session.Id, feedToken, feedback, commitment.Id,
            await db.ActionItems.Where(i => i.PairId == pairA).Select(i => i.Id).FirstAsync(ct));
    }
}
