namespace Thrive.Domain.Exams;

/// <summary>One domain (section) of a certification exam and its share of the questions, in percent.</summary>
public sealed record DomainWeight(string Name, int Weight);

/// <summary>
/// What a person fills in for the exam they prepare for; validated with the names of its fields. Dates are refused in
/// the past unless they are the ones already kept (<paramref name="KeptExamOn"/>): an exam taken yesterday can still get its result.
/// </summary>
public sealed record ExamDetails(
    string Provider,
    string Name,
    string Code,
    DateOnly ExamOn,
    DateOnly? VoucherExpiresOn,
    int PassingScore,
    int ScaleMin,
    int ScaleMax,
    bool Booked,
    IReadOnlyList<DomainWeight> Domains,
    string? StudyPlan,
    Guid? GoalId = null)
{
    public const int ProviderMax = 100;
    public const int NameMax = 200;
    public const int CodeMax = 40;
    public const int DomainNameMax = 150;
    public const int MaxDomains = 12;
    public const int StudyPlanMax = 4000;
    public const int ScaleLimit = 100_000;
    /// <summary>How far ahead an exam can be set: a long programme's year and a bit.</summary>
    public const int MaxDaysAhead = 730;

    public IReadOnlyList<Error> Validate(DateOnly today, DateOnly? keptExamOn = null, DateOnly? keptVoucher = null)
    {
        var v = new Validate()
            .Required(nameof(Provider), Provider, "The provider", ProviderMax)
            .Required(nameof(Name), Name, "The exam's name", NameMax)
            .MaxLength(nameof(Code), Code, "The exam code", CodeMax)
            .That(ExamOn >= today || ExamOn == keptExamOn, nameof(ExamOn), "The exam date is in the past: choose today or a later day.")
            .That(ExamOn <= today.AddDays(MaxDaysAhead), nameof(ExamOn), "The exam date is more than two years ahead.")
            .That(VoucherExpiresOn is not { } ve || ve >= today || ve == keptVoucher, nameof(VoucherExpiresOn), "The voucher's expiry date is in the past.")
            .That(ScaleMin >= 0 && ScaleMax <= ScaleLimit && ScaleMin < ScaleMax, nameof(ScaleMax), $"The scale runs from a lower to a higher score, between 0 and {ScaleLimit:N0}.")
            .That(PassingScore > ScaleMin && PassingScore <= ScaleMax, nameof(PassingScore), "The passing score must lie on the scale: above its lowest score and at most its highest.")
            .MaxLength(nameof(StudyPlan), StudyPlan, "The study plan", StudyPlanMax);
        foreach (var e in ExamDomains.Check(Domains)) v.That(false, e.Field!, e.Message);
        return v.Errors;
    }

    /// <summary>The practice threshold in percent: the passing score as a share of the scale's top (720 of 1000: 72%).</summary>
    public static int ThresholdPercent(int passing, int scaleMax) => scaleMax <= 0 ? 0 : (int)Math.Ceiling(100m * passing / scaleMax);
}

/// <summary>The rules for an exam's (or a template's) domains: named, unique, at most twelve, weights adding up to 100.</summary>
public static class ExamDomains
{
    public static IReadOnlyList<Error> Check(IReadOnlyList<DomainWeight>? domains)
    {
        var list = (domains ?? []).Where(d => !string.IsNullOrWhiteSpace(d.Name) || d.Weight != 0).ToList();
        var v = new Validate();
        if (list.Count == 0) return v.That(false, "Domains", "Add the exam's domains with their weights (they add up to 100%).").Errors;
        v.That(list.Count <= ExamDetails.MaxDomains, "Domains", $"An exam has at most {ExamDetails.MaxDomains} domains.")
            .That(list.All(d => !string.IsNullOrWhiteSpace(d.Name)), "Domains", "Every domain with a weight needs a name.")
            .That(list.All(d => (d.Name ?? "").Trim().Length <= ExamDetails.DomainNameMax), "Domains", $"A domain's name must be at most {ExamDetails.DomainNameMax} characters.")
            .That(list.All(d => d.Weight is >= 1 and <= 100), "Domains", "Each domain's weight is a percentage between 1 and 100.")
            .That(list.Select(d => (d.Name ?? "").Trim().ToUpperInvariant()).Distinct().Count() == list.Count, "Domains", "Two domains have the same name.");
        if (v.Ok) v.That(list.Sum(d => d.Weight) == 100, "Domains", $"The domains' weights must add up to 100% (they add up to {list.Sum(d => d.Weight)}%).");
        return v.Errors;
    }

    /// <summary>The filled-in rows, trimmed (blank rows of a form dropped).</summary>
    public static IReadOnlyList<DomainWeight> Clean(IReadOnlyList<DomainWeight>? domains) =>
        (domains ?? []).Where(d => !string.IsNullOrWhiteSpace(d.Name) || d.Weight != 0).Select(d => d with { Name = (d.Name ?? "").Trim() }).ToList();
}
