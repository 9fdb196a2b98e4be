using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Finance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CreditRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_records",
                schema: "finance");
        }
    }
}
