using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Finance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProjectNeedsAndSciTechOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "origin",
                schema: "finance",
                table: "financing_needs",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                // Needs recorded before origins existed were all declared by firms.
                defaultValue: "Declared");

            migrationBuilder.AddColumn<Guid>(
                name: "project_id",
                schema: "finance",
                table: "financing_needs",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "project_investment",
                schema: "finance",
                table: "financing_needs",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "project_name",
                schema: "finance",
                table: "financing_needs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_financing_needs_project_id",
                schema: "finance",
                table: "financing_needs",
                column: "project_id",
                unique: true,
                filter: "project_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_scitech_loan_offers_credit_code",
                schema: "finance",
                table: "scitech_loan_offers",
                column: "credit_code",
                unique: true,
                filter: "status = 'Offered'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scitech_loan_offers",
                schema: "finance");

            migrationBuilder.DropIndex(
                name: "ix_financing_needs_project_id",
                schema: "finance",
                table: "financing_needs");

            migrationBuilder.DropColumn(
                name: "origin",
                schema: "finance",
                table: "financing_needs");

            migrationBuilder.DropColumn(
                name: "project_id",
                schema: "finance",
                table: "financing_needs");

            migrationBuilder.DropColumn(
                name: "project_investment",
                schema: "finance",
                table: "financing_needs");

            migrationBuilder.DropColumn(
                name: "project_name",
                schema: "finance",
                table: "financing_needs");
        }
    }
}
