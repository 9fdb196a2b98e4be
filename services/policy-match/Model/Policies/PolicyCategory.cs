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

/// <summary>How a firm obtains the benefit.</summary>
public enum PolicyMode
{
    /// <summary>免申即享: no application; the platform computes the eligible firms, each confirms (or opts out) and is paid.</summary>
    NoApplication,
    /// <summary>快申快享: the firm applies with the listed materials; an officer decides within 60 working days.</summary>
    QuickApplication,
}

public enum PolicyVersionStatus
{
    /// <summary>Being written; may still change.</summary>
    Draft,
    /// <summary>In force; immutable.</summary>
    Published,
    /// <summary>Replaced by a later published version.</summary>
    Superseded,
    /// <summary>Withdrawn; no longer in force.</summary>
    Retired,
}

/// <summary>One numbered clause (第N条) of a policy text.</summary>
public sealed record PolicyClause(int Number, string Heading, string Text);
