using Microsoft.EntityFrameworkCore;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.ReferenceData;

/// <summary>
/// Reference data every replica needs, whether or not demo data is on: the zone's service points, the labour
/// cooperation stations in other provinces and the 健康十条 health services. Idempotent: only missing codes are added.
/// </summary>
public static class TalentReferenceData
{
    private static readonly (string Code, string Name, ServicePointKind Kind, string Province, string City, string Address, double Latitude, double Longitude, string Hours, int Served)[] Points =
    [
        ("QM-ST-01", "经开区就业服务中心", ServicePointKind.EmploymentStation, "福建省", "泉州市", "清濛园区管委会一楼服务大厅", Latitude: 24.8712, Longitude: 118.5772, Hours: "周一至周六 8:30-17:30", Served: 2_310),
        ("QM-ST-02", "智能产业园就业服务站", ServicePointKind.EmploymentStation, "福建省", "泉州市", "智能产业园综合楼2层", Latitude: 24.8625, Longitude: 118.5628, Hours: "周一至周五 8:30-18:00", Served: 1_120),
        ("QM-ST-03", "科创园人才服务驿站", ServicePointKind.EmploymentStation, "福建省", "泉州市", "科创园A栋1层", Latitude: 24.8788, Longitude: 118.5843, Hours: "周一至周五 9:00-18:00", Served: 640),
        ("QM-CP-01", "清濛大道社区就业服务点", ServicePointKind.CommunityPoint, "福建省", "泉州市", "清濛大道生活区党群服务中心", Latitude: 24.8676, Longitude: 118.5905, Hours: "周一至周日 9:00-20:00", Served: 480),
        ("QM-CP-02", "南环路工业区就业服务点", ServicePointKind.CommunityPoint, "福建省", "泉州市", "南环路工业区职工之家", Latitude: 24.8548, Longitude: 118.5771, Hours: "周一至周六 8:00-20:00", Served: 530),
        ("QM-CP-03", "浔美人才社区服务点", ServicePointKind.CommunityPoint, "福建省", "泉州市", "浔美人才公寓1号楼底商", Latitude: 24.8768, Longitude: 118.5686, Hours: "周一至周日 9:00-21:00", Served: 210),
        ("LC-GZ-BJ", "对外劳务协作服务站（毕节）", ServicePointKind.LabourCooperationStation, "贵州省", "毕节市", "七星关区人力资源市场", Latitude: 27.3017, Longitude: 105.2863, Hours: "周一至周五 9:00-17:00", Served: 1_180),
        ("LC-SC-GA", "对外劳务协作服务站（广安）", ServicePointKind.LabourCooperationStation, "四川省", "广安市", "广安区就业创业服务中心", Latitude: 30.4564, Longitude: 106.6333, Hours: "周一至周五 9:00-17:00", Served: 860),
        ("LC-YN-ZT", "对外劳务协作服务站（昭通）", ServicePointKind.LabourCooperationStation, "云南省", "昭通市", "昭阳区公共就业服务中心", Latitude: 27.3381, Longitude: 103.7172, Hours: "周一至周五 9:00-17:00", Served: 790),
        ("LC-JX-GZ", "对外劳务协作服务站（赣州）", ServicePointKind.LabourCooperationStation, "江西省", "赣州市", "于都县人力资源市场", Latitude: 25.9522, Longitude: 115.4153, Hours: "周一至周五 8:30-17:30", Served: 720),
        ("LC-NX-GY", "对外劳务协作服务站（固原）", ServicePointKind.LabourCooperationStation, "宁夏回族自治区", "固原市", "原州区劳务移民服务中心", Latitude: 36.0158, Longitude: 106.2425, Hours: "周一至周五 9:00-17:00", Served: 610),
        ("LC-HN-XY", "对外劳务协作服务站（信阳）", ServicePointKind.LabourCooperationStation, "河南省", "信阳市", "固始县就业服务中心", Latitude: 32.1683, Longitude: 115.6542, Hours: "周一至周五 8:30-17:30", Served: 350),
    ];

    // 健康十条: the zone hospital's home visits (上门服务) and extended hours (延时服务), China time.
    private static readonly (string Code, string Name, HealthServiceKind Kind, string Description, TimeOnly Opens, TimeOnly Closes)[] HealthServices =
    [
        ("HV-01", "家庭医生上门随访", HealthServiceKind.HomeVisit, "签约家庭医生上门随访、慢病管理与用药指导，优先困难群众和行动不便职工家庭。", Opens: new(8, 30), Closes: new(17, 30)),
        ("HV-02", "上门体检", HealthServiceKind.HomeVisit, "为困难家庭成员和高龄、残疾人员提供上门健康体检。", Opens: new(8, 30), Closes: new(17, 30)),
        ("HV-03", "上门康复护理", HealthServiceKind.HomeVisit, "术后、慢病和失能人员的上门康复护理与换药。", Opens: new(9, 0), Closes: new(17, 0)),
        ("EH-01", "职工延时门诊", HealthServiceKind.ExtendedHours, "工作日下班后延时门诊，方便倒班职工就医。", Opens: new(17, 30), Closes: new(21, 30)),
        ("EH-02", "职工延时体检", HealthServiceKind.ExtendedHours, "面向园区企业职工的夜间及周末体检专场。", Opens: new(17, 30), Closes: new(21, 0)),
    ];

    public static async Task SeedAsync(TalentContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await context.ServicePoints.Select(p => p.Code).ToListAsync(cancellationToken);
        foreach (var p in Points.Where(p => !existing.Contains(p.Code)))
        {
            context.ServicePoints.Add(ServicePoint.Create(p.Code, p.Name, p.Kind, p.Province, p.City, p.Address, p.Latitude, p.Longitude, p.Hours, p.Served, now));
        }
        var existingServices = await context.HealthServices.Select(s => s.Code).ToListAsync(cancellationToken);
        foreach (var s in HealthServices.Where(s => !existingServices.Contains(s.Code)))
        {
            context.HealthServices.Add(HealthService.Create(s.Code, s.Name, s.Kind, "泉州经开区医院", s.Description, s.Opens, s.Closes, now));
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
