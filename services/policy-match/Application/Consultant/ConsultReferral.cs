using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>Where to turn when the consultant cannot answer.</summary>
public sealed record ConsultReferral(string Reason, string Hotline, string HumanDesk);

/// <summary>One event of the streamed answer: the matches first, then text as it is written, then the whole answer.</summary>
public sealed record ConsultStreamEvent(string Type, string? Text, ConsultAnswer? Answer, IReadOnlyList<ConsultCitation>? Citations);
