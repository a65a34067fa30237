using System.Linq.Expressions;

namespace Thrive.Persistence.Configurations;

/// <summary>The table shapes that recur across areas, each set up in one place: keys, what a delete takes along, indexes.</summary>
internal static class TableShapes
{
    /// <summary>
    /// A person's own space in a programme (their board, their SWOT): one per person and programme, gone with either;
    /// found by person and programme, and by programme.
    /// </summary>
    public static void IsOwnedInProgramme<T>(this EntityTypeBuilder<T> b, Expression<Func<T, Guid>> programmeId, Expression<Func<T, Guid>> ownerId)
        where T : class
    {
        b.HasOne<Programme>().WithMany().HasForeignKey(Name(programmeId)).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(Name(ownerId)).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(Name(ownerId), Name(programmeId)).IsUnique();
        b.HasIndex(Name(programmeId));
    }

    /// <summary>
    /// Each person's own row on a parent (their charter, check or closing in a pair; their note on a session): one per
    /// person and parent, gone with either; found by person for their data.
    /// </summary>
    public static void IsOnePerPersonOn<T, TParent>(this EntityTypeBuilder<T> b, Expression<Func<T, Guid>> parentId, Expression<Func<T, Guid>> personId)
        where T : class where TParent : class
    {
        b.HasOne<TParent>().WithMany().HasForeignKey(Name(parentId)).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(Name(personId)).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(Name(parentId), Name(personId)).IsUnique();
        b.HasIndex(Name(personId));
    }

    /// <summary>
    /// A dated entry a person writes on a parent row (a comment): gone with its parent; the person's account cannot be
    /// deleted before it (account deletion removes or keeps it on purpose); read per parent in time order, and per person.
    /// </summary>
    public static void IsDatedEntryOn<T, TParent>(this EntityTypeBuilder<T> b, Expression<Func<T, Guid>> parentId, Expression<Func<T, Guid>> personId,
        Expression<Func<T, DateTimeOffset>> at) where T : class where TParent : class
    {
        b.HasOne<TParent>().WithMany().HasForeignKey(Name(parentId)).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(Name(personId)).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(Name(parentId), Name(at));
        b.HasIndex(Name(personId));
    }

    /// <summary>Every text of a record of answers kept in its owner's row (a charter, a plan, a check), each at most <paramref name="max"/> characters.</summary>
    public static void TextsAtMost<T>(this ComplexPropertyBuilder<T> answers, int max) where T : notnull
    {
        foreach (var p in typeof(T).GetProperties().Where(p => p.PropertyType == typeof(string)))
            answers.Property(p.PropertyType, p.Name).HasMaxLength(max);
    }

    private static string Name<T, TValue>(Expression<Func<T, TValue>> property) => ((MemberExpression)property.Body).Member.Name;
}
