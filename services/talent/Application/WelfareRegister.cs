using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>A household head entered in the register, as the welfare officer gave it (numbers already validated).</summary>
public sealed record NewHousehold(
    string HeadName, string ResidentId, string Phone, int MembersCount, DifficultyType DifficultyType, string? EmployerCreditCode,
    string Address, decimal IncomePerCapita, string? Note);

/// <summary>
/// The register of households in difficulty (困难群众档案): entry, the periodic review (动态复核), exit and re-entry.
/// Each change writes the household, its history row and the audit entry in one save.
/// </summary>
public static class WelfareRegister
{
    private const string HouseholdNotFound = "档案中无此户 (no household with this id in the register).";

    public static async Task<Outcome<WelfareHousehold>> RegisterAsync(
        TalentContext db, PlatformUser user, NewHousehold entry, DateTimeOffset now, DateOnly today, int reviewMonths, ILogger logger,
        CancellationToken cancellationToken)
    {
        var personKey = PersonKey.Of(entry.ResidentId);
        if (await db.WelfareHouseholds.AsNoTracking().FirstOrDefaultAsync(h => h.PersonKey == personKey, cancellationToken) is { } existing)
        {
            return AlreadyKnown(existing);
        }
        var household = WelfareHousehold.Register(
            entry.HeadName.Trim(), entry.ResidentId, personKey, PersonKey.Masked(entry.ResidentId), entry.Phone, entry.MembersCount, entry.DifficultyType,
            entry.EmployerCreditCode, entry.Address.Trim(), entry.IncomePerCapita, user.Subject, today, reviewMonths, now);
        db.WelfareHouseholds.Add(household);
        db.WelfareHouseholdHistory.Add(WelfareHouseholdHistory.Of(household, HouseholdAction.Registered, user.Subject, entry.Note?.Trim(), today, now));
        db.AddAudit(user, "welfare.household_registered", "welfare_household", household.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another officer entered the same head at the same moment.
            return Failure.Conflict("residentIdNumber", "该户主已建档 (this household head is already on file).").Titled("已在册 (Already in the register.)");
        }
        TalentLog.HouseholdChanged(logger, household.Id, HouseholdAction.Registered);
        return household;
    }

    public static Task<Outcome<WelfareHousehold>> ReviewAsync(
        TalentContext db, Guid id, PlatformUser user, int members, DifficultyType type, decimal incomePerCapita, string? note,
        DateTimeOffset now, DateOnly today, int reviewMonths, ILogger logger, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, user, HouseholdAction.Reviewed, "welfare.household_reviewed", note, now, today, logger, cancellationToken,
            h => h.Review(members, type, incomePerCapita, user.Subject, today, reviewMonths)
                ? null
                : WrongState(h, "该户已退出档案，复核前须重新纳入 (the household has left the register; re-enter it first).", "Not in the register."));

    public static Task<Outcome<WelfareHousehold>> ExitAsync(
        TalentContext db, Guid id, PlatformUser user, ExitReason reason, string? note, DateTimeOffset now, DateOnly today, ILogger logger,
        CancellationToken cancellationToken) =>
        ChangeAsync(db, id, user, HouseholdAction.Exited, "welfare.household_exited", note, now, today, logger, cancellationToken,
            h => h.Exit(reason, user.Subject, today)
                ? null
                : WrongState(h, "该户已退出档案 (the household has already left the register).", "Already out of the register."));

    public static Task<Outcome<WelfareHousehold>> ReEnterAsync(
        TalentContext db, Guid id, PlatformUser user, int members, DifficultyType type, decimal incomePerCapita, string address, string phone,
        string? note, DateTimeOffset now, DateOnly today, int reviewMonths, ILogger logger, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, user, HouseholdAction.ReEntered, "welfare.household_reentered", note, now, today, logger, cancellationToken,
            h => h.ReEnter(members, type, incomePerCapita, address.Trim(), phone, user.Subject, today, reviewMonths)
                ? null
                : WrongState(h, "该户仍在档案中，无需重新纳入 (the household is still in the register).", "Still in the register."));

    /// <summary>One change on the shared transition runner: the history row and the audit entry go in the same save.</summary>
    private static Task<Outcome<WelfareHousehold>> ChangeAsync(
        TalentContext db, Guid id, PlatformUser user, HouseholdAction action, string auditAction, string? note, DateTimeOffset now, DateOnly today,
        ILogger logger, CancellationToken cancellationToken, Func<WelfareHousehold, Failure?> change) =>
        db.RunAsync(new Transition<WelfareHousehold>
        {
            Find = ct => db.WelfareHouseholds.FirstOrDefaultAsync(h => h.Id == id, ct),
            NotFound = Failure.NotFound("id", HouseholdNotFound),
            Apply = (household, _) => Task.FromResult(change(household)),
            Record = household =>
            {
                db.WelfareHouseholdHistory.Add(WelfareHouseholdHistory.Of(household, action, user.Subject, note?.Trim(), today, now));
                db.AddAudit(user, auditAction, "welfare_household", household.Id.ToString(), now);
            },
            AfterSave = household => TalentLog.HouseholdChanged(logger, household.Id, action),
            ConcurrentChange = Failure.Conflict("status",
                    "其他工作人员同时修改了该户，请刷新后重试 (another officer changed this household at the same time; reload and try again)")
                .Titled("已被他人同时修改 (Changed concurrently.)"),
        }, cancellationToken);

    private static Failure WrongState(WelfareHousehold household, string message, string title) =>
        Failure.Conflict("status", message).Titled(title).With("currentState", household.Status.ToString());

    /// <summary>The head is on file already: in the register, or out of it (then re-entry keeps the history).</summary>
    private static Failure AlreadyKnown(WelfareHousehold existing)
    {
        const string onFile = "该户主已建档 (this household head is already on file).";
        var registered = existing.Status == HouseholdStatus.Registered;
        return Failure.Conflict("residentIdNumber", registered
                ? onFile
                : "该户曾建档后退出，请通过重新纳入恢复档案 (the household left the register; use re-entry to keep its history).")
            .Titled(registered ? "已在册 (Already in the register.)" : "此前已退出名册 (Left the register earlier.)")
            // The errors member names the collision itself, whichever way the detail advises.
            .With("errors", new Dictionary<string, string[]> { ["residentIdNumber"] = [onFile] })
            .With("householdId", existing.Id)
            .With("currentState", existing.Status.ToString());
    }
}
