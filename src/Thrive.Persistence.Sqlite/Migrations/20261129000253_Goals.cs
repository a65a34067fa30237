using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Goals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "GoalHoursPerWeek",
                table: "AspNetUsers",
                type: "TEXT",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstStep = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AccountabilityMethod = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Celebration = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DropReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AchievedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Smart_Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Smart_DoneCriterion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Smart_HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Smart_Metric = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Smart_RelevanceReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Smart_Resources = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Smart_SpecificOutcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Smart_Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Smart_TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Smart_Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Goals_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalTemplates_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoalTemplates_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SwotAnalyses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SwotAnalyses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SwotAnalyses_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SwotAnalyses_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoalComments_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalEvents_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoalEvents_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrowAnswers",
                columns: table => new
                {
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Prompt = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowAnswers", x => new { x.GoalId, x.Prompt });
                    table.ForeignKey(
                        name: "FK_GrowAnswers_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureEntries_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SwotComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnalysisId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SwotComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SwotComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SwotComments_SwotAnalyses_AnalysisId",
                        column: x => x.AnalysisId,
                        principalTable: "SwotAnalyses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SwotRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnalysisId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SwotRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SwotRevisions_SwotAnalyses_AnalysisId",
                        column: x => x.AnalysisId,
                        principalTable: "SwotAnalyses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SwotItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quadrant = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SwotItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SwotItems_SwotRevisions_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "SwotRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalSwotLinks",
                columns: table => new
                {
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SwotItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalSwotLinks", x => new { x.GoalId, x.SwotItemId });
                    table.ForeignKey(
                        name: "FK_GoalSwotLinks_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GoalSwotLinks_SwotItems_SwotItemId",
                        column: x => x.SwotItemId,
                        principalTable: "SwotItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SwotLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SwotLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SwotLinks_SwotItems_FromItemId",
                        column: x => x.FromItemId,
                        principalTable: "SwotItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SwotLinks_SwotItems_ToItemId",
                        column: x => x.ToItemId,
                        principalTable: "SwotItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SwotLinks_SwotRevisions_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "SwotRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalComments_AuthorId",
                table: "GoalComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalComments_GoalId_CreatedAt",
                table: "GoalComments",
                columns: new[] { "GoalId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GoalEvents_ActorId",
                table: "GoalEvents",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalEvents_GoalId_At",
                table: "GoalEvents",
                columns: new[] { "GoalId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_OwnerId_ProgrammeId_Status",
                table: "Goals",
                columns: new[] { "OwnerId", "ProgrammeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_ProgrammeId",
                table: "Goals",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalSwotLinks_SwotItemId",
                table: "GoalSwotLinks",
                column: "SwotItemId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalTemplates_CreatedById",
                table: "GoalTemplates",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_GoalTemplates_ProgrammeId_Category",
                table: "GoalTemplates",
                columns: new[] { "ProgrammeId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureEntries_GoalId_Date",
                table: "MeasureEntries",
                columns: new[] { "GoalId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SwotAnalyses_OwnerId_ProgrammeId",
                table: "SwotAnalyses",
                columns: new[] { "OwnerId", "ProgrammeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SwotAnalyses_ProgrammeId",
                table: "SwotAnalyses",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_SwotComments_AnalysisId_CreatedAt",
                table: "SwotComments",
                columns: new[] { "AnalysisId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SwotComments_AuthorId",
                table: "SwotComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_SwotItems_RevisionId_Quadrant_Position",
                table: "SwotItems",
                columns: new[] { "RevisionId", "Quadrant", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_SwotLinks_FromItemId",
                table: "SwotLinks",
                column: "FromItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SwotLinks_RevisionId",
                table: "SwotLinks",
                column: "RevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_SwotLinks_ToItemId",
                table: "SwotLinks",
                column: "ToItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SwotRevisions_AnalysisId_Number",
                table: "SwotRevisions",
                columns: new[] { "AnalysisId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalComments");

            migrationBuilder.DropTable(
                name: "GoalEvents");

            migrationBuilder.DropTable(
                name: "GoalSwotLinks");

            migrationBuilder.DropTable(
                name: "GoalTemplates");

            migrationBuilder.DropTable(
                name: "GrowAnswers");

            migrationBuilder.DropTable(
                name: "MeasureEntries");

            migrationBuilder.DropTable(
                name: "SwotComments");

            migrationBuilder.DropTable(
                name: "SwotLinks");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "SwotItems");

            migrationBuilder.DropTable(
                name: "SwotRevisions");

            migrationBuilder.DropTable(
                name: "SwotAnalyses");

            migrationBuilder.DropColumn(
                name: "GoalHoursPerWeek",
                table: "AspNetUsers");
        }
    }
}
