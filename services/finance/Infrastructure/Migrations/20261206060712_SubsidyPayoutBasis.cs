using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Finance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SubsidyPayoutBasis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_subsidy_payouts_loan_id",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.AddColumn<string>(
                name: "idempotency_key",
                schema: "finance",
                table: "subsidy_payouts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "paid_by_role",
                schema: "finance",
                table: "subsidy_payouts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "period_from",
                schema: "finance",
                table: "subsidy_payouts",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<decimal>(
                name: "previously_paid",
                schema: "finance",
                table: "subsidy_payouts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "principal",
                schema: "finance",
                table: "subsidy_payouts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "recorded_at",
                schema: "finance",
                table: "subsidy_payouts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<decimal>(
                name: "subsidy_accrued",
                schema: "finance",
                table: "subsidy_payouts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "subsidy_percent",
                schema: "finance",
                table: "subsidy_payouts",
                type: "numeric(7,4)",
                precision: 7,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            // Payouts recorded before their basis was kept: rebuild it from the loan and the payouts before them.
            migrationBuilder.Sql("""
                WITH basis AS (
                    SELECT p.id,
                           coalesce(lag(p.paid_on) OVER w, r.disbursed_on) AS period_from,
                           coalesce(sum(p.amount) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS previously_paid,
                           r.disbursed_amount AS principal,
                           coalesce(r.subsidy_percent, 0) AS subsidy_percent,
                           round(r.disbursed_amount * coalesce(r.subsidy_percent, 0) / 100
                                 * greatest(0, least(p.paid_on, coalesce(r.matures_on, p.paid_on), coalesce(r.closed_on, p.paid_on)) - r.disbursed_on) / 360, 2)
                               AS subsidy_accrued
                      FROM finance.subsidy_payouts p
                      JOIN finance.referrals r ON r.id = p.loan_id
                    WINDOW w AS (PARTITION BY p.loan_id ORDER BY p.paid_on, p.id))
                UPDATE finance.subsidy_payouts p
                   SET period_from = b.period_from, previously_paid = b.previously_paid, principal = b.principal,
                       subsidy_percent = b.subsidy_percent, subsidy_accrued = b.subsidy_accrued,
                       recorded_at = p.paid_on::timestamp AT TIME ZONE 'Asia/Shanghai'
                  FROM basis b
                 WHERE b.id = p.id;
                """);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_subsidy_payouts_loan_id_paid_on",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropIndex(
                name: "ix_subsidy_payouts_paid_by_idempotency_key",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropColumn(
                name: "paid_by_role",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropColumn(
                name: "period_from",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropColumn(
                name: "previously_paid",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropColumn(
                name: "principal",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropColumn(
                name: "recorded_at",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropColumn(
                name: "subsidy_accrued",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.DropColumn(
                name: "subsidy_percent",
                schema: "finance",
                table: "subsidy_payouts");

            migrationBuilder.CreateIndex(
                name: "ix_subsidy_payouts_loan_id",
                schema: "finance",
                table: "subsidy_payouts",
                column: "loan_id");
        }
    }
}
