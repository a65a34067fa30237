using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RoleExplorationConversationsRolesQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FromConversations",
                table: "MeasureEntries",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ExplorationRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Hidden = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExplorationRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExplorationRoles_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExplorationRoles_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleConversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RoleKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Questions = table.Column<string>(type: "character varying(9030)", maxLength: 9030, nullable: false),
                    DayToDay = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Responsibilities = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Liked = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Disliked = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Fit = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleConversations_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleConversations_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleExplorations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommitmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleExplorations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleExplorations_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleExplorations_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleExplorations_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RoleExplorations_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleQuestions_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleQuestions_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExplorationRoles_OwnerId_ProgrammeId_Key",
                table: "ExplorationRoles",
                columns: new[] { "OwnerId", "ProgrammeId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExplorationRoles_ProgrammeId",
                table: "ExplorationRoles",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleConversations_OwnerId_ProgrammeId_HeldOn",
                table: "RoleConversations",
                columns: new[] { "OwnerId", "ProgrammeId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleConversations_OwnerId_ProgrammeId_RoleKey",
                table: "RoleConversations",
                columns: new[] { "OwnerId", "ProgrammeId", "RoleKey" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleConversations_ProgrammeId",
                table: "RoleConversations",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleExplorations_CommitmentId",
                table: "RoleExplorations",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleExplorations_GoalId",
                table: "RoleExplorations",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleExplorations_OwnerId_ProgrammeId",
                table: "RoleExplorations",
                columns: new[] { "OwnerId", "ProgrammeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleExplorations_ProgrammeId",
                table: "RoleExplorations",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleQuestions_OwnerId_ProgrammeId_CreatedAt",
                table: "RoleQuestions",
                columns: new[] { "OwnerId", "ProgrammeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleQuestions_ProgrammeId",
                table: "RoleQuestions",
                column: "ProgrammeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExplorationRoles");

            migrationBuilder.DropTable(
                name: "RoleConversations");

            migrationBuilder.DropTable(
                name: "RoleExplorations");

            migrationBuilder.DropTable(
                name: "RoleQuestions");

            migrationBuilder.DropColumn(
                name: "FromConversations",
                table: "MeasureEntries");
        }
    }
}
