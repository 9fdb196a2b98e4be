using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

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
        var today = ChinaTime.Today(time);
        var entry = new NewHousehold(request.HeadName, residentId!, phone!, request.MembersCount!.Value, request.DifficultyType!.Value, employer,
            request.Address, request.IncomePerCapita!.Value, request.Note);
        var outcome = await WelfareRegister.RegisterAsync(db, user, entry, time.GetUtcNow(), today, options.Value.WelfareReviewMonths, logger, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }
        return TypedResults.Created($"/api/talent/welfare/households/{outcome.Value.Id}", HouseholdView.From(outcome.Value, user, today));
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
        ILogger<WelfareHousehold> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var today = ChinaTime.Today(time);
        var outcome = await WelfareRegister.ReviewAsync(db, id, user, request.MembersCount!.Value, request.DifficultyType!.Value, request.IncomePerCapita!.Value,
            request.Note, time.GetUtcNow(), today, options.Value.WelfareReviewMonths, logger, cancellationToken);
        return Answer(outcome, user, today);
    }

    public static async Task<Results<Ok<HouseholdView>, NotFound, ProblemHttpResult>> Exit(
        Guid id, ExitHouseholdRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time,
        ILogger<WelfareHousehold> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var today = ChinaTime.Today(time);
        var outcome = await WelfareRegister.ExitAsync(db, id, user, request.Reason!.Value, request.Note, time.GetUtcNow(), today, logger, cancellationToken);
        return Answer(outcome, user, today);
    }

    public static async Task<Results<Ok<HouseholdView>, NotFound, ProblemHttpResult>> ReEnter(
        Guid id, ReEnterHouseholdRequest request, ClaimsPrincipal principal, TalentContext db, TimeProvider time, IOptions<TalentOptions> options,
        ILogger<WelfareHousehold> logger, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var today = ChinaTime.Today(time);
        MobileNumber.TryParse(request.Phone, out var phone);
        var outcome = await WelfareRegister.ReEnterAsync(db, id, user, request.MembersCount!.Value, request.DifficultyType!.Value, request.IncomePerCapita!.Value,
            request.Address, phone!, request.Note, time.GetUtcNow(), today, options.Value.WelfareReviewMonths, logger, cancellationToken);
        return Answer(outcome, user, today);
    }

    /// <summary>The changed household, or the refusal; an unknown household stays a bare 404.</summary>
    private static Results<Ok<HouseholdView>, NotFound, ProblemHttpResult> Answer(Outcome<WelfareHousehold> outcome, PlatformUser user, DateOnly today) =>
        outcome.Succeeded ? TypedResults.Ok(HouseholdView.From(outcome.Value, user, today))
        : outcome.Failure.Kind == FailureKind.NotFound ? TypedResults.NotFound()
        : outcome.Failure.ToProblem();
}
