using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SignInFailureCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sign_in_failure_counters",
                schema: "identity",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(72)", maxLength: 72, nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    window_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_failure_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    blocked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_failure_counters", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_failure_counters_last_failure_at",
                schema: "identity",
                table: "sign_in_failure_counters",
                column: "last_failure_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_failure_counters",
                schema: "identity");
        }
    }
}
