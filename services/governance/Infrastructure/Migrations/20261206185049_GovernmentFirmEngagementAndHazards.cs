using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class GovernmentFirmEngagementAndHazards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cadre_assignments",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    cadre_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cadre_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    cadre_department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    plan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_visited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    visits = table.Column<int>(type: "integer", nullable: false),
                    visit_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    flagged_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadre_assignments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "firm_meetings",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    chair = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_firm_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hazards",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    self_reported = table.Column<bool>(type: "boolean", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rectification_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rectification_reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rectification_report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    failed_reinspections = table.Column<int>(type: "integer", nullable: false),
                    last_reinspected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_reinspected_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_reinspection_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalated_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalations = table.Column<int>(type: "integer", nullable: false),
                    supervision_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hazards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "firm_visits",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    visited_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    visitor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    visited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    matters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_firm_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_firm_visits_cadre_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalSchema: "governance",
                        principalTable: "cadre_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "engagement_issues",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    visit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engagement_issues", x => x.id);
                    table.ForeignKey(
                        name: "fk_engagement_issues_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "governance",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_engagement_issues_firm_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "governance",
                        principalTable: "firm_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_engagement_issues_firm_visits_visit_id",
                        column: x => x.visit_id,
                        principalSchema: "governance",
                        principalTable: "firm_visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cadre_assignments_active_credit_code",
                schema: "governance",
                table: "cadre_assignments",
                column: "credit_code",
                unique: true,
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_cadre_assignments_active_visit_due_at",
                schema: "governance",
                table: "cadre_assignments",
                columns: new[] { "active", "visit_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cadre_assignments_cadre_subject",
                schema: "governance",
                table: "cadre_assignments",
                column: "cadre_subject");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_issues_case_id",
                schema: "governance",
                table: "engagement_issues",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_engagement_issues_meeting_id",
                schema: "governance",
                table: "engagement_issues",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_engagement_issues_visit_id",
                schema: "governance",
                table: "engagement_issues",
                column: "visit_id");

            migrationBuilder.CreateIndex(
                name: "ix_firm_meetings_held_at",
                schema: "governance",
                table: "firm_meetings",
                column: "held_at");

            migrationBuilder.CreateIndex(
                name: "ix_firm_visits_assignment_id",
                schema: "governance",
                table: "firm_visits",
                column: "assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_firm_visits_credit_code",
                schema: "governance",
                table: "firm_visits",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_hazards_credit_code",
                schema: "governance",
                table: "hazards",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_hazards_department_code_status",
                schema: "governance",
                table: "hazards",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_hazards_status_rectification_due_at",
                schema: "governance",
                table: "hazards",
                columns: new[] { "status", "rectification_due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engagement_issues",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "hazards",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "firm_meetings",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "firm_visits",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "cadre_assignments",
                schema: "governance");
        }
    }
}
