using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Mentee");

            migrationBuilder.AddColumn<int>(
                name: "Terms_AgendaShareHours",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<long>(
                name: "CalendarFeedCreatedAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalendarFeedTokenHash",
                table: "AspNetUsers",
                type: "TEXT",
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
