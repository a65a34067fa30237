using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExamPreparationTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Exams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExamOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VoucherExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PassingScore = table.Column<int>(type: "INTEGER", nullable: false),
                    ScaleMin = table.Column<int>(type: "INTEGER", nullable: false),
                    ScaleMax = table.Column<int>(type: "INTEGER", nullable: false),
                    Booked = table.Column<bool>(type: "INTEGER", nullable: false),
                    StudyPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PlanFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResultScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exams_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Exams_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Exams_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PassingScore = table.Column<int>(type: "INTEGER", nullable: false),
                    ScaleMin = table.Column<int>(type: "INTEGER", nullable: false),
                    ScaleMax = table.Column<int>(type: "INTEGER", nullable: false),
                    DomainLines = table.Column<string>(type: "TEXT", maxLength: 1860, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamTemplates_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExamComments_Exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "Exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamDomains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamDomains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamDomains_Exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "Exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamPracticeTests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainScores = table.Column<string>(type: "TEXT", maxLength: 480, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamPracticeTests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamPracticeTests_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamPracticeTests_Exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "Exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamPracticeTests_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamStudyLogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DomainId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StudiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamStudyLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamStudyLogs_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamStudyLogs_Exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "Exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamStudyLogs_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExamComments_AuthorId",
                table: "ExamComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamComments_ExamId_CreatedAt",
                table: "ExamComments",
                columns: new[] { "ExamId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamDomains_ExamId",
                table: "ExamDomains",
                column: "ExamId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamPracticeTests_ExamId_TakenOn",
                table: "ExamPracticeTests",
                columns: new[] { "ExamId", "TakenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamPracticeTests_OwnerId_ProgrammeId",
                table: "ExamPracticeTests",
                columns: new[] { "OwnerId", "ProgrammeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamPracticeTests_ProgrammeId",
                table: "ExamPracticeTests",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Exams_ExamOn",
                table: "Exams",
                column: "ExamOn");

            migrationBuilder.CreateIndex(
                name: "IX_Exams_GoalId",
                table: "Exams",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_Exams_OwnerId_ProgrammeId",
                table: "Exams",
                columns: new[] { "OwnerId", "ProgrammeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exams_ProgrammeId",
                table: "Exams",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Exams_VoucherExpiresOn",
                table: "Exams",
                column: "VoucherExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_ExamStudyLogs_ExamId_StudiedOn",
                table: "ExamStudyLogs",
                columns: new[] { "ExamId", "StudiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamStudyLogs_OwnerId_ProgrammeId",
                table: "ExamStudyLogs",
                columns: new[] { "OwnerId", "ProgrammeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamStudyLogs_ProgrammeId",
                table: "ExamStudyLogs",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamTemplates_ProgrammeId_Name",
                table: "ExamTemplates",
                columns: new[] { "ProgrammeId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExamComments");

            migrationBuilder.DropTable(
                name: "ExamDomains");

            migrationBuilder.DropTable(
                name: "ExamPracticeTests");

            migrationBuilder.DropTable(
                name: "ExamStudyLogs");

            migrationBuilder.DropTable(
                name: "ExamTemplates");

            migrationBuilder.DropTable(
                name: "Exams");
        }
    }
}
