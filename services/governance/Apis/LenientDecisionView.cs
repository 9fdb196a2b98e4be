using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.ServiceDefaults.Data;

using RecordPenaltyResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Created<Qingmeng.Governance.Apis.PenaltyView>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<Qingmeng.Governance.Apis.PenaltyView>,
    Microsoft.AspNetCore.Http.HttpResults.Created<Qingmeng.Governance.Apis.LenientDecisionView>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<Qingmeng.Governance.Apis.LenientDecisionView>,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Qingmeng.Governance.Apis;

/// <summary>A 不予处罚 decision, or the lenient basis of a reduced penalty, with the rule's legal basis and the conditions as checked.</summary>
public sealed record LenientDecisionView(
    Guid Id, string Reference, string CreditCode, string RuleCode, string Offence, LenientTreatment Treatment, string LegalBasis,
    IReadOnlyList<string> Conditions, PenaltyCategory Category, DateOnly DecidedOn, string Description, string? DepartmentCode, Guid? PenaltyId,
    DateTimeOffset RecordedAt)
{
    public static LenientDecisionView From(LenientDecision d) => new(
        d.Id, d.Reference, d.CreditCode, d.RuleCode, d.Offence, d.Treatment, d.LegalBasis, d.Conditions.Split('\n'), d.Category, d.DecidedOn,
        d.Description, d.DepartmentCode, d.PenaltyId, d.RecordedAt);
}

public sealed record LenientDecisionQuery(string? CreditCode);
