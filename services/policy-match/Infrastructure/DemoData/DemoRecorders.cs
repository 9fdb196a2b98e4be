using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.PolicyMatch.Infrastructure.DemoData;

/// <summary>
/// 申报辅导 as the demo records it: the same use case an officer's request goes through (audited, with its event).
/// False when the use case refused (say, the project was guided already).
/// </summary>
public interface IGuidanceRecorder
{
    Task<bool> GuideAsync(string creditCode, string policyCode, DateOnly guidedOn, string notes, PlatformUser officer, CancellationToken cancellationToken);
}

/// <summary>
/// A certification an officer entered on a profile as of the day it was granted: the same profile use case, so the
/// firm's <c>FirmCertificationGranted</c> is dated that day.
/// </summary>
public interface ICertificationRecorder
{
    Task CertifyAsync(string creditCode, string certification, DateTimeOffset grantedAt, PlatformUser officer, CancellationToken cancellationToken);
}
