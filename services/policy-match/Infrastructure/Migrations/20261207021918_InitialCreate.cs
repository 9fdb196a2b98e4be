using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Qingmeng.ServiceDefaults.Auditing;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingmeng.PolicyMatch.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "policy");

            migrationBuilder.CreateTable(
                name: "application_guidance",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    policy_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    guided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    guided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    guided_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_guidance", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_records",
                schema: "policy",
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
                name: "budget_ledgers",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    envelope = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    clawed_back = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    payments = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budget_ledgers", x => x.id);
                    table.CheckConstraint("ck_budget_ledgers_never_overspent", "paid <= envelope");
                });

            migrationBuilder.CreateTable(
                name: "demand_signals",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    topic = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    theme = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    matches = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_demand_signals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disbursements",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reverses_id = table.Column<Guid>(type: "uuid", nullable: true),
                    policy_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    policy_version = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    eligible_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    basis = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disbursements", x => x.id);
                    table.CheckConstraint("ck_disbursements_positive", "amount > 0");
                });

            migrationBuilder.CreateTable(
                name: "firm_profiles",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_mobile = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    contact_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    facts = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    declarations = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_firm_profiles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "holiday_schedules",
                schema: "policy",
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
                schema: "policy",
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
                name: "match_records",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    policy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    policy_version = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    near_miss = table.Column<bool>(type: "boolean", nullable: false),
                    unmet_count = table.Column<int>(type: "integer", nullable: false),
                    missing_count = table.Column<int>(type: "integer", nullable: false),
                    eligible_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_messages",
                schema: "policy",
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
                schema: "policy",
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
                schema: "policy",
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
                name: "penalty_standings",
                schema: "policy",
                columns: table => new
                {
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    penalty_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    repaired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_penalty_standings", x => new { x.credit_code, x.penalty_reference });
                });

            migrationBuilder.CreateTable(
                name: "policies",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "profile_fact_changes",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    old_value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    new_value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    asserted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profile_fact_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_claims",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    policy_version = table.Column<int>(type: "integer", nullable: false),
                    policy_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    budget_period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    mode = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    review_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    eligible_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    basis = table.Column<string>(type: "jsonb", nullable: true),
                    first_approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    first_approved_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    first_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_approval_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "policy_versions",
                schema: "policy",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    policy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issuing_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    document_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    clauses = table.Column<string>(type: "jsonb", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    materials = table.Column<List<string>>(type: "text[]", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    application_opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    application_closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    budget_period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    budget_envelope = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    amount_rule = table.Column<string>(type: "jsonb", nullable: false),
                    mode = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    conditions = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_policy_versions_policies_policy_id",
                        column: x => x.policy_id,
                        principalSchema: "policy",
                        principalTable: "policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_guidance_guided_by_idempotency_key",
                schema: "policy",
                table: "application_guidance",
                columns: new[] { "guided_by", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_application_guidance_once_per_year",
                schema: "policy",
                table: "application_guidance",
                columns: new[] { "credit_code", "policy_code", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_application_guidance_year_guided_on",
                schema: "policy",
                table: "application_guidance",
                columns: new[] { "year", "guided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_occurred_at",
                schema: "policy",
                table: "audit_records",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_resource_type_resource_id",
                schema: "policy",
                table: "audit_records",
                columns: new[] { "resource_type", "resource_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_subject",
                schema: "policy",
                table: "audit_records",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "ix_budget_ledgers_policy_code_period",
                schema: "policy",
                table: "budget_ledgers",
                columns: new[] { "policy_code", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_demand_signals_occurred_at",
                schema: "policy",
                table: "demand_signals",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_demand_signals_source_event_id",
                schema: "policy",
                table: "demand_signals",
                column: "source_event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_demand_signals_theme_occurred_at",
                schema: "policy",
                table: "demand_signals",
                columns: new[] { "theme", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_demand_signals_topic_occurred_at",
                schema: "policy",
                table: "demand_signals",
                columns: new[] { "topic", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_credit_code_recorded_at",
                schema: "policy",
                table: "disbursements",
                columns: new[] { "credit_code", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_one_payment_per_period",
                schema: "policy",
                table: "disbursements",
                columns: new[] { "policy_code", "period", "credit_code" },
                unique: true,
                filter: "kind = 'Payment'");

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_period_kind",
                schema: "policy",
                table: "disbursements",
                columns: new[] { "period", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_reverses_id",
                schema: "policy",
                table: "disbursements",
                column: "reverses_id",
                unique: true,
                filter: "reverses_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_firm_profiles_credit_code",
                schema: "policy",
                table: "firm_profiles",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "policy",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_match_records_credit_code_policy_version_id",
                schema: "policy",
                table: "match_records",
                columns: new[] { "credit_code", "policy_version_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_match_records_near_miss",
                schema: "policy",
                table: "match_records",
                column: "near_miss",
                filter: "near_miss");

            migrationBuilder.CreateIndex(
                name: "ix_match_records_policy_version_id_outcome",
                schema: "policy",
                table: "match_records",
                columns: new[] { "policy_version_id", "outcome" });

            migrationBuilder.CreateIndex(
                name: "ix_match_records_to_push",
                schema: "policy",
                table: "match_records",
                column: "notified_at",
                filter: "outcome = 'Met' AND notified_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_key",
                schema: "policy",
                table: "notification_messages",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_recipient_created_at",
                schema: "policy",
                table: "notification_messages",
                columns: new[] { "recipient", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_status_next_attempt_at",
                schema: "policy",
                table: "notification_messages",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_event_id",
                schema: "policy",
                table: "outbox_messages",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "policy",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "policy",
                table: "outbox_messages",
                columns: new[] { "aggregate_key", "sequence" },
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_policies_category",
                schema: "policy",
                table: "policies",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_policies_code",
                schema: "policy",
                table: "policies",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_policy_versions_one_draft",
                schema: "policy",
                table: "policy_versions",
                column: "policy_id",
                unique: true,
                filter: "status = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "ix_policy_versions_policy_id_version",
                schema: "policy",
                table: "policy_versions",
                columns: new[] { "policy_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_profile_fact_changes_credit_code_id",
                schema: "policy",
                table: "profile_fact_changes",
                columns: new[] { "credit_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claims_created_by_idempotency_key",
                schema: "policy",
                table: "subsidy_claims",
                columns: new[] { "created_by", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claims_credit_code_created_at",
                schema: "policy",
                table: "subsidy_claims",
                columns: new[] { "credit_code", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claims_one_live_per_period",
                schema: "policy",
                table: "subsidy_claims",
                columns: new[] { "policy_code", "budget_period", "credit_code" },
                unique: true,
                filter: "status <> 'Rejected'");

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_claims_status_review_due_at",
                schema: "policy",
                table: "subsidy_claims",
                columns: new[] { "status", "review_due_at" });

            // Audit records are append-only: the database itself refuses to change or remove them.
            migrationBuilder.Sql(AuditModelBuilderExtensions.AppendOnlySql("policy"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_records_append_only ON \"policy\".audit_records; DROP FUNCTION IF EXISTS \"policy\".audit_records_append_only();");

            migrationBuilder.DropTable(
                name: "application_guidance",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "audit_records",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "budget_ledgers",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "demand_signals",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "disbursements",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "firm_profiles",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "holiday_schedules",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "match_records",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "notification_messages",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "notification_opt_outs",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "penalty_standings",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "policy_versions",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "profile_fact_changes",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "subsidy_claims",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "policies",
                schema: "policy");
        }
    }
}
