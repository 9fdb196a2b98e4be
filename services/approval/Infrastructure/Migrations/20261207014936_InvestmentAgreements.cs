using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Approval.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InvestmentAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "investment_agreements",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    investor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    industry_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    planned_investment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    intent_signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    contract_signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    contract_investment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    lapse_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    lapsed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_investment_agreements", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_investment_agreements_intent_signed_on",
                schema: "approval",
                table: "investment_agreements",
                column: "intent_signed_on");

            migrationBuilder.CreateIndex(
                name: "ix_investment_agreements_number",
                schema: "approval",
                table: "investment_agreements",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_investment_agreements_recorded_by_idempotency_key",
                schema: "approval",
                table: "investment_agreements",
                columns: new[] { "recorded_by", "idempotency_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "investment_agreements",
                schema: "approval");
        }
    }
}
