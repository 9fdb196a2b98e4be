using Microsoft.EntityFrameworkCore;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Data;

namespace Platform.IntegrationTests.Data;

/// <summary>
/// Chinese clients send times as +08:00. Every service's context (built with UsePlatformNpgsql) must store any
/// offset as the same instant in UTC, and query with one, instead of Npgsql refusing a non-zero offset (a 500).
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class TimestampOffsetTests(PlatformServersFixture servers)
{
    private static readonly DateTimeOffset ChinaMidnight = new(2027, 1, 31, 23, 59, 59, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_time_with_a_China_offset_is_stored_and_queried_as_the_same_instant_in_UTC()
    {
        var connectionString = await servers.CreateDatabaseAsync("offsets");
        var options = (DbContextOptions<Deadlines>)new DbContextOptionsBuilder<Deadlines>().UsePlatformNpgsql(connectionString).Options;
        await using (var db = new Deadlines(options))
        {
            await db.Database.EnsureCreatedAsync();
            db.Rows.Add(new Deadline { Id = 1, DueAt = ChinaMidnight, RemindAt = ChinaMidnight.AddHours(-1) });
            await db.SaveChangesAsync();
        }

        await using (var db = new Deadlines(options))
        {
            var found = await db.Rows.SingleAsync(r => r.DueAt == ChinaMidnight && r.RemindAt < ChinaMidnight);

            Assert.Equal(ChinaMidnight, found.DueAt);
            Assert.Equal(TimeSpan.Zero, found.DueAt.Offset);
            Assert.Equal(new DateTimeOffset(2027, 1, 31, 15, 59, 59, TimeSpan.Zero), found.DueAt);
            Assert.Equal(ChinaMidnight.AddHours(-1), found.RemindAt);
        }
    }

    private sealed class Deadline
    {
        public int Id { get; set; }

        public DateTimeOffset DueAt { get; set; }

        public DateTimeOffset? RemindAt { get; set; }
    }

    private sealed class Deadlines(DbContextOptions<Deadlines> options) : DbContext(options)
    {
        public DbSet<Deadline> Rows => Set<Deadline>();
    }
}
