using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Talent.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CitizenAssistanceApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "resident_id_digest",
                schema: "talent",
                table: "welfare_households",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "idempotency_key",
                schema: "talent",
                table: "assistance_applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // Households registered before: the platform digest (ResidentIdDigest.Of) of the normalised number they hold.
            migrationBuilder.Sql("""
                UPDATE talent.welfare_households
                   SET resident_id_digest = encode(sha256(convert_to('qingmeng-resident-id:' || resident_id_number, 'UTF8')), 'hex')
                """);

            migrationBuilder.CreateIndex(
                name: "ix_welfare_households_resident_id_digest",
                schema: "talent",
                table: "welfare_households",
                column: "resident_id_digest",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assistance_applications_submitted_by_idempotency_key",
                schema: "talent",
                table: "assistance_applications",
                columns: new[] { "submitted_by", "idempotency_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_welfare_households_resident_id_digest",
                schema: "talent",
                table: "welfare_households");

            migrationBuilder.DropIndex(
                name: "ix_assistance_applications_submitted_by_idempotency_key",
                schema: "talent",
                table: "assistance_applications");

            migrationBuilder.DropColumn(
                name: "resident_id_digest",
                schema: "talent",
                table: "welfare_households");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                schema: "talent",
                table: "assistance_applications");
        }
    }
}
