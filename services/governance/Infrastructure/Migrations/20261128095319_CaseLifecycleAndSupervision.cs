using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseLifecycleAndSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "clock_started_at",
                schema: "governance",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "completion_due_at",
                schema: "governance",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "completion_working_days",
                schema: "governance",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dispatched_at",
                schema: "governance",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "duplicate_of_case_id",
                schema: "governance",
                table: "cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "escalated_at",
                schema: "governance",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "extension_working_days",
                schema: "governance",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "followed_up_at",
                schema: "governance",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "lead_closed_at",
                schema: "governance",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lead_department_code",
                schema: "governance",
                table: "cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "place",
                schema: "governance",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "reopen_count",
                schema: "governance",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "return_count",
                schema: "governance",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "satisfied",
                schema: "governance",
                table: "cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "service_code",
                schema: "governance",
                table: "cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sign_for_due_at",
                schema: "governance",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "signed_for_at",
                schema: "governance",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_reference",
                schema: "governance",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_co_handlers",
                schema: "governance",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_co_handlers", x => new { x.case_id, x.department_code });
                    table.ForeignKey(
                        name: "fk_case_co_handlers_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "governance",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_dispatches",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    dispatched_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sign_for_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signed_for_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_dispatches", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_dispatches_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "governance",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_extensions",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_extensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_extensions_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "governance",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_notes_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "governance",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_reminders",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_reminders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                schema: "governance",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_departments", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "modules",
                schema: "governance",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    default_department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sign_for_working_days = table.Column<int>(type: "integer", nullable: false),
                    completion_working_days = table.Column<int>(type: "integer", nullable: false),
                    escalate_after_working_days = table.Column<int>(type: "integer", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_modules", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "notification_messages",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_opt_outs",
                schema: "governance",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_opt_outs", x => new { x.recipient, x.category });
                });

            migrationBuilder.CreateTable(
                name: "service_types",
                schema: "governance",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    module_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_types", x => x.code);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_lead_department_code_status",
                schema: "governance",
                table: "cases",
                columns: new[] { "lead_department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_module_code_filed_at",
                schema: "governance",
                table: "cases",
                columns: new[] { "module_code", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_source_reference",
                schema: "governance",
                table: "cases",
                column: "source_reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_co_handlers_department_code",
                schema: "governance",
                table: "case_co_handlers",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_case_dispatches_case_id",
                schema: "governance",
                table: "case_dispatches",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_dispatches_department_code_dispatched_at",
                schema: "governance",
                table: "case_dispatches",
                columns: new[] { "department_code", "dispatched_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_extensions_case_id",
                schema: "governance",
                table: "case_extensions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_case_id_at",
                schema: "governance",
                table: "case_notes",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_reminders_case_id_kind_due_at",
                schema: "governance",
                table: "case_reminders",
                columns: new[] { "case_id", "kind", "due_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_reminders_notified_at",
                schema: "governance",
                table: "case_reminders",
                column: "notified_at",
                filter: "notified_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_key",
                schema: "governance",
                table: "notification_messages",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_recipient_created_at",
                schema: "governance",
                table: "notification_messages",
                columns: new[] { "recipient", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_service_types_module_code",
                schema: "governance",
                table: "service_types",
                column: "module_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_co_handlers",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "case_dispatches",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "case_extensions",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "case_notes",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "case_reminders",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "departments",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "modules",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "notification_messages",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "notification_opt_outs",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "service_types",
                schema: "governance");

            migrationBuilder.DropIndex(
                name: "ix_cases_lead_department_code_status",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_module_code_filed_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_source_reference",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "clock_started_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "completion_due_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "completion_working_days",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "dispatched_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "duplicate_of_case_id",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "escalated_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "extension_working_days",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "followed_up_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "lead_closed_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "lead_department_code",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "place",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "reopen_count",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "return_count",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "satisfied",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "service_code",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "sign_for_due_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "signed_for_at",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "source_reference",
                schema: "governance",
                table: "cases");
        }
    }
}
