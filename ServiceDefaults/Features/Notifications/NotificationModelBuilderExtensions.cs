using Microsoft.EntityFrameworkCore;

namespace Qingmeng.ServiceDefaults.Notifications;

public static class NotificationModelBuilderExtensions
{
    /// <summary>Adds the sent-notification log (unique per key, and the queue of messages still to send) and the opt-out list to the service's model.</summary>
    public static ModelBuilder AddNotificationTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NotificationMessage>(message =>
        {
            message.ToTable("notification_messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).UseIdentityAlwaysColumn();
            message.Property(m => m.Key).HasMaxLength(200);
            message.Property(m => m.Recipient).HasMaxLength(100);
            message.Property(m => m.Category).HasMaxLength(64);
            message.Property(m => m.Text).HasMaxLength(1000);
            message.Property(m => m.Channel).HasMaxLength(16);
            message.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            message.Property(m => m.Error).HasMaxLength(500);
            message.HasIndex(m => m.Key).IsUnique();
            message.HasIndex(m => new { m.Recipient, m.CreatedAt });
            message.Property(m => m.ClaimedBy).HasMaxLength(100);
            // Rows written before there was a queue are due at once.
            message.Property(m => m.NextAttemptAt).HasDefaultValueSql("now()");
            message.HasIndex(m => new { m.Status, m.NextAttemptAt });
        });
        modelBuilder.Entity<NotificationOptOut>(optOut =>
        {
            optOut.ToTable("notification_opt_outs");
            optOut.HasKey(o => new { o.Recipient, o.Category });
            optOut.Property(o => o.Recipient).HasMaxLength(100);
            optOut.Property(o => o.Category).HasMaxLength(64);
        });
        return modelBuilder;
    }
}
