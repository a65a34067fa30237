using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MentorTypeQuiz : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MentorType",
                table: "MatchingSettings",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotImportant"); // programmes saved before the factor existed: it counts for nothing

            migrationBuilder.CreateTable(
                name: "MentorTypeResults",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorTypeResults", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_MentorTypeResults_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentorTypeResults");

            migrationBuilder.DropColumn(
                name: "MentorType",
                table: "MatchingSettings");
        }
    }
}
