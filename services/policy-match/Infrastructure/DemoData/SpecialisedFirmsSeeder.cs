using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.PolicyMatch.Infrastructure.DemoData;

/// <summary>
/// 新增省级专精特新中小企业13家、总数达25家: 12 firms of the firm register certified 省级专精特新中小企业 in 2023 and 13 more
/// in 2024, entered on their profiles through the profile use case as of the day each was granted, so each firm's
/// <c>FirmCertificationGranted</c> carries that day (governance's scorecard counts new and total from it). Seeded only
/// with <c>DemoData:SeedFigures</c>; a firm already certified is left alone, so every start is idempotent.
/// </summary>
public sealed class SpecialisedFirmsSeeder(ICertificationRecorder certifications)
{
    public const string Certification = "省级专精特新中小企业";
    public const int CertifiedIn2023 = 12;
    public const int CertifiedIn2024 = 13;

    /// <summary>Who entered the grants: the provincial list as published, entered for the demo.</summary>
    private static readonly PlatformUser Registrar = PlatformUser.System("demo-specialised", "省级专精特新中小企业认定名单（演示数据）");

    /// <summary>The register firms certified, with the day each was granted (2023's list, then 2024's).</summary>
    public static IReadOnlyList<(string CreditCode, DateOnly GrantedOn)> Grants { get; } =
        PaymentHistorySeeder.HistoryFirmCodes.Take(CertifiedIn2023 + CertifiedIn2024)
            .Select((code, i) => (code, i < CertifiedIn2023
                ? new DateOnly(2023, 6, 12).AddDays(i * 9)
                : new DateOnly(2024, 5, 20).AddDays((i - CertifiedIn2023) * 11)))
            .ToList();

    public async Task SeedAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        foreach (var (creditCode, grantedOn) in Grants)
        {
            await certifications.CertifyAsync(creditCode, Certification, ChinaTime.At(grantedOn, new TimeOnly(10, 0)), Registrar, cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
        }
        context.ChangeTracker.Clear();
    }
}
