using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LabourDisputesAndCreditRepair : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "labour_dispute_number_seq",
                schema: "governance");

            migrationBuilder.CreateTable(
                name: "labour_dispute_reminders",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labour_dispute_reminders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "labour_disputes",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    applicant_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    applicant_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    applicant_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    respondent_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    respondent_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    claim_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    claimed_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    wage_arrears = table.Column<bool>(type: "boolean", nullable: false),
                    worker_count = table.Column<int>(type: "integer", nullable: false),
                    facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    filed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    acceptance_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    refusal_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    award_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    extension_days = table.Column<int>(type: "integer", nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    extension_requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    extension_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    extension_approved = table.Column<bool>(type: "boolean", nullable: true),
                    extension_decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    extension_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    awarded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    award_outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    awarded_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    award_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labour_disputes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "penalties",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    fine_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    repaired_on = table.Column<DateOnly>(type: "date", nullable: true),
                    repaired_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    repaired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    repair_commitment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_penalties", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_labour_dispute_reminders_dispute_id_kind_due_at",
                schema: "governance",
                table: "labour_dispute_reminders",
                columns: new[] { "dispute_id", "kind", "due_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_labour_dispute_reminders_notified_at",
                schema: "governance",
                table: "labour_dispute_reminders",
                column: "notified_at",
                filter: "notified_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_labour_disputes_applicant_key",
                schema: "governance",
                table: "labour_disputes",
                column: "applicant_key");

            migrationBuilder.CreateIndex(
                name: "ix_labour_disputes_filed_by",
                schema: "governance",
                table: "labour_disputes",
                column: "filed_by");

            migrationBuilder.CreateIndex(
                name: "ix_labour_disputes_group_id",
                schema: "governance",
                table: "labour_disputes",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_labour_disputes_number",
                schema: "governance",
                table: "labour_disputes",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_labour_disputes_respondent_credit_code_filed_at",
                schema: "governance",
                table: "labour_disputes",
                columns: new[] { "respondent_credit_code", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_labour_disputes_status_filed_at",
                schema: "governance",
                table: "labour_disputes",
                columns: new[] { "status", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_penalties_credit_code",
                schema: "governance",
                table: "penalties",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_penalties_reference",
                schema: "governance",
                table: "penalties",
                column: "reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "labour_dispute_reminders",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "labour_disputes",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "penalties",
                schema: "governance");

            migrationBuilder.DropSequence(
                name: "labour_dispute_number_seq",
                schema: "governance");
        }
    }
}
