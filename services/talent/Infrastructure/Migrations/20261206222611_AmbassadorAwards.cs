using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Talent.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AmbassadorAwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ambassador_awards",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ambassador_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    hires = table.Column<int>(type: "integer", nullable: false),
                    awarded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ambassador_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_ambassador_awards_ambassadors_ambassador_id",
                        column: x => x.ambassador_id,
                        principalSchema: "talent",
                        principalTable: "ambassadors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ambassador_awards_ambassador_id_year",
                schema: "talent",
                table: "ambassador_awards",
                columns: new[] { "ambassador_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ambassador_awards_year",
                schema: "talent",
                table: "ambassador_awards",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ambassador_awards",
                schema: "talent");
        }
    }
}
