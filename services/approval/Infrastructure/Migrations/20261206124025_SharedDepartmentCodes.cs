using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Approval.Infrastructure.Migrations
{
    /// <summary>
    /// Approval adopts the platform's shared department catalogue: 生态环境局 STHJ → HBJ and 应急管理局 YJGL → AJJ, the
    /// codes governance dispatches to. Stored tasks and every stored catalogue version are rewritten so running projects
    /// keep working (a department officer's claim now carries the new code); sub-item codes (STHJ-01-01 …) stay.
    /// </summary>
    public partial class SharedDepartmentCodes : Migration
    {
        private static readonly (string Retired, string Current)[] Codes = [("STHJ", "HBJ"), ("YJGL", "AJJ")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (retired, current) in Codes)
            {
                Rewrite(migrationBuilder, retired, current);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (retired, current) in Codes)
            {
                Rewrite(migrationBuilder, current, retired);
            }
        }

        private static void Rewrite(MigrationBuilder migrationBuilder, string from, string to)
        {
            migrationBuilder.Sql($"UPDATE approval.tasks SET department_code = '{to}' WHERE department_code = '{from}';");
            // Only whole JSON strings equal to the code are department codes; sub-item codes merely start with it.
            migrationBuilder.Sql(
                $"UPDATE approval.catalogue_versions SET document = replace(document::text, '\"{from}\"', '\"{to}\"')::jsonb " +
                $"WHERE document::text LIKE '%\"{from}\"%';");
        }
    }
}
