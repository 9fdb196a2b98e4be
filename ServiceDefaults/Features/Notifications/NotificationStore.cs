using Microsoft.EntityFrameworkCore;

namespace Qingmeng.ServiceDefaults.Notifications;

/// <summary>The service's own context, seen through its notification tables (keeps the handlers non-generic).</summary>
public sealed class NotificationStore
{
    internal NotificationStore(DbContext db) => Db = db;

    internal DbContext Db { get; }
}
