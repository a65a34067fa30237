using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Every table that holds a person's data is exported, deleted or kept on purpose (<see cref="PersonalDataTables"/>),
/// and the download and account deletion do what that table says.
/// </summary>
public sealed class PersonalDataTablesTests : WebTest
{
    private const string Email = "ada@example.com";

    protected override bool SeedDemo => false;

    /// <summary>Roles a person plays in a row; a Guid column named role + "Id" points at a person.</summary>
    private static readonly string[] PersonRoles =
    [
        "User", "Owner", "Author", "Mentor", "Mentee", "Giver", "Receiver", "Actor", "Subject", "Person", "Partner", "Member",
        "Participant", "Coordinator", "Admin", "Recipient", "Sender", "Reviewer", "Assignee", "Invitee", "Attendee", "Organizer", "Creator", "Editor",
    ];

    [Fact]
    public void Every_table_that_holds_a_persons_data_is_exported_deleted_or_kept_on_purpose()
    {
        using var scope = App.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<ThriveDbContext>().Model;
        var personal = PersonalTables(model);
        var classified = PersonalDataTables.All.ToLookup(t => t.Entity);
        var failures = new List<string>();
        foreach (var type in model.GetEntityTypes().OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            var entry = classified[type.ClrType].ToList();
            var why = personal.GetValueOrDefault(type);
            if (entry.Count == 0)
                failures.Add($"{Name(type)} is not in PersonalDataTables" + (why is null ? " (it holds nothing about a person: list it as NotPersonal)." : $": it holds a person's data ({why}). Say whether the download and account deletion export, delete or keep it, and make PersonalData do that."));
            else if (entry.Count > 1) failures.Add($"{Name(type)} is in PersonalDataTables {entry.Count} times.");
            else if (why is not null && entry[0].Handling == PersonalDataHandling.NotPersonal) failures.Add($"{Name(type)} is listed as NotPersonal, but it holds a person's data ({why}).");
            else if (why is null && entry[0].Handling != PersonalDataHandling.NotPersonal) failures.Add($"{Name(type)} is listed as {entry[0].Handling}, but nothing in it points at a person: list it as NotPersonal, or name the column after the person's role.");
        }
        var inModel = model.GetEntityTypes().Select(t => t.ClrType).ToHashSet();
        failures.AddRange(PersonalDataTables.All.Where(t => !inModel.Contains(t.Entity)).Select(t => $"{Display(t.Entity)} is in PersonalDataTables but not in the model."));
        foreach (var t in PersonalDataTables.All)
        {
            var exported = t.Handling is PersonalDataHandling.ExportedAndDeleted or PersonalDataHandling.ExportedAndKept;
            if (exported != t.Section is not null) failures.Add($"{Display(t.Entity)}: a section of the download goes with being exported, and only then.");
            if (!exported && string.IsNullOrWhiteSpace(t.Why)) failures.Add($"{Display(t.Entity)}: say why it is {t.Handling}.");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(personal.Count >= 40, $"Only {personal.Count} tables found to hold a person's data: the rule below has stopped seeing them.");
    }

    [Fact]
    public async Task The_download_holds_a_row_of_every_exported_table_and_deletion_empties_every_deleted_one()
    {
        var person = await OneRowInEveryPersonalTableAsync();
        var personal = PersonalDataTables.All.Where(t => t.Handling != PersonalDataHandling.NotPersonal).ToList();
        var empty = await App.WithDbAsync(db => Task.FromResult(personal.Where(t => Rows(db, t.Entity) == 0).Select(t => Display(t.Entity)).ToList()));
        Assert.True(empty.Count == 0, "No row to export or delete in " + string.Join(", ", empty));
        var client = await App.SignedInAsync(Email);

        var export = await client.GetAsync("/api/v1/me/export", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var download = JsonDocument.Parse(await export.Content.ReadAsStringAsync(Ct));
        var missing = PersonalDataTables.All.Where(t => t.Section is not null)
            .Where(t => !download.RootElement.TryGetProperty(t.Section!, out var section)
                || section.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array) || section.ValueKind == JsonValueKind.Array && section.GetArrayLength() == 0)
            .Select(t => $"{Display(t.Entity)}: the download's \"{t.Section}\" holds none of the person's rows.").ToList();
        Assert.True(missing.Count == 0, string.Join('\n', missing));

        var deleted = await ThriveApp.PostFormAsync(client, "/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = Email, ["password"] = ThriveApp.Password }, "/Account/Data");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var wrong = new List<string>();
        foreach (var t in personal)
        {
            var (table, rows) = await App.WithDbAsync(db => Task.FromResult((db.Model.FindEntityType(t.Entity)!.GetTableName(), Rows(db, t.Entity))));
            var mustBeGone = t.Handling is PersonalDataHandling.ExportedAndDeleted or PersonalDataHandling.DeletedNotExported;
            if (mustBeGone && rows != 0) wrong.Add($"{Display(t.Entity)} ({table}) is {t.Handling}, but {rows} row(s) of the person's are left.");
            if (!mustBeGone && rows == 0) wrong.Add($"{Display(t.Entity)} ({table}) is {t.Handling}, but account deletion removed its row.");
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Equal(PersonalData.DeletedName, await App.WithDbAsync(db => db.Users.Where(u => u.Id == person).Select(u => u.DisplayName).SingleAsync()));
    }

    private static long Rows(ThriveDbContext db, Type entity) =>
        ((IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity).Invoke(db, null)!).LongCount();

    /// <summary>
    /// Which tables hold a person's data, and through what. A table does when
    /// 1. it is the account table (<see cref="ThriveUser"/>);
    /// 2. one of its foreign keys points at the account table (Goals.OwnerId, Pairs.MentorId, Identity's UserId);
    /// 3. it has a Guid column named after a person's role, <see cref="PersonRoles"/> + "Id" (OwnerId, AuthorId,
    ///    ReceiverId, ActorId, SubjectId...), or ending in "ById" (CreatedById, ConfirmedById, RecordedById): some of
    ///    these are kept without a foreign key (the audit log, goal measures, invitations), so the key alone misses them;
    /// 4. it has a text column holding a person's address or name: ending in "Email", named "To" (a mail's
    ///    recipient), or a person's role + "Name" (the audit log's ActorName);
    /// 5. one of its foreign keys points at a table that holds a person's data: a SWOT item is part of an analysis, a
    ///    check-in of a commitment, a session of a pair, so it is the person's too.
    /// Columns inside complex properties (a goal's SMART answers, a check's answers) count as their table's.
    /// </summary>
    private static Dictionary<IEntityType, string> PersonalTables(IModel model)
    {
        var found = new Dictionary<IEntityType, string>();
        foreach (var type in model.GetEntityTypes())
        {
            var columns = Columns(type).Where(p => PersonColumn(p) is not null)
                .Select(p => p.Name).Concat(type.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(ThriveUser)).SelectMany(fk => fk.Properties.Select(p => p.Name)))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            if (type.ClrType == typeof(ThriveUser)) found[type] = "it is the account";
            else if (columns.Count > 0) found[type] = "points at a person through " + string.Join(", ", columns);
        }
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var type in model.GetEntityTypes().Where(t => !found.ContainsKey(t)))
            {
                if (type.GetForeignKeys().FirstOrDefault(fk => found.ContainsKey(fk.PrincipalEntityType)) is not { } fk) continue;
                found[type] = $"part of {Name(fk.PrincipalEntityType)} through {string.Join(", ", fk.Properties.Select(p => p.Name))}";
                grew = true;
            }
        }
        return found;
    }

