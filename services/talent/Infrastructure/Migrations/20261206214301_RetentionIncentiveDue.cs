using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Talent.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RetentionIncentiveDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "incentive_due_on",
                schema: "talent",
                table: "referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "incentive_overdue_warned_at",
                schema: "talent",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_incentive_due_on",
                schema: "talent",
                table: "referrals",
                column: "incentive_due_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_incentive_due_on",
                schema: "talent",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "incentive_due_on",
                schema: "talent",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "incentive_overdue_warned_at",
                schema: "talent",
                table: "referrals");
        }
    }
}
