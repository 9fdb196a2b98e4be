namespace Qingmeng.Governance.Model;

/// <summary>How a case reached the centre (全要素导入: every channel is accepted).</summary>
public enum CaseChannel
{
    Hotline,
    App,
    WalkIn,
    PetitionLetter,
    GovernmentFirmMeeting,
    CadreFirmVisit,
    ServiceEvent,
}
