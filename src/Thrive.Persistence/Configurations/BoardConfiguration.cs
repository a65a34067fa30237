namespace Thrive.Persistence.Configurations;

internal sealed class TaskBoardConfiguration : IEntityTypeConfiguration<TaskBoard>
{
    public void Configure(EntityTypeBuilder<TaskBoard> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.IsOwnedInProgramme(x => x.ProgrammeId, x => x.OwnerId);
    }
}

internal sealed class BoardColumnConfiguration : IEntityTypeConfiguration<BoardColumn>
{
    public void Configure(EntityTypeBuilder<BoardColumn> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(BoardColumn.NameMax);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<TaskBoard>().WithMany().HasForeignKey(x => x.BoardId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BoardId, x.IsDeleted, x.Position });
    }
}

internal sealed class BoardTaskConfiguration : IEntityTypeConfiguration<BoardTask>
{
    public void Configure(EntityTypeBuilder<BoardTask> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(BoardTask.TitleMax);
        b.Property(x => x.Notes).HasMaxLength(BoardTask.NotesMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<TaskBoard>().WithMany().HasForeignKey(x => x.BoardId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<BoardColumn>().WithMany().HasForeignKey(x => x.ColumnId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.BoardId, x.ColumnId, x.Position });
        b.HasIndex(x => x.ColumnId);
        b.HasIndex(x => x.GoalId);
    }
}

internal sealed class TaskMoveConfiguration : IEntityTypeConfiguration<TaskMove>
{
    public void Configure(EntityTypeBuilder<TaskMove> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ToKind).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.ChangedColumn);
        b.HasOne<BoardTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<BoardColumn>().WithMany().HasForeignKey(x => x.ToColumnId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BoardColumn>().WithMany().HasForeignKey(x => x.FromColumnId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ThriveUser>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TaskId, x.At });
        b.HasIndex(x => x.ToColumnId);
        b.HasIndex(x => x.FromColumnId);
        b.HasIndex(x => x.ActorId);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(ChecklistItem.TextMax);
        b.HasOne<BoardTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TaskId, x.Position });
    }
}

internal sealed class TaskCommentConfiguration : IEntityTypeConfiguration<TaskComment>
{
    public void Configure(EntityTypeBuilder<TaskComment> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Body).HasMaxLength(CommentBody.Max);
        b.IsDatedEntryOn<TaskComment, BoardTask>(x => x.TaskId, x => x.AuthorId, x => x.CreatedAt);
    }
}
