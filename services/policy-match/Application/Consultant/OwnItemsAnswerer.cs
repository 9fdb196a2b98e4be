using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;
using Qingmeng.PolicyMatch.Application;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>
/// Answers "我的工单办到哪了 / 我的补贴到账了吗" from the services that own the items: the firm's claims and payments from
/// policy-match's own records, cases from governance with the asker's own token. Only firm and citizen accounts have
/// items of their own here; nobody ever sees another's (claims are filtered by the token's credit code, cases by
/// governance's own rules for the forwarded token). An anonymous asker is told to sign in.
/// </summary>
public sealed class OwnItemsAnswerer(
    PolicyMatchContext db,
    GovernanceCasesClient governance,
    ILogger<OwnItemsAnswerer> logger)
{
    private const int NewestClaims = 5;

    public const string SignInText = "查询您自己的工单和补贴申领进度需要先登录清濛平台（企业或个人账号），登录后再问小濛即可。";

    /// <summary>
    /// Adds the asker's own items to the answer written for the question. The guide or policy answer stays beside them
    /// (how a case proceeds, how fast a benefit pays); when there is none, the items are the answer. An anonymous asker is
    /// told to sign in, with the general answer if there is one.
    /// </summary>
    public async Task<ConsultAnswer> AddToAsync(
        ConsultAnswer answer, ConsultPlan plan, ClaimsPrincipal principal, string? bearerToken, CancellationToken cancellationToken)
    {
        if (plan.OwnItems == OwnItemKinds.None)
        {
            return answer;
        }
        var (text, items, signedIn) = await ReadAsync(plan.OwnItems, answer.QuestionId, principal, bearerToken, cancellationToken);
        if (answer.Answered)
        {
            return answer with { Answer = text + "\n\n" + answer.Answer, OwnItems = items };
        }
        return answer with
        {
            Answered = signedIn,
            Answer = text,
            Mode = "own-items",
            Referral = null,
            Citations = [],
            Decision = signedIn ? "own-items" : "sign-in",
            OwnItems = items,
        };
    }

    /// <summary>What is added in front of the answer's own text (the streamed answer sends it first).</summary>
    public async Task<(string Text, IReadOnlyList<OwnItemView> Items, bool SignedIn)> ReadAsync(
        OwnItemKinds kinds, Guid questionId, ClaimsPrincipal principal, string? bearerToken, CancellationToken cancellationToken)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return (SignInText, [], false);
        }
        var user = PlatformUser.From(principal);
        var firm = user.OwnFirm();
        if (firm is null && !user.IsInRole(PlatformRoles.Citizen))
        {
            return ("「我的事项」查询面向企业和个人账号；工作人员请在工作台查看所经办的事项。", [], true);
        }

        var text = new StringBuilder();
        var items = new List<OwnItemView>();
        if (kinds.HasFlag(OwnItemKinds.Claims))
        {
            if (firm is null)
            {
                text.Append("补贴申领面向企业，个人账号下没有补贴申领记录。\n");
            }
            else
            {
                var claims = await db.Claims.AsNoTracking()
                    .Where(c => c.CreditCode == firm)
                    .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
                    .Take(NewestClaims)
                    .ToListAsync(cancellationToken);
                if (claims.Count == 0)
                {
                    text.Append("贵企业目前没有补贴申领或兑现记录。\n");
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $"贵企业最近的 {claims.Count} 笔补贴申领：\n");
                    foreach (var claim in claims)
                    {
                        var item = OwnItemView.From(claim);
                        items.Add(item);
                        text.Append(CultureInfo.InvariantCulture, $"- {item.Title}（{item.Reference}）：{item.StatusText}\n");
                    }
                }
            }
        }
        if (kinds.HasFlag(OwnItemKinds.Cases))
        {
            if (string.IsNullOrEmpty(bearerToken))
            {
                text.Append("工单进度需要以您本人的登录身份查询，请在平台「我的工单」中查看。\n");
            }
            else
            {
                try
                {
                    var page = await governance.NewestAsync(bearerToken, cancellationToken);
                    if (page.Items.Count == 0)
                    {
                        text.Append("您目前没有提交过的工单。\n");
                    }
                    else
                    {
                        text.Append(CultureInfo.InvariantCulture, $"您最近的 {page.Items.Count} 件工单（共 {page.Count} 件）：\n");
                        foreach (var found in page.Items)
                        {
                            var item = OwnItemView.From(found);
                            items.Add(item);
                            text.Append(CultureInfo.InvariantCulture, $"- {item.Reference} {item.Title}：{item.StatusText}\n");
                        }
                    }
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // Unreachable, unresolved by discovery, circuit open, timed out or an unexpected reply: the claims still
                    // answer, and the asker is told where to look.
                    ConsultantLog.OwnCasesUnavailable(logger, questionId, ex.GetType().Name);
                    text.Append("工单系统暂时无法查询，请稍后再问，或在平台「我的工单」中查看。\n");
                }
            }
        }
        return (text.ToString().TrimEnd(), items, true);
    }
}

/// <summary>One of the asker's own items: a subsidy claim or a case, with where it stands.</summary>
/// <param name="Kind"><c>claim</c> or <c>case</c>.</param>
/// <param name="Reference">The policy code of a claim, the case number of a case.</param>
/// <param name="Status">The owning service's status name (Paid, InProgress …).</param>
/// <param name="StatusText">Where it stands, in words.</param>
public sealed record OwnItemView(string Kind, Guid Id, string Reference, string Title, string Status, string StatusText, DateTimeOffset Since)
{
    public static OwnItemView From(SubsidyClaim claim)
    {
        var text = claim.Status switch
        {
            ClaimStatus.Paid => $"已兑现 {claim.PaidAmount ?? claim.Amount:0.##} 元（{Day(claim.PaidAt ?? claim.CreatedAt)} 拨付）",
            ClaimStatus.Submitted => $"审核中，申请金额 {claim.Amount:0.##} 元" + (claim.ReviewDueAt is { } due ? $"，审核期限至 {Day(due)}" : ""),
            ClaimStatus.Offered => $"免申即享待您确认，金额 {claim.Amount:0.##} 元，确认后即拨付",
            ClaimStatus.Rejected => "未通过审核" + (string.IsNullOrEmpty(claim.Reason) ? "" : $"：{claim.Reason}"),
            ClaimStatus.Declined => "贵企业已放弃该项兑现",
            _ => claim.Status.ToString(),
        };
        return new OwnItemView("claim", claim.Id, claim.PolicyCode, claim.PolicyTitle, claim.Status.ToString(),
            string.Create(CultureInfo.InvariantCulture, $"{text}"), claim.CreatedAt);
    }

    public static OwnItemView From(GovernanceCase found)
    {
        var text = found.Status switch
        {
            "Accepted" => "已受理，等待派单",
            "Dispatched" => "已派单，等待承办部门签收",
            "Returned" => "承办部门已退单，正在重新派单",
            "InProgress" => "承办部门办理中" + (found.CompletionDueAt is { } due ? $"，办理期限至 {Day(due)}" : ""),
            "AwaitingCoHandlers" => "主办部门已办结，等待协办部门反馈",
            "Closed" => "已办结" + (string.IsNullOrEmpty(found.Resolution) ? "" : $"：{found.Resolution}"),
            "FollowedUp" => "已办结并回访",
            _ => found.Status,
        };
        return new OwnItemView("case", found.Id, found.Number, found.Title, found.Status, text, found.FiledAt);
    }

    private static string Day(DateTimeOffset at) =>
        ChinaTime.ToChinaDate(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
