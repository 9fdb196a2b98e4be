using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingmeng.Finance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FinanceDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "referral_number_seq",
                schema: "finance");

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
                    eligible_products = table.Column<int>(type: "integer", nullable: false)
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
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    paid_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                name: "ix_financing_needs_credit_code_created_at",
                schema: "finance",
                table: "financing_needs",
                columns: new[] { "credit_code", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_fund_investments_fund_code",
                schema: "finance",
                table: "fund_investments",
                column: "fund_code");

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
                name: "ix_subsidy_payouts_loan_id",
                schema: "finance",
                table: "subsidy_payouts",
                column: "loan_id");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "notification_messages",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "notification_opt_outs",
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
