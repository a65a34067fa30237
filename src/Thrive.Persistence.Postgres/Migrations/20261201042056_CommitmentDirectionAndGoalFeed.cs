using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CommitmentDirectionAndGoalFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CommitmentId",
                table: "MeasureEntries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Direction",
                table: "Commitments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "AtLeast");

            migrationBuilder.AddColumn<string>(
                name: "Feed",
                table: "Commitments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureEntries_CommitmentId",
                table: "MeasureEntries",
                column: "CommitmentId");

            migrationBuilder.AddForeignKey(
                name: "FK_MeasureEntries_Commitments_CommitmentId",
                table: "MeasureEntries",
                column: "CommitmentId",
                principalTable: "Commitments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MeasureEntries_Commitments_CommitmentId",
                table: "MeasureEntries");

            migrationBuilder.DropIndex(
                name: "IX_MeasureEntries_CommitmentId",
                table: "MeasureEntries");

            migrationBuilder.DropColumn(
                name: "CommitmentId",
                table: "MeasureEntries");

            migrationBuilder.DropColumn(
                name: "Direction",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "Feed",
                table: "Commitments");
        }
    }
}
