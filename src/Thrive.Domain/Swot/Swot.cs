using Thrive.Domain.Goals;

namespace Thrive.Domain.Swot;

public enum SwotQuadrant { Strength, Weakness, Opportunity, Threat }

public enum SwotLinkKind { Amplify, Guard }

/// <summary>A person's personal SWOT in a programme; its content lives in dated revisions.</summary>
public sealed class SwotAnalysis
{
    private SwotAnalysis() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static SwotAnalysis Start(Guid programmeId, Guid ownerId, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, CreatedAt = now };
}

/// <summary>One dated version of a SWOT. Editing changes the latest revision; "new revision" keeps the old one for comparison.</summary>
public sealed class SwotRevision
{
    private SwotRevision() { }

    public Guid Id { get; private set; }
    public Guid AnalysisId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid Version { get; private set; }

    public static SwotRevision First(Guid analysisId, DateTimeOffset now) => Next(analysisId, 0, now);

    public static SwotRevision Next(Guid analysisId, int previousNumber, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), AnalysisId = analysisId, Number = previousNumber + 1, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid() };

    public void Touch(DateTimeOffset now) { UpdatedAt = now; Version = Guid.NewGuid(); }
}

public sealed class SwotItem
{
    public const int TextMax = 500;
    public const int MaxPerQuadrant = 30;

    private SwotItem() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid RevisionId { get; private set; }
    public SwotQuadrant Quadrant { get; private set; }
    public string Text { get; private set; }
    public int Position { get; private set; }

    public static SwotItem Of(Guid revisionId, SwotQuadrant quadrant, string text, int position) =>
        new() { Id = Guid.NewGuid(), RevisionId = revisionId, Quadrant = quadrant, Text = text, Position = position };

    public void MoveTo(int position) => Position = position;
}

/// <summary>Convergence: a strength that meets an opportunity (amplify) or a weakness that meets a threat (guard).</summary>
public sealed class SwotLink
{
    private SwotLink() { }

    public Guid Id { get; private set; }
    public Guid RevisionId { get; private set; }
    public Guid FromItemId { get; private set; }
    public Guid ToItemId { get; private set; }
    public SwotLinkKind Kind { get; private set; }

    public static Result<SwotLink> Connect(Guid revisionId, SwotItem from, SwotItem to)
    {
        SwotLinkKind? kind = (from.Quadrant, to.Quadrant) switch
        {
            (SwotQuadrant.Strength, SwotQuadrant.Opportunity) => SwotLinkKind.Amplify,
            (SwotQuadrant.Weakness, SwotQuadrant.Threat) => SwotLinkKind.Guard,
            _ => null,
        };
        if (kind is null) return Error.Validation("ToItemId", "Link a strength to an opportunity, or a weakness to a threat.");
        return new SwotLink { Id = Guid.NewGuid(), RevisionId = revisionId, FromItemId = from.Id, ToItemId = to.Id, Kind = kind.Value };
    }

    /// <summary>A starting point for a goal from this link; the owner sharpens it with the SMART coach.</summary>
    public static GoalDetails DraftGoal(SwotLinkKind kind, string from, string to) => kind == SwotLinkKind.Amplify
        ? new GoalDetails($"Use {Lower(from)} to {Lower(to)}", $"Strength: {from}\n\nOpportunity: {to}", GoalCategory.Career,
            SmartFields.Empty with { RelevanceReason = $"Amplifies a strength ({from}) where there is an opportunity ({to})." })
        : new GoalDetails($"Work on {Lower(from)} before it meets {Lower(to)}", $"Weakness: {from}\n\nThreat: {to}", GoalCategory.Technical,
            SmartFields.Empty with { RelevanceReason = $"Guards a weakness ({from}) against a threat ({to})." });

    private static string Lower(string s)
    {
        s = s.Trim().TrimEnd('.');
        if (s.Length > 80) s = s[..80].TrimEnd() + "…";
        return s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
    }
}

/// <summary>A comment on a SWOT by the owner or their partner.</summary>
public sealed class SwotComment
{
    private SwotComment() { Body = ""; }

    public Guid Id { get; private set; }
    public Guid AnalysisId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<SwotComment> Write(Guid analysisId, Guid authorId, string? body, DateTimeOffset now)
    {
        var text = CommentBody.Check(body);
        return text.Succeeded
            ? new SwotComment { Id = Guid.NewGuid(), AnalysisId = analysisId, AuthorId = authorId, Body = text.Value!, CreatedAt = now }
            : Result<SwotComment>.Fail(text.Errors);
    }
}

/// <summary>The guide's prompt questions beside each quadrant, in Thrive's words.</summary>
public static class SwotPrompts
{
    public static IReadOnlyList<string> For(SwotQuadrant q) => q switch
    {
        SwotQuadrant.Strength =>
        [
            "Which qualifications or certifications do you hold?", "What do you do well?",
            "Which of your personal traits work in your favour?", "Which resources or contacts can you call on?",
        ],
        SwotQuadrant.Weakness => ["Which skills are you missing today?", "What do you find hard (procrastinating, explaining things, ...)?"],
        SwotQuadrant.Opportunity =>
        [
            "Which trends in your field could you ride?", "Which skills could you grow?",
            "How could you get noticed, or show initiative?", "Who could help you reach your goals?",
        ],
        _ => ["What obstacles stand in your way (time, resources, room to grow)?", "What could trip you up (expectations, personal life)?"],
    };

    public static string Title(SwotQuadrant q) => q switch
    {
        SwotQuadrant.Strength => "Strengths", SwotQuadrant.Weakness => "Weaknesses",
        SwotQuadrant.Opportunity => "Opportunities", _ => "Threats",
    };

    /// <summary>Splits a text area into items: one per line, trimmed, empty lines and bullets dropped.</summary>
    public static Result<IReadOnlyList<string>> Lines(SwotQuadrant q, string? text)
    {
        var lines = (text ?? "").Split('\n').Select(l => l.Trim().TrimStart('-', '*', '•').Trim()).Where(l => l.Length > 0).ToList();
        var v = new Validate()
            .That(lines.Count <= SwotItem.MaxPerQuadrant, q.ToString(), $"{Title(q)}: at most {SwotItem.MaxPerQuadrant} items.")
            .That(lines.All(l => l.Length <= SwotItem.TextMax), q.ToString(), $"{Title(q)}: each item must be at most {SwotItem.TextMax} characters.");
        return v.Ok ? lines.Distinct(StringComparer.Ordinal).ToList() : Result<IReadOnlyList<string>>.Fail(v.Errors);
    }
}
