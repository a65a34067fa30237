using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CloseRelationship : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClosingReflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StayInTouch = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StayInTouchHow = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answers_AgainDifferently = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Challenges = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_ChallengesOvercome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_ChangedPerceptions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Decisions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_DidNotGoWell = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_DoDifferently = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_FeedbackReceived = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Insights = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_LearnedAboutSelf = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Methods = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Milestones = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_NextSteps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Obstacles = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Progress = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Resources = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Surprises = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Tactics = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_WentWell = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_WhatMadeItWork = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_WhatWasGood = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosingReflections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClosingReflections_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClosingReflections_Pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "Pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Impact = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RepliedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Feedback_AspNetUsers_GiverId",
                        column: x => x.GiverId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Feedback_AspNetUsers_ReceiverId",
                        column: x => x.ReceiverId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Feedback_Pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "Pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MidpointChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Answers_Change = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Expectations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Goals = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Vibe = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answers_Working = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MidpointChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MidpointChecks_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MidpointChecks_Pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "Pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClosingReflections_AuthorId",
                table: "ClosingReflections",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ClosingReflections_PairId_AuthorId",
                table: "ClosingReflections",
                columns: new[] { "PairId", "AuthorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_GiverId",
                table: "Feedback",
                column: "GiverId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_PairId_GivenAt",
                table: "Feedback",
                columns: new[] { "PairId", "GivenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_ReceiverId",
                table: "Feedback",
                column: "ReceiverId");

            migrationBuilder.CreateIndex(
                name: "IX_MidpointChecks_AuthorId",
                table: "MidpointChecks",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_MidpointChecks_PairId_AuthorId",
                table: "MidpointChecks",
                columns: new[] { "PairId", "AuthorId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClosingReflections");

            migrationBuilder.DropTable(
                name: "Feedback");

            migrationBuilder.DropTable(
                name: "MidpointChecks");
        }
    }
}
