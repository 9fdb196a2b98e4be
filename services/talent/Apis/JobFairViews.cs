using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record FairView(Guid Id, string Title, JobFairMode Mode, string Venue, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Firms, int Postings);

public sealed record FairRegistrationView(Guid Id, string CreditCode, string OrganizationName, IReadOnlyList<Guid> JobPostingIds, DateTimeOffset RegisteredAt);
