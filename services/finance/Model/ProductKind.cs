namespace Qingmeng.Finance.Model;

/// <summary>The zone's loan programmes (seed text: 纾困贷, 三争贷, 科创贷, 知识产权质押, 政府性融资担保, 续贷).</summary>
public enum ProductKind
{
    /// <summary>纾困贷: relief loans for firms in temporary difficulty.</summary>
    Relief,

    /// <summary>三争贷: for firms in the 争跨越、争投资、争项目 campaign.</summary>
    ThreeStrive,

    /// <summary>科创贷: tech-innovation loans, up to 10 million yuan.</summary>
    SciTech,

    /// <summary>知识产权质押贷: IP-pledge loans for firms on the white list.</summary>
    IpPledge,

    /// <summary>政府性融资担保贷: backed by the government financing guarantee agency.</summary>
    GuaranteeBacked,

    /// <summary>续贷 / 无还本续贷: renewal of a maturing loan without repaying the principal first.</summary>
    Renewal,
}
