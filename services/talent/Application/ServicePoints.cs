using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Application;

/// <summary>A service point or labour cooperation station, as the officer gave it.</summary>
public sealed record NewServicePoint(
    string Code, string Name, ServicePointKind Kind, string Province, string City, string Address, double Latitude, double Longitude,
    string? OpeningHours, int JobSeekersServed);

/// <summary>Service points (服务站点) and labour cooperation stations: added by officers under a code of their own, audited.</summary>
public static class ServicePoints
{
    public static async Task<Outcome<ServicePoint>> AddAsync(
        TalentContext db, NewServicePoint request, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var point = ServicePoint.Create(request.Code, request.Name.Trim(), request.Kind, request.Province.Trim(), request.City.Trim(),
            request.Address.Trim(), request.Latitude, request.Longitude, request.OpeningHours?.Trim(), request.JobSeekersServed, now);
        db.ServicePoints.Add(point);
        db.AddAudit(user, "service_point.created", "service_point", point.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("code", $"编码为 {request.Code} 的服务站点已存在 (a service point with code {request.Code} exists)").Titled("编码已被使用 (Code in use.)");
        }
        return point;
    }
}
