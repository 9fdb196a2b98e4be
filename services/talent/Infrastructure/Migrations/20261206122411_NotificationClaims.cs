using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Talent.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class NotificationClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "claimed_by",
                schema: "talent",
                table: "notification_messages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "claimed_until",
                schema: "talent",
                table: "notification_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                schema: "talent",
                table: "notification_messages",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_status_next_attempt_at",
                schema: "talent",
                table: "notification_messages",
                columns: new[] { "status", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_notification_messages_status_next_attempt_at",
                schema: "talent",
                table: "notification_messages");

            migrationBuilder.DropColumn(
                name: "claimed_by",
                schema: "talent",
                table: "notification_messages");

            migrationBuilder.DropColumn(
                name: "claimed_until",
                schema: "talent",
                table: "notification_messages");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                schema: "talent",
                table: "notification_messages");
        }
    }
}
