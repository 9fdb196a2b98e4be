using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Talent.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RecruitmentOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "recruitment_offers",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_fair_places = table.Column<int>(type: "integer", nullable: false),
                    job_fair_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ambassador_referrals = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    responded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recruitment_offers", x => x.id);
                    table.ForeignKey(
                        name: "fk_recruitment_offers_job_fairs_job_fair_id",
                        column: x => x.job_fair_id,
                        principalSchema: "talent",
                        principalTable: "job_fairs",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_offers_credit_code_status",
                schema: "talent",
                table: "recruitment_offers",
                columns: new[] { "credit_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_offers_job_fair_id",
                schema: "talent",
                table: "recruitment_offers",
                column: "job_fair_id");

            migrationBuilder.CreateIndex(
                name: "ix_recruitment_offers_project_id_trigger",
                schema: "talent",
                table: "recruitment_offers",
                columns: new[] { "project_id", "trigger" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recruitment_offers",
                schema: "talent");
        }
    }
}
