using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PairAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Charters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answers_Background = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_Expectations = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_FavouriteBook = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_FavouriteFilm = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_FavouriteQuote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_Focus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_OutsideWork = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_PetPeeves = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_Values = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answers_WouldNotGuess = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charters_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Charters_Pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "Pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenById = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MenteeSignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MentorSignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Terms_CancellationRule = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_Channel = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_Confidentiality = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_MeetHow = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_MeetWhen = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_MenteeExpects = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_MenteeFocus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_MentorExpects = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_MentorFocus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_NotesOwner = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_NoticeHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Terms_PrepNotesWhen = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_ProgressMeasure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Terms_WillNotDo = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_AspNetUsers_WrittenById",
                        column: x => x.WrittenById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Plans_Pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "Pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Charters_AuthorId",
                table: "Charters",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Charters_PairId_AuthorId",
                table: "Charters",
                columns: new[] { "PairId", "AuthorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PairId_Number",
                table: "Plans",
                columns: new[] { "PairId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_WrittenById",
                table: "Plans",
                column: "WrittenById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Charters");

            migrationBuilder.DropTable(
                name: "Plans");
        }
    }
}
