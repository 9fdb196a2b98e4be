using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.PolicyMatch.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationGuidance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "application_guidance",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    policy_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    guided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    guided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    guided_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_guidance", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_guidance_guided_by_idempotency_key",
                schema: "policy",
                table: "application_guidance",
                columns: new[] { "guided_by", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_application_guidance_once_per_year",
                schema: "policy",
                table: "application_guidance",
                columns: new[] { "credit_code", "policy_code", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_application_guidance_year_guided_on",
                schema: "policy",
                table: "application_guidance",
                columns: new[] { "year", "guided_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_guidance",
                schema: "policy");
        }
    }
}
