using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class calCalendarFeedAndAgendaTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Terms_AgendaOwner",
                table: "Plans",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Mentee");

            migrationBuilder.AddColumn<int>(
                name: "Terms_AgendaShareHours",
                table: "Plans",
                type: "integer",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CalendarFeedCreatedAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalendarFeedTokenHash",
                table: "AspNetUsers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CalendarFeedTokenHash",
                table: "AspNetUsers",
                column: "CalendarFeedTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_CalendarFeedTokenHash",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Terms_AgendaOwner",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Terms_AgendaShareHours",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "CalendarFeedCreatedAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CalendarFeedTokenHash",
                table: "AspNetUsers");
        }
    }
}
