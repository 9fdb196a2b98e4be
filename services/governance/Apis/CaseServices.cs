using Qingmeng.Governance.Infrastructure;

namespace Qingmeng.Governance.Apis;

/// <summary>What the case handlers need, bound with [AsParameters].</summary>
public sealed record CaseServices(GovernanceContext Db, TimeProvider Time);
