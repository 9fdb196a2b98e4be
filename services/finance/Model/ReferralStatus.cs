namespace Qingmeng.Finance.Model;

/// <summary>Where a loan referral (银企对接) stands; after disbursement the referral is the loan.</summary>
public enum ReferralStatus
{
    /// <summary>申请: the firm applied; nothing goes to the bank before it consents to share its data.</summary>
    Applied,

    /// <summary>已推送: referred to the bank with the firm's consent; the bank's response deadline runs.</summary>
    Referred,

    /// <summary>受理: the bank took it up and is reviewing it.</summary>
    Accepted,

    /// <summary>补充材料: the bank asked the firm for more information.</summary>
    MoreInfoRequested,

    /// <summary>审批通过: approved with amount, rate and term.</summary>
    Approved,

    /// <summary>拒绝: declined with a reason.</summary>
    Declined,

    /// <summary>撤回: the firm withdrew before a decision.</summary>
    Withdrawn,

    /// <summary>已放款: the loan is out.</summary>
    Disbursed,

    /// <summary>已结清: repaid.</summary>
    Repaid,

    /// <summary>已续贷: rolled into a renewal loan.</summary>
    Renewed,
}
