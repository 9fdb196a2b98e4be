namespace Qingmeng.Governance.Model.Cases;

/// <summary>How a case reached the centre (全要素导入: every channel is accepted).</summary>
public enum CaseChannel
{
    /// <summary>12345 热线.</summary>
    Hotline,

    /// <summary>App / 小程序.</summary>
    App,

    /// <summary>窗口 walk-in.</summary>
    WalkIn,

    /// <summary>初信: a first petition letter.</summary>
    PetitionLetter,

    /// <summary>早午晚餐会 / 恳谈会: government-firm meetings.</summary>
    GovernmentFirmMeeting,

    /// <summary>百名干部进企业: officers' firm visits.</summary>
    CadreFirmVisit,

    /// <summary>Another service's event, e.g. an overdue approval task (督办).</summary>
    ServiceEvent,

    /// <summary>Open311 GeoReport intake.</summary>
    Open311,
}

/// <summary>Why a department returned a case (退单); the centre re-dispatches it.</summary>
public enum ReturnReason
{
    /// <summary>非本部门职责.</summary>
    NotOurResponsibility,

    /// <summary>不属本区管辖.</summary>
    OutsideJurisdiction,

    /// <summary>诉求信息不全，无法办理.</summary>
    InsufficientInformation,

    /// <summary>已由其他渠道办理 / 重复工单.</summary>
    AlreadyHandled,

    /// <summary>涉及司法、仲裁程序，依法不属行政办理范围.</summary>
    InLegalProceedings,
}
