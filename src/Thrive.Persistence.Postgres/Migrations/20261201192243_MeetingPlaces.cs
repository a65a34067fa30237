using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thrive.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MeetingPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MeetingPlace",
                table: "Sessions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Terms_MeetingPlace",
                table: "Plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MeetingPlace",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Terms_MeetingPlace",
                table: "Plans");
        }
    }
}
