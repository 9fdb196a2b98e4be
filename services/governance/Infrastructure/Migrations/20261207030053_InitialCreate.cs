using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Qingmeng.ServiceDefaults.Auditing;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "governance");

            migrationBuilder.CreateSequence(
                name: "case_number_seq",
                schema: "governance");

            migrationBuilder.CreateSequence(
                name: "labour_dispute_number_seq",
                schema: "governance");

            migrationBuilder.CreateTable(
                name: "audit_records",
                schema: "governance",
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
                name: "cases",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    module_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    service_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    latitude = table.Column<decimal>(type: "numeric", nullable: true),
                    longitude = table.Column<decimal>(type: "numeric", nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    contact_first_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact_last_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    media_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    address_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    device_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    account_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    duplicate_of_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    lead_department_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sign_for_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_for_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    clock_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completion_working_days = table.Column<int>(type: "integer", nullable: false),
                    extension_working_days = table.Column<int>(type: "integer", nullable: false),
                    completion_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lead_closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_count = table.Column<int>(type: "integer", nullable: false),
                    reopen_count = table.Column<int>(type: "integer", nullable: false),
                    satisfied = table.Column<bool>(type: "boolean", nullable: true),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    followed_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    filed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    filed_by_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
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
                name: "economic_reports",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    output_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    power_use = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    tax_paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    corrected_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    alert_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    alert_case_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_economic_reports", x => x.id);
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
                name: "holiday_schedules",
                schema: "governance",
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
                schema: "governance",
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
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    suit_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    performance_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    court_route = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    court_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    liaison_officer = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    handed_to_court_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    court_stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    court_stage_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    court_registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    court_judged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    court_enforced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    closure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    closure_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labour_disputes", x => x.id);
                });

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
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    claimed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "outbox_messages",
                schema: "governance",
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

            migrationBuilder.CreateTable(
                name: "registered_firms",
                schema: "governance",
                columns: table => new
                {
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    industry_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    size_class = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registered_firms", x => x.credit_code);
                });

            migrationBuilder.CreateTable(
                name: "scorecard_aggregates",
                schema: "governance",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scorecard_aggregates", x => new { x.year, x.period, x.measure });
                });

            migrationBuilder.CreateTable(
                name: "scorecard_facts",
                schema: "governance",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    flag = table.Column<bool>(type: "boolean", nullable: true),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scorecard_facts", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "scorecard_subjects",
                schema: "governance",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    fact_count = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scorecard_subjects", x => x.key);
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
                name: "ix_audit_records_occurred_at",
                schema: "governance",
                table: "audit_records",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_resource_type_resource_id",
                schema: "governance",
                table: "audit_records",
                columns: new[] { "resource_type", "resource_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_subject",
                schema: "governance",
                table: "audit_records",
                column: "subject");

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
                name: "ix_case_dispatches_dispatched_at",
                schema: "governance",
                table: "case_dispatches",
                column: "dispatched_at");

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
                name: "ix_cases_credit_code",
                schema: "governance",
                table: "cases",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_cases_filed_by",
                schema: "governance",
                table: "cases",
                column: "filed_by");

            migrationBuilder.CreateIndex(
                name: "ix_cases_filed_by_idempotency_key",
                schema: "governance",
                table: "cases",
                columns: new[] { "filed_by", "idempotency_key" },
                unique: true);

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
                name: "ix_cases_number",
                schema: "governance",
                table: "cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_source_reference",
                schema: "governance",
                table: "cases",
                column: "source_reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_status_filed_at",
                schema: "governance",
                table: "cases",
                columns: new[] { "status", "filed_at" });

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

            migrationBuilder.CreateIndex(
                name: "ix_economic_reports_credit_code_month",
                schema: "governance",
                table: "economic_reports",
                columns: new[] { "credit_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_economic_reports_month",
                schema: "governance",
                table: "economic_reports",
                column: "month");

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

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "governance",
                table: "inbox_messages",
                column: "processed_at");

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
                name: "ix_labour_disputes_case_id",
                schema: "governance",
                table: "labour_disputes",
                column: "case_id");

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
                name: "ix_notification_messages_status_next_attempt_at",
                schema: "governance",
                table: "notification_messages",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_event_id",
                schema: "governance",
                table: "outbox_messages",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "governance",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "governance",
                table: "outbox_messages",
                columns: new[] { "aggregate_key", "sequence" },
                filter: "sent_at IS NULL");

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

            migrationBuilder.CreateIndex(
                name: "ix_registered_firms_name",
                schema: "governance",
                table: "registered_firms",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_scorecard_facts_subject",
                schema: "governance",
                table: "scorecard_facts",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "ix_service_types_module_code",
                schema: "governance",
                table: "service_types",
                column: "module_code");

            // Audit records are append-only: the database itself refuses to change or remove them.
            migrationBuilder.Sql(AuditModelBuilderExtensions.AppendOnlySql("governance"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_records_append_only ON \"governance\".audit_records; DROP FUNCTION IF EXISTS \"governance\".audit_records_append_only();");

            migrationBuilder.DropTable(
                name: "audit_records",
                schema: "governance");

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
                name: "credit_repair_applications",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "departments",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "economic_reports",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "engagement_issues",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "guidances",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "hazards",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "holiday_schedules",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "labour_dispute_reminders",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "labour_disputes",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "labour_early_warnings",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "lenient_decisions",
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
                name: "outbox_messages",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "registered_firms",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "scorecard_aggregates",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "scorecard_facts",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "scorecard_subjects",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "service_types",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "penalties",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "cases",
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

            migrationBuilder.DropSequence(
                name: "case_number_seq",
                schema: "governance");

            migrationBuilder.DropSequence(
                name: "labour_dispute_number_seq",
                schema: "governance");
        }
    }
}
