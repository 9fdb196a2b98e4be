using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

public sealed record LedgerView(string PolicyCode, string Period, decimal Envelope, decimal Paid, decimal Remaining, decimal ClawedBack, int Payments);

public sealed record LedgerQuery([property: RegularExpression("^[0-9]{4}(-[A-Z0-9]{1,8})?$")] string? Period, string? PolicyCode);

public sealed record LedgerSummary(string Period, decimal AmountPaid, int FirmTimes, int Firms, decimal AmountClawedBack, double? MedianHoursEligibleToPaid);
