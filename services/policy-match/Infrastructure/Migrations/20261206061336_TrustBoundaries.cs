using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.PolicyMatch.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TrustBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "basis",
                schema: "policy",
                table: "subsidy_claims",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "first_approval_reason",
                schema: "policy",
                table: "subsidy_claims",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "first_approved_at",
                schema: "policy",
                table: "subsidy_claims",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "first_approved_by",
                schema: "policy",
                table: "subsidy_claims",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "first_approved_by_name",
                schema: "policy",
                table: "subsidy_claims",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "reference",
                schema: "policy",
                table: "profile_fact_changes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "asserted_by",
                schema: "policy",
                table: "profile_fact_changes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "event_id",
                schema: "policy",
                table: "profile_fact_changes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "declarations",
                schema: "policy",
                table: "firm_profiles",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "basis",
                schema: "policy",
                table: "disbursements",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "basis",
                schema: "policy",
                table: "subsidy_claims");

            migrationBuilder.DropColumn(
                name: "first_approval_reason",
                schema: "policy",
                table: "subsidy_claims");

            migrationBuilder.DropColumn(
                name: "first_approved_at",
                schema: "policy",
                table: "subsidy_claims");

            migrationBuilder.DropColumn(
                name: "first_approved_by",
                schema: "policy",
                table: "subsidy_claims");

            migrationBuilder.DropColumn(
                name: "first_approved_by_name",
                schema: "policy",
                table: "subsidy_claims");

            migrationBuilder.DropColumn(
                name: "asserted_by",
                schema: "policy",
                table: "profile_fact_changes");

            migrationBuilder.DropColumn(
                name: "event_id",
                schema: "policy",
                table: "profile_fact_changes");

            migrationBuilder.DropColumn(
                name: "declarations",
                schema: "policy",
                table: "firm_profiles");

            migrationBuilder.DropColumn(
                name: "basis",
                schema: "policy",
                table: "disbursements");

            migrationBuilder.AlterColumn<string>(
                name: "reference",
                schema: "policy",
                table: "profile_fact_changes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
