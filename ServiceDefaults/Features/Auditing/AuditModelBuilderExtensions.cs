using Microsoft.EntityFrameworkCore;

namespace Qingmeng.ServiceDefaults.Auditing;

public static class AuditModelBuilderExtensions
{
    public const string TableName = "audit_records";

    /// <summary>Adds the service's append-only audit table to its model.</summary>
    public static ModelBuilder AddAuditTable(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable(TableName);
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).UseIdentityAlwaysColumn();
            audit.Property(a => a.Subject).HasMaxLength(200);
            audit.Property(a => a.Role).HasMaxLength(64);
            audit.Property(a => a.Action).HasMaxLength(100);
            audit.Property(a => a.ResourceType).HasMaxLength(64);
            audit.Property(a => a.ResourceId).HasMaxLength(100);
            audit.Property(a => a.TraceId).HasMaxLength(64);
            audit.HasIndex(a => new { a.ResourceType, a.ResourceId });
            audit.HasIndex(a => a.OccurredAt);
            audit.HasIndex(a => a.Subject);
        });
        return modelBuilder;
    }

    /// <summary>
    /// SQL for a migration: a trigger that makes the audit table append-only, so not even the service
    /// itself can rewrite history.
    /// </summary>
    public static string AppendOnlySql(string schema) => $"""
        CREATE OR REPLACE FUNCTION "{schema}".audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit records are append-only (% refused)', TG_OP;
        END $$;
        CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "{schema}".{TableName}
            FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".audit_records_append_only();
        """;
}
