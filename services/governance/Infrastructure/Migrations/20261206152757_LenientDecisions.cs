using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LenientDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lenient_decisions",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    rule_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    offence = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    treatment = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    penalty_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lenient_decisions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lenient_decisions_credit_code_rule_code",
                schema: "governance",
                table: "lenient_decisions",
                columns: new[] { "credit_code", "rule_code" });

            migrationBuilder.CreateIndex(
                name: "ix_lenient_decisions_penalty_id",
                schema: "governance",
                table: "lenient_decisions",
                column: "penalty_id");

            migrationBuilder.CreateIndex(
                name: "ix_lenient_decisions_reference",
                schema: "governance",
                table: "lenient_decisions",
                column: "reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lenient_decisions",
                schema: "governance");
        }
    }
}
