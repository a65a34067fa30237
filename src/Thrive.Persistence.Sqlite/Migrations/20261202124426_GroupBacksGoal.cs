using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GroupBacksGoal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "GroupId",
                table: "MeasureEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Follows",
                table: "GroupMembers",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "GoalId",
                table: "GroupMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureEntries_GroupId_GoalId",
                table: "MeasureEntries",
                columns: new[] { "GroupId", "GoalId" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_GoalId",
                table: "GroupMembers",
                column: "GoalId");

            migrationBuilder.AddForeignKey(
                name: "FK_GroupMembers_Goals_GoalId",
                table: "GroupMembers",
                column: "GoalId",
                principalTable: "Goals",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_MeasureEntries_Groups_GroupId",
                table: "MeasureEntries",
                column: "GroupId",
                principalTable: "Groups",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_GroupMembers_Goals_GoalId",
                table: "GroupMembers");

            migrationBuilder.DropForeignKey(
                name: "FK_MeasureEntries_Groups_GroupId",
                table: "MeasureEntries");

            migrationBuilder.DropIndex(
                name: "IX_MeasureEntries_GroupId_GoalId",
                table: "MeasureEntries");

            migrationBuilder.DropIndex(
                name: "IX_GroupMembers_GoalId",
                table: "GroupMembers");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "MeasureEntries");

            migrationBuilder.DropColumn(
                name: "Follows",
                table: "GroupMembers");

            migrationBuilder.DropColumn(
                name: "GoalId",
                table: "GroupMembers");
        }
    }
}
