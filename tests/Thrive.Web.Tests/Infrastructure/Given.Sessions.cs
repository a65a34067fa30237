using Thrive.Domain.Agreements;
using Thrive.Domain.Relationship;
using Thrive.Domain.Sessions;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>What a pair does together: sessions and their notes, action items, feedback, charters.</summary>
public sealed partial class Given
{
    /// <summary>
    /// A scheduled session of an hour (or <paramref name="length"/>) from <paramref name="start"/>; <paramref name="then"/>
    /// may go on through the domain (share an agenda, record it held, cancel it) before it is saved.
    /// </summary>
    public async Task<GivenSession> SessionAsync(GivenPair pair, DateTimeOffset start, TimeSpan? length = null, Action<MentoringSession>? then = null)
    {
        var session = MentoringSession.Plan(pair.Id, start, start + (length ?? TimeSpan.FromHours(1)));
        then?.Invoke(session);
        await WriteAsync(db => db.Sessions.Add(session));
        return new GivenSession(session.Id, pair, session.StartUtc, session.EndUtc);
    }

    /// <summary>A session that was held <paramref name="daysAgo"/> days ago, with its agenda shared the day before.</summary>
    public Task<GivenSession> HeldSessionAsync(GivenPair pair, int daysAgo, string notes = "") =>
        SessionAsync(pair, Now.AddDays(-daysAgo), then: s =>
        {
            Ok(s.SaveAgenda("Fine", "", "", "Keep going", "", share: true, s.StartUtc.AddDays(-1)));
            Ok(s.SaveNotes(notes));
            Ok(s.Record(SessionStatus.Held, s.EndUtc));
        });

    /// <summary>A private note of one member on a session.</summary>
    public async Task PrivateNoteAsync(GivenSession session, GivenPerson author, string body)
    {
        var note = PrivateNote.Start(session.Id, author.Id);
        Ok(note.Save(body, session.EndUtc));
        await WriteAsync(db => db.PrivateNotes.Add(note));
    }

    /// <summary>An action item of <paramref name="owner"/>, added at <paramref name="created"/> (now), done at <paramref name="done"/> if given.</summary>
    public async Task<Guid> ActionItemAsync(GivenPair pair, GivenPerson owner, string text, DateOnly? due = null, GivenSession? session = null,
        DateTimeOffset? created = null, DateTimeOffset? done = null)
    {
        var at = created ?? Now;
        var item = Ok(ActionItem.Add(pair.Id, session?.Id, owner.Id, text, due, DateOnly.FromDateTime(at.UtcDateTime), at));
        if (done is { } d) item.Toggle(d);
        await WriteAsync(db => db.ActionItems.Add(item));
        return item.Id;
    }

    /// <summary>Situation-Impact-Action feedback from <paramref name="giver"/> to their partner.</summary>
    public async Task<Guid> FeedbackAsync(GivenPair pair, GivenPerson giver, string situation = "In our last session you brought a clear agenda.",
        string impact = "We used the hour on what mattered most.", string action = "Keep sharing it the day before.",
        FeedbackKind kind = FeedbackKind.Praise, DateTimeOffset? at = null)
    {
        var feedback = Ok(Feedback.Give(pair.Id, giver.Id, pair.PartnerOf(giver).Id, kind, situation, impact, action, at ?? Now));
        await WriteAsync(db => db.Feedback.Add(feedback));
        return feedback.Id;
    }

    /// <summary>One member's side of the pair's relationship charter.</summary>
    public async Task CharterAsync(GivenPair pair, GivenPerson author, CharterAnswers answers)
    {
        var charter = RelationshipCharter.Start(pair.Id, author.Id);
        Ok(charter.Save(answers, Now));
        await WriteAsync(db => db.Charters.Add(charter));
    }
}
