using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SurveyPulseAndEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PairSurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Working = table.Column<int>(type: "INTEGER", nullable: true),
                    Meeting = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    GoalsMet = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Again = table.Column<bool>(type: "INTEGER", nullable: true),
                    Recommend = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Named = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairSurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairSurveyAnswers_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairSurveyAnswers_Pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "Pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PairSurveyAnswers_PairId_PersonId_Kind_Round",
                table: "PairSurveyAnswers",
                columns: new[] { "PairId", "PersonId", "Kind", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PairSurveyAnswers_PersonId",
                table: "PairSurveyAnswers",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PairSurveyAnswers");
        }
    }
}
