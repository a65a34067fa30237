using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MatchingWeightsAndLocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LockedMatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LockedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LockedMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LockedMatches_AspNetUsers_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LockedMatches_AspNetUsers_MentorId",
                        column: x => x.MentorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LockedMatches_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchingSettings",
                columns: table => new
                {
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stack = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Experience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Interests = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingSettings", x => x.ProgrammeId);
                    table.ForeignKey(
                        name: "FK_MatchingSettings_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LockedMatches_MenteeId",
                table: "LockedMatches",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_LockedMatches_MentorId",
                table: "LockedMatches",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_LockedMatches_ProgrammeId_MenteeId",
                table: "LockedMatches",
                columns: new[] { "ProgrammeId", "MenteeId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LockedMatches");

            migrationBuilder.DropTable(
                name: "MatchingSettings");
        }
    }
}
