using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingmeng.PolicyMatch.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProfilesMatchingClaimsLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_firm_profiles", x => x.id);
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
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
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
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subsidy_claims", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_budget_ledgers_policy_code_period",
                schema: "policy",
                table: "budget_ledgers",
                columns: new[] { "policy_code", "period" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budget_ledgers",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "disbursements",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "firm_profiles",
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
                name: "profile_fact_changes",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "subsidy_claims",
                schema: "policy");
        }
    }
}
