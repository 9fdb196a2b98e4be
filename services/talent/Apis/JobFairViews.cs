using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record FairView(Guid Id, string Title, JobFairMode Mode, string Venue, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Firms, int Postings);

public sealed record FairRegistrationView(Guid Id, string CreditCode, string OrganizationName, IReadOnlyList<Guid> JobPostingIds, DateTimeOffset RegisteredAt);
