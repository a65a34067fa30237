using System.Globalization;

namespace Thrive.Domain.Exams;

/// <summary>
/// A common certification a programme's coordinators keep for its mentees to start from: provider, name, code, passing
/// score on its scale and weighted domains (kept as lines "weight|name": read whole, never queried by domain).
/// </summary>
public sealed class ExamTemplate
{
    private ExamTemplate() { Provider = ""; Name = ""; Code = ""; DomainLines = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string Provider { get; private set; }
    public string Name { get; private set; }
    public string Code { get; private set; }
    public int PassingScore { get; private set; }
    public int ScaleMin { get; private set; }
    public int ScaleMax { get; private set; }
    public string DomainLines { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private static readonly DateOnly AnyDay = new(2000, 1, 1);

    public const int DomainLinesMax = ExamDetails.MaxDomains * (ExamDetails.DomainNameMax + 5);

    public IReadOnlyList<DomainWeight> Domains => DomainLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => l.Split('|', 2)).Where(p => p.Length == 2)
        .Select(p => new DomainWeight(p[1], int.TryParse(p[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w : 0)).ToList();

    public static Result<ExamTemplate> Create(Guid programmeId, string? provider, string? name, string? code, int? passing, int? scaleMin, int? scaleMax,
        IReadOnlyList<DomainWeight>? domains, DateTimeOffset now)
    {
        // The same rules as an exam, without its dates.
        var d = new ExamDetails(provider ?? "", name ?? "", code ?? "", AnyDay, null, passing ?? 0, scaleMin ?? 0, scaleMax ?? 0, false, domains ?? [], null);
        var errors = d.Validate(AnyDay);
        if (errors.Count > 0) return Result<ExamTemplate>.Fail(errors);
        return new ExamTemplate
        {
            Id = Guid.NewGuid(), ProgrammeId = programmeId, Provider = d.Provider.Trim(), Name = d.Name.Trim(), Code = d.Code.Trim(), PassingScore = d.PassingScore,
            ScaleMin = d.ScaleMin, ScaleMax = d.ScaleMax, CreatedAt = now,
            DomainLines = string.Join('\n', ExamDomains.Clean(d.Domains).Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Weight}|{x.Name.Replace('\n', ' ')}"))),
        };
    }
}
