using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TrustBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_idempotency_key",
                schema: "governance",
                table: "cases");

            migrationBuilder.AddColumn<string>(
                name: "filed_by_credit_code",
                schema: "governance",
                table: "cases",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "credit_repair_applications",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    penalty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    penalty_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    commitment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    applied_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    evidence = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_repair_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_repair_applications_penalties_penalty_id",
                        column: x => x.penalty_id,
                        principalSchema: "governance",
                        principalTable: "penalties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_filed_by_idempotency_key",
                schema: "governance",
                table: "cases",
                columns: new[] { "filed_by", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_repair_applications_credit_code",
                schema: "governance",
                table: "credit_repair_applications",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_credit_repair_applications_department_code_status",
                schema: "governance",
                table: "credit_repair_applications",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_repair_applications_pending_penalty",
                schema: "governance",
                table: "credit_repair_applications",
                column: "penalty_id",
                unique: true,
                filter: "status = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_repair_applications",
                schema: "governance");

            migrationBuilder.DropIndex(
                name: "ix_cases_filed_by_idempotency_key",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "filed_by_credit_code",
                schema: "governance",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_idempotency_key",
                schema: "governance",
                table: "cases",
                column: "idempotency_key",
                unique: true);
        }
    }
}
