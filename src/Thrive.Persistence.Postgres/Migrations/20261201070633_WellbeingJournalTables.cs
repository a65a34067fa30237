using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WellbeingJournalTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Stressors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    What = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    When = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Triggers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Shared = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stressors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stressors_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Stressors_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WellbeingCheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Stress = table.Column<int>(type: "integer", nullable: false),
                    Energy = table.Column<int>(type: "integer", nullable: false),
                    Sleep = table.Column<int>(type: "integer", nullable: false),
                    Rest = table.Column<int>(type: "integer", nullable: false),
                    Workload = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WorkInProgress = table.Column<int>(type: "integer", nullable: false),
                    Shared = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WellbeingCheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WellbeingCheckIns_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WellbeingCheckIns_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WellbeingJournals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShareSummary = table.Column<bool>(type: "boolean", nullable: false),
                    WouldLikeSupport = table.Column<bool>(type: "boolean", nullable: false),
                    SupportAskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WellbeingJournals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WellbeingJournals_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WellbeingJournals_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Wins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Doubt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Shared = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wins_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Wins_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CopingStrategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StressorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tries = table.Column<int>(type: "integer", nullable: false),
                    Helped = table.Column<int>(type: "integer", nullable: false),
                    HelpedALittle = table.Column<int>(type: "integer", nullable: false),
                    LastTriedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastOutcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CopingStrategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CopingStrategies_Stressors_StressorId",
                        column: x => x.StressorId,
                        principalTable: "Stressors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_StressorId_CreatedAt",
                table: "CopingStrategies",
                columns: new[] { "StressorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Stressors_OwnerId_ProgrammeId_CreatedAt",
                table: "Stressors",
                columns: new[] { "OwnerId", "ProgrammeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Stressors_ProgrammeId",
                table: "Stressors",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_WellbeingCheckIns_OwnerId_ProgrammeId_WeekStart",
                table: "WellbeingCheckIns",
                columns: new[] { "OwnerId", "ProgrammeId", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WellbeingCheckIns_ProgrammeId",
                table: "WellbeingCheckIns",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_WellbeingJournals_OwnerId_ProgrammeId",
                table: "WellbeingJournals",
                columns: new[] { "OwnerId", "ProgrammeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WellbeingJournals_ProgrammeId_WouldLikeSupport",
                table: "WellbeingJournals",
                columns: new[] { "ProgrammeId", "WouldLikeSupport" });

            migrationBuilder.CreateIndex(
                name: "IX_Wins_OwnerId_ProgrammeId_On",
                table: "Wins",
                columns: new[] { "OwnerId", "ProgrammeId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Wins_ProgrammeId",
                table: "Wins",
                column: "ProgrammeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CopingStrategies");

            migrationBuilder.DropTable(
                name: "WellbeingCheckIns");

            migrationBuilder.DropTable(
                name: "WellbeingJournals");

            migrationBuilder.DropTable(
                name: "Wins");

            migrationBuilder.DropTable(
                name: "Stressors");
        }
    }
}