    private enum PersonValue { Id, Email, NormalisedEmail, Name }

    /// <summary>Rules 3 and 4: what a column holds about a person, from its type and name.</summary>
    private static PersonValue? PersonColumn(IProperty p)
    {
        var type = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
        var name = p.Name;
        if (type == typeof(Guid) && (name.EndsWith("ById", StringComparison.Ordinal) || PersonRoles.Any(r => name.EndsWith(r + "Id", StringComparison.Ordinal)))) return PersonValue.Id;
        if (type != typeof(string)) return null;
        if (name.EndsWith("Email", StringComparison.Ordinal)) return name.StartsWith("Normali", StringComparison.Ordinal) ? PersonValue.NormalisedEmail : PersonValue.Email;
        if (name == "To") return PersonValue.Email;
        return PersonRoles.Any(r => name.EndsWith(r + "Name", StringComparison.Ordinal)) ? PersonValue.Name : null;
    }

    private static IEnumerable<IProperty> Columns(ITypeBase type) => type.GetProperties().Concat(type.GetComplexProperties().SelectMany(c => Columns(c.ComplexType)));

    private static string Name(IEntityType type) => $"{Display(type.ClrType)} (table {type.GetTableName()})";

    private static string Display(Type t) =>
        t.IsGenericType ? $"{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", t.GetGenericArguments().Select(Display))}>" : t.Name;

    /// <summary>
    /// The person, and one row in each table that holds a person's data (and in the tables those point at): every
    /// column filled, every person column pointing at the person, every foreign key at that table's one row. Built
    /// from the model, so a new table gets its row without changing this test.
    /// </summary>
    private async Task<Guid> OneRowInEveryPersonalTableAsync()
    {
        using var scope = App.Services.CreateScope();
        var person = new ThriveUser { Id = Guid.NewGuid(), UserName = Email, Email = Email, DisplayName = "Ada Lovelace", EmailConfirmed = true };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ThriveUser>>().CreateAsync(person, ThriveApp.Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var rows = new OneRowEach(db, person, App.Clock.GetUtcNow());
        foreach (var type in PersonalTables(db.Model).Keys) rows.Of(type);
        await db.SaveChangesAsync(Ct);
        return person.Id;
    }

    private sealed class OneRowEach(ThriveDbContext db, ThriveUser person, DateTimeOffset now)
    {
        private readonly Dictionary<IEntityType, object> rows = [];

        public object Of(IEntityType type)
        {
            if (type.ClrType == typeof(ThriveUser)) return person;
            if (rows.TryGetValue(type, out var row)) return row;
            row = RuntimeHelpers.GetUninitializedObject(type.ClrType);
            rows[type] = row;
            Fill(row, type);
            db.Add(row);
            return row;
        }

        private void Fill(object target, ITypeBase type)
        {
            foreach (var p in type.GetProperties())
            {
                if (p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never && p.ClrType == typeof(int)) continue; // the database numbers it
                Set(target, p, ValueOf(p));
            }
            foreach (var c in type.GetComplexProperties())
            {
                var part = RuntimeHelpers.GetUninitializedObject(c.ComplexType.ClrType);
                Fill(part, c.ComplexType);
                Set(target, c, part);
            }
        }

        private object? ValueOf(IProperty p)
        {
            if (p.GetContainingForeignKeys().FirstOrDefault() is { } fk)
            {
                var principal = Of(fk.PrincipalEntityType);
                return Member(fk.PrincipalKey.Properties[fk.Properties.ToList().IndexOf(p)]) switch
                {
                    PropertyInfo pi => pi.GetValue(principal),
                    FieldInfo fi => fi.GetValue(principal),
                    _ => throw new InvalidOperationException(p.Name),
                };
            }
            switch (PersonColumn(p))
            {
                case PersonValue.Id: return person.Id;
                case PersonValue.Email: return Email;
                case PersonValue.NormalisedEmail: return EmailAddress.Normalise(Email);
                case PersonValue.Name: return person.DisplayName;
            }
            var t = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
            return t switch
            {
                _ when t == typeof(Guid) => Guid.NewGuid(),
                _ when t == typeof(string) => "x",
                _ when t.IsEnum => Enum.GetValues(t).GetValue(0),
                _ when t == typeof(bool) => false,
                _ when t == typeof(int) => 1,
                _ when t == typeof(long) => 1L,
                _ when t == typeof(decimal) => 1m,
                _ when t == typeof(double) => 1d,
                _ when t == typeof(DateTimeOffset) => now,
                _ when t == typeof(DateTime) => now.UtcDateTime,
                _ when t == typeof(DateOnly) => DateOnly.FromDateTime(now.UtcDateTime),
                _ when t == typeof(TimeOnly) => new TimeOnly(9, 0),
                _ when t == typeof(TimeSpan) => TimeSpan.FromHours(1),
                _ when t == typeof(byte[]) => new byte[] { 1 },
                _ => throw new InvalidOperationException($"This test cannot yet fill a {t.Name} column ({p.DeclaringType.DisplayName()}.{p.Name}): add the type to ValueOf."),
            };
        }

        private static void Set(object target, IPropertyBase p, object? value)
        {
            switch (Member(p))
            {
                case PropertyInfo { CanWrite: true } pi: pi.SetValue(target, value); break;
                case FieldInfo fi: fi.SetValue(target, value); break;
                default: throw new InvalidOperationException($"Cannot set {p.DeclaringType.DisplayName()}.{p.Name}.");
            }
        }

        /// <summary>The field behind a property when EF Core has one (private setters and get-only properties), else the property.</summary>
        private static MemberInfo Member(IPropertyBase p) => (MemberInfo?)p.FieldInfo ?? p.PropertyInfo ?? throw new InvalidOperationException($"{p.Name} is a shadow property.");
    }
}
