namespace Qingmeng.Talent.Model;

/// <summary>
/// A recruiting ambassador (引工大使). The platform has no ambassador role, so an ambassador is a citizen who
/// registered here; the record, not a role, is what lets them refer workers.
/// </summary>
public sealed class Ambassador
{
    public Guid Id { get; private set; }

    public string Subject { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Phone { get; private set; } = "";

    /// <summary>Where they recruit, e.g. 贵州省毕节市 (often a labour cooperation station's area).</summary>
    public string Region { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    private Ambassador()
    {
    }

    public static Ambassador Register(string subject, string name, string phone, string region, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Subject = subject,
        Name = name,
        Phone = phone,
        Region = region,
        RegisteredAt = now,
    };
}
