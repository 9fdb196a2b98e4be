using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Qingmeng.ServiceDefaults.Auditing;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingmeng.Finance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "finance");

            migrationBuilder.CreateSequence(
                name: "referral_number_seq",
                schema: "finance");

            migrationBuilder.CreateTable(
                name: "audit_records",
                schema: "finance",
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
                name: "banks",
                schema: "finance",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    notification_recipient = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_partner = table.Column<bool>(type: "boolean", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_banks", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "credit_records",
                schema: "finance",
                columns: table => new
                {
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    penalty_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    fine_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    repaired_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_records", x => new { x.credit_code, x.penalty_reference });
                });

            migrationBuilder.CreateTable(
                name: "financing_needs",
                schema: "finance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    term_months = table.Column<int>(type: "integer", nullable: false),
                    purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    eligible_products = table.Column<int>(type: "integer", nullable: false),
                    origin = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    project_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    project_investment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_financing_needs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "firm_profiles",
                schema: "finance",
                columns: table => new
                {
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    annual_revenue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    revenue_growth_percent = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    rd_ratio_percent = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    invention_patents = table.Column<int>(type: "integer", nullable: false),
                    other_patents = table.Column<int>(type: "integer", nullable: false),
                    employees = table.Column<int>(type: "integer", nullable: false),
                    years_in_operation = table.Column<int>(type: "integer", nullable: false),
                    credit_rating = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    is_specialised_sme = table.Column<bool>(type: "boolean", nullable: false),
                    is_high_tech = table.Column<bool>(type: "boolean", nullable: false),
                    has_overdue_loans = table.Column<bool>(type: "boolean", nullable: false),
                    in_difficulty = table.Column<bool>(type: "boolean", nullable: false),
                    in_three_strive_campaign = table.Column<bool>(type: "boolean", nullable: false),
                    on_whitelist = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_firm_profiles", x => x.credit_code);
                });

            migrationBuilder.CreateTable(
                name: "fund_investments",
                schema: "finance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    fund_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    firm_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    invested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    instrument = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fund_investments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "holiday_schedules",
                schema: "finance",
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
                schema: "finance",
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
                name: "notification_messages",
                schema: "finance",
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
                schema: "finance",
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
                schema: "finance",
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
                name: "registered_firms",
                schema: "finance",
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
                name: "scitech_loan_offers",
                schema: "finance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    high_level_talents = table.Column<int>(type: "integer", nullable: false),
                    highest_tier = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    last_certification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    responded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scitech_loan_offers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "whitelist_entries",
                schema: "finance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    firm_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    vetoed = table.Column<bool>(type: "boolean", nullable: false),
                    indicators = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    evaluated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    review_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    listed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reevaluations = table.Column<int>(type: "integer", nullable: false),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_whitelist_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                schema: "finance",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    bank_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    min_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    max_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    min_term_months = table.Column<int>(type: "integer", nullable: false),
                    max_term_months = table.Column<int>(type: "integer", nullable: false),
                    lpr_tenor = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    spread_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    guarantee = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    guarantee_fee_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    subsidy_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    government_risk_share_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    bank_risk_share_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    guarantor_risk_share_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    requires_whitelist = table.Column<bool>(type: "boolean", nullable: false),
                    eligibility = table.Column<string>(type: "jsonb", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.code);
                    table.ForeignKey(
                        name: "fk_products_banks_bank_code",
                        column: x => x.bank_code,
                        principalSchema: "finance",
                        principalTable: "banks",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "finance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    firm_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    product_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    bank_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    product_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    need_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    requested_term_months = table.Column<int>(type: "integer", nullable: false),
                    purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    applied_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    referred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dossier = table.Column<string>(type: "jsonb", nullable: true),
                    response_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    response_working_days = table.Column<int>(type: "integer", nullable: true),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalation_notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    information_request = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    information_response = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    approved_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    approved_rate_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    approved_term_months = table.Column<int>(type: "integer", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    withdraw_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    disbursed_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    disbursed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    matures_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    guarantee_fee_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    subsidy_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    government_risk_share_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    bank_risk_share_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    guarantor_risk_share_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    whitelist_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    renewal_of_id = table.Column<Guid>(type: "uuid", nullable: true),
                    renewed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    renewal_warning_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    renewal_eligible_at_warning = table.Column<bool>(type: "boolean", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_products_product_code",
                        column: x => x.product_code,
                        principalSchema: "finance",
                        principalTable: "products",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_payouts",
                schema: "finance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    loan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    principal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    subsidy_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    subsidy_accrued = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    previously_paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    paid_by_role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_payouts", x => x.id);
                    table.ForeignKey(
                        name: "fk_subsidy_payouts_referrals_loan_id",
                        column: x => x.loan_id,
                        principalSchema: "finance",
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_occurred_at",
                schema: "finance",
                table: "audit_records",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_resource_type_resource_id",
                schema: "finance",
                table: "audit_records",
                columns: new[] { "resource_type", "resource_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_subject",
                schema: "finance",
                table: "audit_records",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "ix_financing_needs_credit_code_created_at",
                schema: "finance",
                table: "financing_needs",
                columns: new[] { "credit_code", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_financing_needs_project_id",
                schema: "finance",
                table: "financing_needs",
                column: "project_id",
                unique: true,
                filter: "project_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_fund_investments_fund_code",
                schema: "finance",
                table: "fund_investments",
                column: "fund_code");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "finance",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_key",
                schema: "finance",
                table: "notification_messages",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_recipient_created_at",
                schema: "finance",
                table: "notification_messages",
                columns: new[] { "recipient", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_status_next_attempt_at",
                schema: "finance",
                table: "notification_messages",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_event_id",
                schema: "finance",
                table: "outbox_messages",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "finance",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "finance",
                table: "outbox_messages",
                columns: new[] { "aggregate_key", "sequence" },
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_products_bank_code",
                schema: "finance",
                table: "products",
                column: "bank_code");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_applied_by_idempotency_key",
                schema: "finance",
                table: "referrals",
                columns: new[] { "applied_by", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_bank_code_status",
                schema: "finance",
                table: "referrals",
                columns: new[] { "bank_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_credit_code_status",
                schema: "finance",
                table: "referrals",
                columns: new[] { "credit_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_escalated_at",
                schema: "finance",
                table: "referrals",
                column: "escalated_at",
                filter: "escalated_at IS NOT NULL AND escalation_notified_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_number",
                schema: "finance",
                table: "referrals",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_product_code",
                schema: "finance",
                table: "referrals",
                column: "product_code");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_status_matures_on",
                schema: "finance",
                table: "referrals",
                columns: new[] { "status", "matures_on" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_status_response_due_at",
                schema: "finance",
                table: "referrals",
                columns: new[] { "status", "response_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_whitelist_entry_id",
                schema: "finance",
                table: "referrals",
                column: "whitelist_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_scitech_loan_offers_credit_code",
                schema: "finance",
                table: "scitech_loan_offers",
                column: "credit_code",
                unique: true,
                filter: "status = 'Offered'");

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_payouts_loan_id_paid_on",
                schema: "finance",
                table: "subsidy_payouts",
                columns: new[] { "loan_id", "paid_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_payouts_paid_by_idempotency_key",
                schema: "finance",
                table: "subsidy_payouts",
                columns: new[] { "paid_by", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_whitelist_entries_credit_code",
                schema: "finance",
                table: "whitelist_entries",
                column: "credit_code",
                unique: true,
                filter: "status IN ('Proposed', 'Listed')");

            migrationBuilder.CreateIndex(
                name: "ix_whitelist_entries_status_next_review_on",
                schema: "finance",
                table: "whitelist_entries",
                columns: new[] { "status", "next_review_on" });

            // Audit records are append-only: the database itself refuses to change or remove them.
            migrationBuilder.Sql(AuditModelBuilderExtensions.AppendOnlySql("finance"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_records_append_only ON \"finance\".audit_records; DROP FUNCTION IF EXISTS \"finance\".audit_records_append_only();");

            migrationBuilder.DropTable(
                name: "audit_records",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "credit_records",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "financing_needs",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "firm_profiles",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "fund_investments",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "holiday_schedules",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "notification_messages",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "notification_opt_outs",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "registered_firms",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "scitech_loan_offers",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "subsidy_payouts",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "whitelist_entries",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "products",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "banks",
                schema: "finance");

            migrationBuilder.DropSequence(
                name: "referral_number_seq",
                schema: "finance");
        }
    }
}
