namespace Qingmeng.PolicyMatch.Model.Policies;

/// <summary>The eight categories the zone's 85 business-support policies are tagged under.</summary>
public enum PolicyCategory
{
    /// <summary>科技创新</summary>
    TechInnovation,
    /// <summary>专精特新</summary>
    SpecialisedAndInnovative,
    /// <summary>人才</summary>
    Talent,
    /// <summary>稳岗就业</summary>
    Employment,
    /// <summary>金融支持</summary>
    Finance,
    /// <summary>产业发展</summary>
    IndustryDevelopment,
    /// <summary>开放型经济</summary>
    OpenEconomy,
    /// <summary>企业服务</summary>
    EnterpriseService,
}

public static class PolicyCategories
{
    public static string ChineseName(this PolicyCategory category) => category switch
    {
        PolicyCategory.TechInnovation => "科技创新",
        PolicyCategory.SpecialisedAndInnovative => "专精特新",
        PolicyCategory.Talent => "人才",
        PolicyCategory.Employment => "稳岗就业",
        PolicyCategory.Finance => "金融支持",
        PolicyCategory.IndustryDevelopment => "产业发展",
        PolicyCategory.OpenEconomy => "开放型经济",
        PolicyCategory.EnterpriseService => "企业服务",
        _ => category.ToString(),
    };
}
