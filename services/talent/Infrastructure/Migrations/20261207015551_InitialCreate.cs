using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Qingmeng.ServiceDefaults.Auditing;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingmeng.Talent.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "talent");

            migrationBuilder.CreateTable(
                name: "ambassadors",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ambassadors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "apartment_units",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    building = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    unit_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    bedrooms = table.Column<int>(type: "integer", nullable: false),
                    area_square_metres = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    monthly_rent = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    min_tier = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_apartment_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_records",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    resource_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    trace_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "certifications",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    person_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    person_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resident_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    tier = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    review_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "competition_entries",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    edition = table.Column<int>(type: "integer", nullable: false),
                    project_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    team_lead = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    track = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    award = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    landing_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    landed_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    landed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    talents_introduced = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_competition_entries", x => x.id);
                });

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
                name: "housing_applications",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    person_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resident_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    certification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tier = table.Column<int>(type: "integer", nullable: false),
                    employer_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lease_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_housing_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "talent",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "job_fairs",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_fairs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "job_postings",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    organization_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    date_posted = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_through = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    employment_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    street_address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    locality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    salary_min = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    salary_max = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    salary_unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    openings = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    posted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_postings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_messages",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    claimed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_opt_outs",
                schema: "talent",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_opt_outs", x => new { x.recipient, x.category });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "talent",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    aggregate_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    strikes = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    dead_lettered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    discarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "registered_firms",
                schema: "talent",
                columns: table => new
                {
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    industry_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    size_class = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registered_firms", x => x.credit_code);
                });

            migrationBuilder.CreateTable(
                name: "service_points",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    province = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    city = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    opening_hours = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    job_seekers_served = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_points", x => x.id);
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
                    resident_id_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
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
                name: "leases",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    tenant_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    tenant_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    allocated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    allocated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expiry_reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leases", x => x.id);
                    table.ForeignKey(
                        name: "fk_leases_apartment_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "talent",
                        principalTable: "apartment_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_leases_housing_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "talent",
                        principalTable: "housing_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_fair_registrations",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_fair_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    organization_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    job_posting_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_fair_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_fair_registrations_job_fairs_job_fair_id",
                        column: x => x.job_fair_id,
                        principalSchema: "talent",
                        principalTable: "job_fairs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "hires",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    person_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    worker_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    resident_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    hired_on = table.Column<DateOnly>(type: "date", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ambassador_id = table.Column<Guid>(type: "uuid", nullable: true),
                    retained_three_months_on = table.Column<DateOnly>(type: "date", nullable: true),
                    retained_six_months_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hires", x => x.id);
                    table.ForeignKey(
                        name: "fk_hires_job_postings_job_posting_id",
                        column: x => x.job_posting_id,
                        principalSchema: "talent",
                        principalTable: "job_postings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_applications",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    applicant_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    person_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resident_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    cover_letter = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_applications_job_postings_job_posting_id",
                        column: x => x.job_posting_id,
                        principalSchema: "talent",
                        principalTable: "job_postings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ambassador_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    person_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    worker_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    resident_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    hire_id = table.Column<Guid>(type: "uuid", nullable: true),
                    hired_on = table.Column<DateOnly>(type: "date", nullable: true),
                    incentive_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    incentive_paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    incentive_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    incentive_overdue_warned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_ambassadors_ambassador_id",
                        column: x => x.ambassador_id,
                        principalSchema: "talent",
                        principalTable: "ambassadors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_referrals_job_postings_job_posting_id",
                        column: x => x.job_posting_id,
                        principalSchema: "talent",
                        principalTable: "job_postings",
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
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
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

            migrationBuilder.CreateIndex(
                name: "ix_ambassadors_subject",
                schema: "talent",
                table: "ambassadors",
                column: "subject",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_apartment_units_building_unit_number",
                schema: "talent",
                table: "apartment_units",
                columns: new[] { "building", "unit_number" },
                unique: true);

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
                name: "ix_assistance_applications_submitted_by_idempotency_key",
                schema: "talent",
                table: "assistance_applications",
                columns: new[] { "submitted_by", "idempotency_key" },
                unique: true);

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
                name: "ix_audit_records_occurred_at",
                schema: "talent",
                table: "audit_records",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_resource_type_resource_id",
                schema: "talent",
                table: "audit_records",
                columns: new[] { "resource_type", "resource_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_subject",
                schema: "talent",
                table: "audit_records",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "ix_certifications_credit_code_status",
                schema: "talent",
                table: "certifications",
                columns: new[] { "credit_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_certifications_person_key",
                schema: "talent",
                table: "certifications",
                column: "person_key");

            migrationBuilder.CreateIndex(
                name: "ix_certifications_submitted_by_idempotency_key",
                schema: "talent",
                table: "certifications",
                columns: new[] { "submitted_by", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_competition_entries_edition_project_name",
                schema: "talent",
                table: "competition_entries",
                columns: new[] { "edition", "project_name" },
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
                name: "ix_hires_credit_code",
                schema: "talent",
                table: "hires",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_hires_job_posting_id_person_key",
                schema: "talent",
                table: "hires",
                columns: new[] { "job_posting_id", "person_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_housing_applications_applicant_subject",
                schema: "talent",
                table: "housing_applications",
                column: "applicant_subject");

            migrationBuilder.CreateIndex(
                name: "ix_housing_applications_person_key",
                schema: "talent",
                table: "housing_applications",
                column: "person_key",
                unique: true,
                filter: "status = 'Waiting'");

            migrationBuilder.CreateIndex(
                name: "ix_housing_applications_status_tier_applied_at",
                schema: "talent",
                table: "housing_applications",
                columns: new[] { "status", "tier", "applied_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "talent",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_applicant_subject",
                schema: "talent",
                table: "job_applications",
                column: "applicant_subject");

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_credit_code",
                schema: "talent",
                table: "job_applications",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_job_posting_id_person_key",
                schema: "talent",
                table: "job_applications",
                columns: new[] { "job_posting_id", "person_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_fair_registrations_job_fair_id_credit_code",
                schema: "talent",
                table: "job_fair_registrations",
                columns: new[] { "job_fair_id", "credit_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_fairs_starts_at",
                schema: "talent",
                table: "job_fairs",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_credit_code",
                schema: "talent",
                table: "job_postings",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_posted_by_idempotency_key",
                schema: "talent",
                table: "job_postings",
                columns: new[] { "posted_by", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_postings_status_valid_through",
                schema: "talent",
                table: "job_postings",
                columns: new[] { "status", "valid_through" });

            migrationBuilder.CreateIndex(
                name: "ix_leases_application_id",
                schema: "talent",
                table: "leases",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_leases_status_ends_on",
                schema: "talent",
                table: "leases",
                columns: new[] { "status", "ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_leases_unit_id",
                schema: "talent",
                table: "leases",
                column: "unit_id",
                unique: true,
                filter: "status = 'Active'");

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_key",
                schema: "talent",
                table: "notification_messages",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_recipient_created_at",
                schema: "talent",
                table: "notification_messages",
                columns: new[] { "recipient", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notification_messages_status_next_attempt_at",
                schema: "talent",
                table: "notification_messages",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_event_id",
                schema: "talent",
                table: "outbox_messages",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "talent",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "talent",
                table: "outbox_messages",
                columns: new[] { "aggregate_key", "sequence" },
                filter: "sent_at IS NULL");

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

            migrationBuilder.CreateIndex(
                name: "ix_referrals_ambassador_id",
                schema: "talent",
                table: "referrals",
                column: "ambassador_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_incentive_due_on",
                schema: "talent",
                table: "referrals",
                column: "incentive_due_on");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_status",
                schema: "talent",
                table: "referrals",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ux_referrals_job_posting_id_person_key",
                schema: "talent",
                table: "referrals",
                columns: new[] { "job_posting_id", "person_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_points_code",
                schema: "talent",
                table: "service_points",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_welfare_household_history_household_id_at",
                schema: "talent",
                table: "welfare_household_history",
                columns: new[] { "household_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_welfare_households_resident_id_digest",
                schema: "talent",
                table: "welfare_households",
                column: "resident_id_digest",
                unique: true);

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

            // Audit records are append-only: the database itself refuses to change or remove them.
            migrationBuilder.Sql(AuditModelBuilderExtensions.AppendOnlySql("talent"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_records_append_only ON \"talent\".audit_records; DROP FUNCTION IF EXISTS \"talent\".audit_records_append_only();");

            migrationBuilder.DropTable(
                name: "ambassador_awards",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "assistance_ledgers",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "assistance_payments",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "audit_records",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "certifications",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "competition_entries",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "health_bookings",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "hires",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "job_applications",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "job_fair_registrations",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "leases",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "notification_messages",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "notification_opt_outs",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "recruitment_offers",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "registered_firms",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "service_points",
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
                name: "apartment_units",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "housing_applications",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "job_fairs",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "ambassadors",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "job_postings",
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
