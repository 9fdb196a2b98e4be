using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.PolicyMatch.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DemandSignalThemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "theme",
                schema: "policy",
                table: "demand_signals",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_demand_signals_theme_occurred_at",
                schema: "policy",
                table: "demand_signals",
                columns: new[] { "theme", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_demand_signals_theme_occurred_at",
                schema: "policy",
                table: "demand_signals");

            migrationBuilder.DropColumn(
                name: "theme",
                schema: "policy",
                table: "demand_signals");
        }
    }
}
