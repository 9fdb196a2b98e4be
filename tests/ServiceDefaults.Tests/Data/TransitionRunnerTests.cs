using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Testing;

namespace Qingmeng.ServiceDefaults.Tests.Data;

/// <summary>
/// The transition runner against a real PostgreSQL: when another writer commits between our read and our save, the
/// refusal names the state that writer left, found again after the failed save; nothing of ours is written.
/// </summary>
public sealed class TransitionRunnerTests(TransitionRunnerTests.PostgresFixture postgres) : IClassFixture<TransitionRunnerTests.PostgresFixture>
{
    [Fact]
    public async Task A_concurrent_write_makes_the_refusal_name_the_state_the_other_writer_left()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var id = await SeedAsync(connectionString, "Open");
        await using var ours = PermitContext.Open(connectionString);

        var outcome = await ours.RunAsync(new Transition<Permit>
        {
            Find = ct => ours.Permits.FirstOrDefaultAsync(p => p.Id == id, ct),
            NotFound = Failure.NotFound("id", "no such permit"),
            Apply = async (permit, ct) =>
            {
                // Another writer commits between our read and our write.
                await using (var theirs = PermitContext.Open(connectionString))
                {
                    (await theirs.Permits.SingleAsync(p => p.Id == id, ct)).Status = "Withdrawn";
                    await theirs.SaveChangesAsync(ct);
                }
                permit.Status = "Approved";
                return null;
            },
            Record = _ => ours.Permits.Add(new Permit { Id = Guid.NewGuid(), Status = "Audit" }),
            ConcurrentChangeFrom = current =>
                Failure.Conflict("status", $"the permit is now {current.Status}").With("currentState", current.Status),
        }, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureKind.Conflict, outcome.Failure!.Kind);
        Assert.Equal("Withdrawn", outcome.Failure.Extensions["currentState"]);
        Assert.Equal(["Withdrawn"], await StatusesAsync(connectionString));
    }

    [Fact]
    public async Task A_concurrent_delete_is_the_transitions_not_found()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var id = await SeedAsync(connectionString, "Open");
        await using var ours = PermitContext.Open(connectionString);
        var gone = Failure.NotFound("id", "no such permit");

        var outcome = await ours.RunAsync(new Transition<Permit>
        {
            Find = ct => ours.Permits.FirstOrDefaultAsync(p => p.Id == id, ct),
            NotFound = gone,
            Apply = async (permit, ct) =>
            {
                await using (var theirs = PermitContext.Open(connectionString))
                {
                    await theirs.Permits.Where(p => p.Id == id).ExecuteDeleteAsync(ct);
                }
                permit.Status = "Approved";
                return null;
            },
            ConcurrentChangeFrom = _ => Failure.Conflict("status", "still there"),
        }, CancellationToken.None);

        Assert.Same(gone, outcome.Failure);
        Assert.Empty(await StatusesAsync(connectionString));
    }

    [Fact]
    public async Task Without_a_refusal_built_from_the_current_state_a_concurrent_write_is_the_fixed_ConcurrentChange()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var id = await SeedAsync(connectionString, "Open");
        await using var ours = PermitContext.Open(connectionString);
        var concurrentChange = Failure.Conflict("status", "changed meanwhile");

        var outcome = await ours.RunAsync(new Transition<Permit>
        {
            Find = ct => ours.Permits.FirstOrDefaultAsync(p => p.Id == id, ct),
            NotFound = Failure.NotFound("id", "no such permit"),
            Apply = async (permit, ct) =>
            {
                await using (var theirs = PermitContext.Open(connectionString))
                {
                    (await theirs.Permits.SingleAsync(p => p.Id == id, ct)).Status = "Withdrawn";
                    await theirs.SaveChangesAsync(ct);
                }
                permit.Status = "Approved";
                return null;
            },
            ConcurrentChange = concurrentChange,
        }, CancellationToken.None);

        Assert.Same(concurrentChange, outcome.Failure);
        Assert.Equal(["Withdrawn"], await StatusesAsync(connectionString));
    }

    private static async Task<Guid> SeedAsync(string connectionString, string status)
    {
        await using var db = PermitContext.Open(connectionString);
        await db.Database.EnsureCreatedAsync();
        var permit = new Permit { Id = Guid.NewGuid(), Status = status };
        db.Permits.Add(permit);
        await db.SaveChangesAsync();
        return permit.Id;
    }

    private static async Task<List<string>> StatusesAsync(string connectionString)
    {
        await using var db = PermitContext.Open(connectionString);
        return await db.Permits.Select(p => p.Status).ToListAsync();
    }

    public sealed class Permit
    {
        public Guid Id { get; set; }

        public required string Status { get; set; }

        /// <summary>PostgreSQL's xmin: the optimistic concurrency token.</summary>
        public uint Version { get; set; }
    }

    private sealed class PermitContext(DbContextOptions<PermitContext> options) : DbContext(options)
    {
        public DbSet<Permit> Permits => Set<Permit>();

        public static PermitContext Open(string connectionString) =>
            new(new DbContextOptionsBuilder<PermitContext>().UseNpgsql(connectionString).Options);

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Permit>().Property(p => p.Version).IsRowVersion();
    }

    /// <summary>One private PostgreSQL for the class; each test gets a database of its own.</summary>
    public sealed class PostgresFixture : IAsyncLifetime
    {
        private readonly string _dataRoot = PlatformServers.NewDataRoot();
        private LocalPostgresServer? _server;

        public async Task InitializeAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            _server = await LocalPostgresServer.StartAsync(_dataRoot, timeout.Token);
        }

        public async Task<string> NewDatabaseAsync()
        {
            var name = $"runner_{Guid.NewGuid():N}"[..30];
            await _server!.CreateDatabaseAsync(name);
            return _server.ConnectionStringFor(name);
        }

        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
            if (Directory.Exists(_dataRoot))
            {
                Directory.Delete(_dataRoot, recursive: true);
            }
        }
    }
}
