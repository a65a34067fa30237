namespace Thrive.Domain.Groups;

/// <summary>What a group says about itself, as typed in the form: checked here, stored as plain text (pages encode it).</summary>
public sealed record GroupDetails(GroupKind Kind, string Name, string Purpose, int Capacity, JoinPolicy Join,
    string? BookTitle = null, string? BookAuthor = null, string? BookLink = null)
{
    public const int NameMax = 120;
    public const int PurposeMax = 2000;
    public const int BookTitleMax = 200;
    public const int BookAuthorMax = 200;
    public const int BookLinkMax = 500;
    public const int CapacityMin = 2;
    public const int CapacityMax = 200;

    public IReadOnlyList<Error> Validate(int currentMembers = 0)
    {
        var v = new Validate()
            .That(Enum.IsDefined(Kind), nameof(Kind), "Choose what kind of group this is.")
            .Required(nameof(Name), Name, "The name", NameMax)
            .Required(nameof(Purpose), Purpose, "The purpose", PurposeMax)
            .Range(nameof(Capacity), Capacity, "The capacity", CapacityMin, CapacityMax)
            .That(Enum.IsDefined(Join), nameof(Join), "Choose whether people join freely or by invitation.")
            .MaxLength(nameof(BookTitle), BookTitle, "The book's title", BookTitleMax)
            .MaxLength(nameof(BookAuthor), BookAuthor, "The author", BookAuthorMax)
            .MaxLength(nameof(BookLink), BookLink, "The link", BookLinkMax);
        if (Kind == GroupKind.BookClub) v.That(!string.IsNullOrWhiteSpace(BookTitle), nameof(BookTitle), "A book club needs the book's title.");
        if (!string.IsNullOrWhiteSpace(BookLink))
            v.That(WebLink.IsValid(BookLink.Trim()), nameof(BookLink), "The link must be a web address starting with http:// or https://.");
        if (currentMembers > 0 && Capacity >= CapacityMin)
            v.That(Capacity >= currentMembers, nameof(Capacity), $"The group has {currentMembers} members: the capacity cannot be lower.");
        return v.Errors;
    }
}
