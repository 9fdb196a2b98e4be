using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingmeng.Talent.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class WorkerWelfare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "health_services",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    provider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    opens_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    closes_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_services", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "welfare_households",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    head_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    resident_id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    person_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resident_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    members_count = table.Column<int>(type: "integer", nullable: false),
                    difficulty_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    employer_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    income_per_capita = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    case_officer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    next_review_due = table.Column<DateOnly>(type: "date", nullable: false),
                    exited_on = table.Column<DateOnly>(type: "date", nullable: true),
                    exit_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    entries = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_welfare_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "health_service_slots",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    starts_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ends_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    booked = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_service_slots", x => x.id);
                    table.CheckConstraint("ck_health_service_slots_within_capacity", "booked >= 0 AND booked <= capacity");
                    table.ForeignKey(
                        name: "fk_health_service_slots_health_services_service_id",
                        column: x => x.service_id,
                        principalSchema: "talent",
                        principalTable: "health_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_applications",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    requested_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    materials = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    review_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assistance_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_assistance_applications_welfare_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "talent",
                        principalTable: "welfare_households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_ledgers",
                schema: "talent",
                columns: table => new
                {
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    cap = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    committed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    approvals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assistance_ledgers", x => new { x.household_id, x.type, x.year });
                    table.CheckConstraint("ck_assistance_ledgers_within_cap", "committed >= 0 AND committed <= cap");
                    table.ForeignKey(
                        name: "fk_assistance_ledgers_welfare_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "talent",
                        principalTable: "welfare_households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "welfare_household_history",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    difficulty_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    members_count = table.Column<int>(type: "integer", nullable: false),
                    income_per_capita = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    exit_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_welfare_household_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_welfare_household_history_welfare_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "talent",
                        principalTable: "welfare_households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "welfare_review_reminders",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    overdue = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_welfare_review_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_welfare_review_reminders_welfare_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "talent",
                        principalTable: "welfare_households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "health_bookings",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    citizen_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    booked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_bookings", x => x.id);
                    table.ForeignKey(
                        name: "fk_health_bookings_health_service_slots_slot_id",
                        column: x => x.slot_id,
                        principalSchema: "talent",
                        principalTable: "health_service_slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_payments",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    paid_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assistance_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assistance_payments_assistance_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "talent",
                        principalTable: "assistance_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assistance_applications_household_id_type_year",
                schema: "talent",
                table: "assistance_applications",
                columns: new[] { "household_id", "type", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_assistance_applications_status",
                schema: "talent",
                table: "assistance_applications",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ux_assistance_payments_application_id",
                schema: "talent",
                table: "assistance_payments",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_assistance_payments_reference",
                schema: "talent",
                table: "assistance_payments",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_health_bookings_citizen_subject",
                schema: "talent",
                table: "health_bookings",
                column: "citizen_subject");

            migrationBuilder.CreateIndex(
                name: "ix_health_bookings_slot_id_citizen_subject",
                schema: "talent",
                table: "health_bookings",
                columns: new[] { "slot_id", "citizen_subject" },
                unique: true,
                filter: "status = 'Booked'");

            migrationBuilder.CreateIndex(
                name: "ix_health_service_slots_service_id_date_starts_at",
                schema: "talent",
                table: "health_service_slots",
                columns: new[] { "service_id", "date", "starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_health_services_code",
                schema: "talent",
                table: "health_services",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_welfare_household_history_household_id_at",
                schema: "talent",
                table: "welfare_household_history",
                columns: new[] { "household_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_households_status_next_review_due",
                schema: "talent",
                table: "welfare_households",
                columns: new[] { "status", "next_review_due" });

            migrationBuilder.CreateIndex(
                name: "ux_welfare_households_person_key",
                schema: "talent",
                table: "welfare_households",
                column: "person_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_welfare_review_reminders_household_id_due_on",
                schema: "talent",
                table: "welfare_review_reminders",
                columns: new[] { "household_id", "due_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_welfare_review_reminders_sent_at",
                schema: "talent",
                table: "welfare_review_reminders",
                column: "sent_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_ledgers",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "assistance_payments",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "health_bookings",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "welfare_household_history",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "welfare_review_reminders",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "assistance_applications",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "health_service_slots",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "welfare_households",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "health_services",
                schema: "talent");
        }
    }
}
