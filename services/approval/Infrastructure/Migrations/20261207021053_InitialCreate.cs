using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Qingmeng.ServiceDefaults.Auditing;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingmeng.Approval.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "approval");

            migrationBuilder.CreateTable(
                name: "agents",
                schema: "approval",
                columns: table => new
                {
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agents", x => x.subject);
                });

            migrationBuilder.CreateTable(
                name: "audit_records",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    resource_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    trace_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_versions",
                schema: "approval",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "holiday_schedules",
                schema: "approval",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    notice = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    holidays = table.Column<string>(type: "jsonb", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_holiday_schedules", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "approval",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.consumer });
                });

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

            migrationBuilder.CreateTable(
                name: "land_sites",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    area_mu = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    current_use = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    baseline_floor_area = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    baseline_annual_output = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    baseline_annual_tax = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    surveyed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    plan_summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    planned_use = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    planned_floor_area = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    planned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    project_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    project_generated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    added_floor_area = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    added_annual_output = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    added_annual_tax = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_land_sites", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "approval",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    aggregate_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    strikes = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    dead_lettered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    discarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    firm_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    investment_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    land_location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    land_area_mu = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    industry_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_key_project = table.Column<bool>(type: "boolean", nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    catalogue_version = table.Column<int>(type: "integer", nullable: false),
                    agent_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agent_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ready_on = table.Column<DateOnly>(type: "date", nullable: true),
                    predicted_groundbreaking = table.Column<DateOnly>(type: "date", nullable: true),
                    previous_predicted_groundbreaking = table.Column<DateOnly>(type: "date", nullable: true),
                    last_transition_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registered_firms",
                schema: "approval",
                columns: table => new
                {
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    industry_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    size_class = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registered_firms", x => x.credit_code);
                });

            migrationBuilder.CreateTable(
                name: "delegations",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agent_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    granted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegations", x => x.id);
                    table.ForeignKey(
                        name: "fk_delegations_projects_project_id",
                        column: x => x.project_id,
                        principalSchema: "approval",
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "handovers",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_agent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    to_agent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_handovers", x => x.id);
                    table.ForeignKey(
                        name: "fk_handovers_projects_project_id",
                        column: x => x.project_id,
                        principalSchema: "approval",
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    sub_item_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sub_item_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    item_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    limit_working_days = table.Column<int>(type: "integer", nullable: false),
                    gates_groundbreaking = table.Column<bool>(type: "boolean", nullable: false),
                    required_materials = table.Column<List<string>>(type: "text[]", nullable: false),
                    prerequisites = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    submitted_materials = table.Column<List<string>>(type: "text[]", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deemed_acceptance_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    missing_materials = table.Column<List<string>>(type: "text[]", nullable: false),
                    correction_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deemed_accepted = table.Column<bool>(type: "boolean", nullable: false),
                    extension_days = table.Column<int>(type: "integer", nullable: false),
                    extension_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    extension_approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    working_days_used = table.Column<int>(type: "integer", nullable: true),
                    overdue_notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    supervision_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    supervision_case_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    supervision_resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    supervision_closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    earlier_attempts = table.Column<string>(type: "jsonb", nullable: true),
                    pauses = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_tasks_projects_project_id",
                        column: x => x.project_id,
                        principalSchema: "approval",
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "timeline",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sub_item_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    from_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline", x => x.id);
                    table.ForeignKey(
                        name: "fk_timeline_projects_project_id",
                        column: x => x.project_id,
                        principalSchema: "approval",
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_occurred_at",
                schema: "approval",
                table: "audit_records",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_resource_type_resource_id",
                schema: "approval",
                table: "audit_records",
                columns: new[] { "resource_type", "resource_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_subject",
                schema: "approval",
                table: "audit_records",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_project_id_agent_subject",
                schema: "approval",
                table: "delegations",
                columns: new[] { "project_id", "agent_subject" });

            migrationBuilder.CreateIndex(
                name: "ix_handovers_project_id",
                schema: "approval",
                table: "handovers",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "approval",
                table: "inbox_messages",
                column: "processed_at");

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

            migrationBuilder.CreateIndex(
                name: "ix_land_sites_code",
                schema: "approval",
                table: "land_sites",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_event_id",
                schema: "approval",
                table: "outbox_messages",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "approval",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "approval",
                table: "outbox_messages",
                columns: new[] { "aggregate_key", "sequence" },
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_projects_agent_subject_status",
                schema: "approval",
                table: "projects",
                columns: new[] { "agent_subject", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_credit_code",
                schema: "approval",
                table: "projects",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_projects_registered_by_idempotency_key",
                schema: "approval",
                table: "projects",
                columns: new[] { "registered_by", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_department_code_status",
                schema: "approval",
                table: "tasks",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_project_id_sub_item_code",
                schema: "approval",
                table: "tasks",
                columns: new[] { "project_id", "sub_item_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_status_deemed_acceptance_at",
                schema: "approval",
                table: "tasks",
                columns: new[] { "status", "deemed_acceptance_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_status_due_at",
                schema: "approval",
                table: "tasks",
                columns: new[] { "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_project_id_id",
                schema: "approval",
                table: "timeline",
                columns: new[] { "project_id", "id" });

            // Audit records are append-only: the database itself refuses to change or remove them.
            migrationBuilder.Sql(AuditModelBuilderExtensions.AppendOnlySql("approval"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_records_append_only ON \"approval\".audit_records; DROP FUNCTION IF EXISTS \"approval\".audit_records_append_only();");

            migrationBuilder.DropTable(
                name: "agents",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "audit_records",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "catalogue_versions",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "delegations",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "handovers",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "holiday_schedules",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "investment_agreements",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "land_sites",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "registered_firms",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "timeline",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "projects",
                schema: "approval");
        }
    }
}
