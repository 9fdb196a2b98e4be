using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record AllocateRequest([property: Required] Guid? UnitId);

public sealed record UnitQuery(UnitStatus? Status);
