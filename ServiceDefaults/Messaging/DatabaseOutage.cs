using Npgsql;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// Tells an outage of the service's database (the server restarting, refusing connections, a dropped connection) from
/// a failure of the delivery itself. A delivery that failed for an outage is held and retried until the database is
/// back instead of being parked: the outage says nothing about the event.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // Serialization failures and deadlocks (class 40) are transient too, but they are conflicts between
            // deliveries, which the ordinary retries resolve.
            if (current is NpgsqlException { IsTransient: true } npgsql
                && !(npgsql is PostgresException postgres && postgres.SqlState.StartsWith("40", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }
}
