using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class GuidanceSelfCorrection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "guidances",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    matters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notified_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    self_correction_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    self_corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    self_correction_report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    overdue_flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    inspected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    inspected_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    compliant = table.Column<bool>(type: "boolean", nullable: true),
                    inspection_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guidances", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_guidances_credit_code",
                schema: "governance",
                table: "guidances",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_guidances_department_code_status",
                schema: "governance",
                table: "guidances",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_guidances_status_self_correction_due_at",
                schema: "governance",
                table: "guidances",
                columns: new[] { "status", "self_correction_due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "guidances",
                schema: "governance");
        }
    }
}
