namespace Thrive.Web.Infrastructure;

/// <summary>Every list is paged.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < PageCount;
}

public readonly record struct PageRequest(int Number, int Size)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    public static PageRequest Of(int? number, int? size) =>
        new(Math.Clamp(number ?? 1, 1, 100_000), Math.Clamp(size ?? DefaultSize, 1, MaxSize));

    public int Skip => (Number - 1) * Size;
}

/// <summary>
/// The pager under a list (Pages/Shared/_Pager): its links go to <paramref name="BaseUrl"/> with the page number in
/// <paramref name="Param"/>, so that two lists on one page can be paged apart.
/// </summary>
public sealed record Pager(int PageNumber, int PageCount, string BaseUrl, string Label, string Param = "page");
