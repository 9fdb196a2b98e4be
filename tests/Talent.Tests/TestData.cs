using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

namespace Talent.Tests;

internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public const string FirmCode = "91350500MA31GJ8K73";

    public static string ResidentId(int serial)
    {
        var first17 = $"35050219900101{serial % 1000:D3}";
        return first17 + ResidentIdNumber.ComputeCheckDigit(first17);
    }

    public static TalentCertification Certified(TalentTier tier, int serial, DateTimeOffset? at = null)
    {
        var id = ResidentId(serial);
        var certification = TalentCertification.Submit(FirmCode, "陈志强", PersonKey.Of(id), PersonKey.Masked(id), tier, "博士", "firm-a", null, at ?? Now);
        certification.Certify("officer", null, 3, at ?? Now);
        return certification;
    }

    public static HousingApplication Waiting(TalentTier tier, int serial, DateTimeOffset appliedAt)
    {
        var certification = Certified(tier, serial, appliedAt);
        return HousingApplication.Apply($"citizen-{serial}", "林雅婷", "13805951234", certification.PersonKey, certification.ResidentIdMasked, certification, appliedAt);
    }

    public static JobPosting Posting(DateTimeOffset? validThrough = null) => JobPosting.Post(
        FirmCode, "泉州杰嘉电子有限公司", "SMT贴片操作工", "负责SMT产线上料与巡检，两班倒，包食宿。", DateOnly.FromDateTime(Now.UtcDateTime),
        validThrough ?? Now.AddDays(30), EmploymentType.FullTime, "智能产业园12号厂房", "清濛园区", "福建省", 24.863, 118.561,
        5_500, 7_500, SalaryUnit.Month, 40, "firm-a", null, Now);
}
