using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Governance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Open311FieldsAndFilingEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "account_id",
                schema: "governance",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address",
                schema: "governance",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_id",
                schema: "governance",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_email",
                schema: "governance",
                table: "cases",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_first_name",
                schema: "governance",
                table: "cases",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_last_name",
                schema: "governance",
                table: "cases",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "device_id",
                schema: "governance",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "latitude",
                schema: "governance",
                table: "cases",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "longitude",
                schema: "governance",
                table: "cases",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "media_url",
                schema: "governance",
                table: "cases",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            // Cases filed before this release get their filing (受理) entry too. Who filed is not told apart here (a citizen's
            // subject must not reach the departments' timeline), so the entry names the filer by role.
            migrationBuilder.Sql("""
                INSERT INTO governance.case_notes (id, case_id, kind, author, department_code, text, at)
                SELECT gen_random_uuid(), c.id, 'Filed', '申请人 (filer)', NULL, '受理（' || c.channel || '）：' || c.title, c.filed_at
                FROM governance.cases c
                WHERE NOT EXISTS (SELECT 1 FROM governance.case_notes n WHERE n.case_id = c.id AND n.kind = 'Filed');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM governance.case_notes WHERE kind = 'Filed';");

            migrationBuilder.DropColumn(
                name: "account_id",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "address",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "address_id",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "contact_email",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "contact_first_name",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "contact_last_name",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "device_id",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "latitude",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "longitude",
                schema: "governance",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "media_url",
                schema: "governance",
                table: "cases");
        }
    }
}
