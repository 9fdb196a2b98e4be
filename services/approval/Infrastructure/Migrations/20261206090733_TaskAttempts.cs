using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Approval.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TaskAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attempt",
                schema: "approval",
                table: "tasks",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "earlier_attempts",
                schema: "approval",
                table: "tasks",
                type: "jsonb",
                nullable: true);

            // Tasks registered before resubmission existed have no earlier attempts.
            migrationBuilder.Sql("UPDATE approval.tasks SET earlier_attempts = '[]' WHERE earlier_attempts IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attempt",
                schema: "approval",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "earlier_attempts",
                schema: "approval",
                table: "tasks");
        }
    }
}
