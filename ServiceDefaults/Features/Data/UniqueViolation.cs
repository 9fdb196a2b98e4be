using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Qingmeng.ServiceDefaults.Data;

/// <summary>
/// Recognises PostgreSQL's unique violation (SQLSTATE 23505): the signal that a concurrent request with the same
/// idempotency key, or the same natural key, committed first, so the loser answers with the winner's result.
/// </summary>
public static class UniqueViolation
{
    public const string SqlState = PostgresErrorCodes.UniqueViolation;

    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: SqlState };

    /// <summary>The same, naming the index or constraint that was violated.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string constraintName) =>
        exception.InnerException is PostgresException { SqlState: SqlState } postgres
        && string.Equals(postgres.ConstraintName, constraintName, StringComparison.Ordinal);
}
