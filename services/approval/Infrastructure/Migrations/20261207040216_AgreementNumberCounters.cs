using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Approval.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AgreementNumberCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreement_number_counters",
                schema: "approval",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_number_counters", x => x.year);
                });

            // Agreements numbered before the counters existed (ZS-yyyy-nnn): each year's counter goes on from its highest number.
            migrationBuilder.Sql("""
                INSERT INTO approval.agreement_number_counters (year, last_number)
                SELECT substring(number from 4 for 4)::int, max(substring(number from 9)::int)
                FROM approval.investment_agreements
                GROUP BY 1
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_number_counters",
                schema: "approval");
        }
    }
}
