using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record FirmView(
    string CreditCode, string Name, string IndustryCode, string SizeClass, string Location, DateOnly RegisteredOn, DateTimeOffset RecordedAt, DateTimeOffset? UpdatedAt)
{
    public static FirmView From(RegisteredFirm f) => new(f.CreditCode, f.Name, f.IndustryCode, f.SizeClass, f.Location, f.RegisteredOn, f.RecordedAt, f.UpdatedAt);
}

public sealed record FirmQuery(string? Name, string? IndustryCode);
