namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>A certification (资质认定) a profile may hold: the name policies test and the authority that grants it.</summary>
public sealed record Certification(string Code, string Key, string Authority);

/// <summary>
/// The closed list of certifications (资质认定): exactly those the 85-policy catalogue's conditions test. The
/// Chinese name is the code stored on the profile and announced in <c>FirmCertificationGranted</c>; only an
/// officer enters them, and one request grants at most <see cref="MaxNewPerRequest"/> the firm did not hold.
/// </summary>
public static class CertificationCatalogue
{
    /// <summary>Certifications are granted one notice at a time; more new ones at once is a mistake or a flood.</summary>
    public const int MaxNewPerRequest = 5;

    public static IReadOnlyList<Certification> All { get; } =
    [
        new("高新技术企业", "high-tech-enterprise", "高新技术企业认定管理机构"),
        new("科技型中小企业", "tech-sme", "省科学技术厅"),
        new("创新型中小企业", "innovative-sme", "省工业和信息化厅"),
        new("省级专精特新中小企业", "provincial-specialised-sme", "省工业和信息化厅"),
        new("国家级专精特新“小巨人”企业", "national-little-giant", "工业和信息化部"),
        new("省级企业技术中心", "provincial-technology-centre", "省工业和信息化厅"),
        new("知识产权优势企业", "ip-advantage-enterprise", "国家知识产权局"),
        new("绿色工厂", "green-factory", "工业和信息化部"),
    ];

    private static readonly HashSet<string> Codes = All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string code) => Codes.Contains(code);

    /// <summary>Why a list of certifications cannot be stored (unknown or repeated codes), or null when it can.</summary>
    public static string? Problem(IReadOnlyList<string> codes)
    {
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            return "资质认定不能重复 (a certification is listed twice).";
        }
        var unknown = codes.Where(c => !IsKnown(c)).ToList();
        return unknown.Count == 0 ? null
            : $"未知的资质认定：{string.Join("、", unknown)}；可登记的有：{string.Join("、", All.Select(c => c.Code))} (unknown certification codes).";
    }

    /// <summary>Why the list would grant too many certifications the firm does not hold yet, or null when it would not.</summary>
    public static string? GrantProblem(IReadOnlyCollection<string> held, IEnumerable<string> requested)
    {
        var added = requested.Distinct(StringComparer.Ordinal).Count(code => !held.Contains(code));
        return added > MaxNewPerRequest
            ? $"一次最多新登记 {MaxNewPerRequest} 项资质认定 (at most {MaxNewPerRequest} new certifications per request; this one adds {added})."
            : null;
    }
}
