using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LabourCourtLinkAndEarlyWarning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "case_id",
                schema: "governance",
                table: "labour_disputes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                schema: "governance",
                table: "labour_disputes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closed_by",
                schema: "governance",
                table: "labour_disputes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closure",
                schema: "governance",
                table: "labour_disputes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closure_note",
                schema: "governance",
                table: "labour_disputes",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "court_enforced_at",
                schema: "governance",
                table: "labour_disputes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "court_judged_at",
                schema: "governance",
                table: "labour_disputes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "court_name",
                schema: "governance",
                table: "labour_disputes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "court_registered_at",
                schema: "governance",
                table: "labour_disputes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "court_route",
                schema: "governance",
                table: "labour_disputes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "court_stage",
                schema: "governance",
                table: "labour_disputes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "court_stage_due_at",
                schema: "governance",
                table: "labour_disputes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "handed_to_court_at",
                schema: "governance",
                table: "labour_disputes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "liaison_officer",
                schema: "governance",
                table: "labour_disputes",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "performance_due_at",
                schema: "governance",
                table: "labour_disputes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "suit_deadline",
                schema: "governance",
                table: "labour_disputes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "labour_early_warnings",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    triggers = table.Column<string[]>(type: "text[]", nullable: false),
                    wage_arrears_count = table.Column<int>(type: "integer", nullable: false),
                    complaint_count = table.Column<int>(type: "integer", nullable: false),
                    worker_count = table.Column<int>(type: "integer", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labour_early_warnings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_labour_disputes_case_id",
                schema: "governance",
                table: "labour_disputes",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_labour_early_warnings_credit_code_raised_at",
                schema: "governance",
                table: "labour_early_warnings",
                columns: new[] { "credit_code", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_labour_early_warnings_open_per_firm",
                schema: "governance",
                table: "labour_early_warnings",
                column: "credit_code",
                unique: true,
                filter: "resolved_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "labour_early_warnings",
                schema: "governance");

            migrationBuilder.DropIndex(
                name: "ix_labour_disputes_case_id",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "case_id",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "closed_at",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "closed_by",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "closure",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "closure_note",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "court_enforced_at",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "court_judged_at",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "court_name",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "court_registered_at",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "court_route",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "court_stage",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "court_stage_due_at",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "handed_to_court_at",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "liaison_officer",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "performance_due_at",
                schema: "governance",
                table: "labour_disputes");

            migrationBuilder.DropColumn(
                name: "suit_deadline",
                schema: "governance",
                table: "labour_disputes");
        }
    }
}
