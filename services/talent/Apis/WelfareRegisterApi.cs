using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Talent.Apis;

/// <summary>
/// 困难群众档案: the rolling register of households in difficulty kept by the welfare (民政局) officers. Entries are
/// reviewed every <c>Talent:WelfareReviewMonths</c> months, leave with a reason and may re-enter; every change is in
/// the household's history and the audit trail.
/// </summary>
public static class WelfareRegisterApi
{
    public static IEndpointRouteBuilder MapWelfareRegisterApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/talent/welfare/households").WithTags("Worker welfare")
            .RequireAuthorization(TalentPolicies.WelfareOfficers);

        api.MapPost("/", Register).WithName("RegisterWelfareHousehold").WithSummary("Enter a household in difficulty in the register");
        api.MapGet("/", List).WithName("ListWelfareHouseholds").WithSummary("The register; filter by status, difficulty type or overdue review");
        api.MapGet("/{id:guid}", Get).WithName("GetWelfareHousehold").WithSummary("One household and its history");
        api.MapPost("/{id:guid}/reviews", Review).WithName("ReviewWelfareHousehold").WithSummary("Record the periodic review (动态复核); the next falls due months later");
        api.MapPost("/{id:guid}/exit", Exit).WithName("ExitWelfareHousehold").WithSummary("The household leaves the register, with a reason (脱困 …)");
        api.MapPost("/{id:guid}/re-entry", ReEnter).WithName("ReEnterWelfareHousehold").WithSummary("A household that left re-enters; its history is kept");
        return app;
    }

    public static async Task<Results<Created<HouseholdView>, ProblemHttpResult>> Register(
        RegisterHouseholdRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, IOptions<TalentOptions> options,
        ILogger<WelfareHousehold> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        ResidentIdNumber.TryParse(request.ResidentIdNumber, out var residentId);
        MobileNumber.TryParse(request.Phone, out var phone);
        string? employer = null;
        if (request.EmployerCreditCode is not null)
        {
            UnifiedSocialCreditCode.TryParse(request.EmployerCreditCode, out employer);
        }
        var personKey = PersonKey.Of(residentId!);
        if (await db.WelfareHouseholds.AsNoTracking().FirstOrDefaultAsync(h => h.PersonKey == personKey, cancellationToken) is { } existing)
        {
            return AlreadyKnown(existing);
        }
        var now = time.GetUtcNow();
        var today = ChinaTime.Today(time);
        var household = WelfareHousehold.Register(
            request.HeadName.Trim(), residentId!, personKey, PersonKey.Masked(residentId!), phone!, request.MembersCount!.Value, request.DifficultyType!.Value,
            employer, request.Address.Trim(), request.IncomePerCapita!.Value, user.Subject, today, options.Value.WelfareReviewMonths, now);
        db.WelfareHouseholds.Add(household);
        db.WelfareHouseholdHistory.Add(WelfareHouseholdHistory.Of(household, HouseholdAction.Registered, user.Subject, request.Note?.Trim(), today, now));
        db.AddAudit(user, "welfare.household_registered", "welfare_household", household.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another officer entered the same head at the same moment.
            return FieldProblems.Conflict("residentIdNumber", "该户主已建档 (this household head is already on file).", "已在册 (Already in the register.)");
        }
        TalentLog.HouseholdChanged(logger, household.Id, HouseholdAction.Registered);
        return TypedResults.Created($"/api/talent/welfare/households/{household.Id}", HouseholdView.From(household, user, today));
    }

    public static async Task<Ok<Page<HouseholdView>>> List(
        [AsParameters] PageRequest page, [AsParameters] HouseholdQuery query, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var today = ChinaTime.Today(time);
        var households = db.WelfareHouseholds.AsNoTracking();
        if (query.Status is { } status)
        {
            households = households.Where(h => h.Status == status);
        }
        if (query.DifficultyType is { } type)
        {
            households = households.Where(h => h.DifficultyType == type);
        }
        if (query.ReviewOverdue is { } overdue)
        {
            households = overdue
                ? households.Where(h => h.Status == HouseholdStatus.Registered && h.NextReviewDue < today)
                : households.Where(h => h.Status != HouseholdStatus.Registered || h.NextReviewDue >= today);
        }
        var count = await households.LongCountAsync(cancellationToken);
        var items = await households.OrderBy(h => h.Status).ThenBy(h => h.NextReviewDue).ThenBy(h => h.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<HouseholdView>(page.PageIndex, page.PageSize, count, items.ConvertAll(h => HouseholdView.From(h, user, today))));
    }

    public static async Task<Results<Ok<HouseholdDetailView>, NotFound>> Get(Guid id, ClaimsPrincipal principal, TalentContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var household = await db.WelfareHouseholds.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return TypedResults.NotFound();
        }
        var history = await db.WelfareHouseholdHistory.AsNoTracking().Where(h => h.HouseholdId == id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new HouseholdDetailView(HouseholdView.From(household, user, ChinaTime.Today(time)), history.ConvertAll(HouseholdHistoryView.From)));
    }

    public static async Task<Results<Ok<HouseholdView>, NotFound, ProblemHttpResult>> Review(
        Guid id, ReviewHouseholdRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, IOptions<TalentOptions> options,
        ILogger<WelfareHousehold> logger, CancellationToken cancellationToken) =>
        await ChangeAsync(id, principal, db, time, logger, HouseholdAction.Reviewed, "welfare.household_reviewed", request.Note, cancellationToken,
            (h, user, today) => h.Review(request.MembersCount!.Value, request.DifficultyType!.Value, request.IncomePerCapita!.Value, user.Subject, today, options.Value.WelfareReviewMonths)
                ? null
                : FieldProblems.Conflict("status", "该户已退出档案，复核前须重新纳入 (the household has left the register; re-enter it first).", "Not in the register.", [new("currentState", h.Status.ToString())]));

    public static async Task<Results<Ok<HouseholdView>, NotFound, ProblemHttpResult>> Exit(
        Guid id, ExitHouseholdRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time,
        ILogger<WelfareHousehold> logger, CancellationToken cancellationToken) =>
        await ChangeAsync(id, principal, db, time, logger, HouseholdAction.Exited, "welfare.household_exited", request.Note, cancellationToken,
            (h, user, today) => h.Exit(request.Reason!.Value, user.Subject, today)
                ? null
                : FieldProblems.Conflict("status", "该户已退出档案 (the household has already left the register).", "Already out of the register.", [new("currentState", h.Status.ToString())]));

    public static async Task<Results<Ok<HouseholdView>, NotFound, ProblemHttpResult>> ReEnter(
        Guid id, ReEnterHouseholdRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, IOptions<TalentOptions> options,
        ILogger<WelfareHousehold> logger, CancellationToken cancellationToken)
    {
        MobileNumber.TryParse(request.Phone, out var phone);
        return await ChangeAsync(id, principal, db, time, logger, HouseholdAction.ReEntered, "welfare.household_reentered", request.Note, cancellationToken,
            (h, user, today) => h.ReEnter(request.MembersCount!.Value, request.DifficultyType!.Value, request.IncomePerCapita!.Value, request.Address.Trim(), phone!,
                    user.Subject, today, options.Value.WelfareReviewMonths)
                ? null
                : FieldProblems.Conflict("status", "该户仍在档案中，无需重新纳入 (the household is still in the register).", "Still in the register.", [new("currentState", h.Status.ToString())]));
    }

    /// <summary>Loads the household, applies one change (or refuses it), and records history and audit in the same save.</summary>
    private static async Task<Results<Ok<HouseholdView>, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid id, ClaimsPrincipal principal, TalentContext db, TimeProvider time, ILogger logger, HouseholdAction action, string auditAction, string? note,
        CancellationToken cancellationToken, Func<WelfareHousehold, PlatformUser, DateOnly, ProblemHttpResult?> change)
    {
        var user = PlatformUser.From(principal);
        var household = await db.WelfareHouseholds.FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return TypedResults.NotFound();
        }
        var now = time.GetUtcNow();
        var today = ChinaTime.Today(time);
        if (change(household, user, today) is { } refusal)
        {
            return refusal;
        }
        db.WelfareHouseholdHistory.Add(WelfareHouseholdHistory.Of(household, action, user.Subject, note?.Trim(), today, now));
        db.AddAudit(user, auditAction, "welfare_household", household.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FieldProblems.Conflict("status", "其他工作人员同时修改了该户，请刷新后重试 (another officer changed this household at the same time; reload and try again)", "已被他人同时修改 (Changed concurrently.)");
        }
        TalentLog.HouseholdChanged(logger, household.Id, action);
        return TypedResults.Ok(HouseholdView.From(household, user, today));
    }

    private static ProblemHttpResult AlreadyKnown(WelfareHousehold existing) => TypedResults.Problem(
        title: existing.Status == HouseholdStatus.Registered ? "已在册 (Already in the register.)" : "此前已退出名册 (Left the register earlier.)",
        detail: existing.Status == HouseholdStatus.Registered
            ? "该户主已建档 (this household head is already on file)."
            : "该户曾建档后退出，请通过重新纳入恢复档案 (the household left the register; use re-entry to keep its history).",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?>
        {
            ["field"] = "residentIdNumber",
            ["errors"] = new Dictionary<string, string[]> { ["residentIdNumber"] = ["该户主已建档 (this household head is already on file)."] },
            ["householdId"] = existing.Id,
            ["currentState"] = existing.Status.ToString(),
        });
}
