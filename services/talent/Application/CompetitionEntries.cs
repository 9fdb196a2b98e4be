using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Application;

/// <summary>An entry in the 清濛杯 competition, as the officer recorded it.</summary>
public sealed record NewCompetitionEntry(int Edition, string ProjectName, string TeamLead, string Track, string? Award, int TalentsIntroduced);

/// <summary>A move of an entry's landing status: where the project landed (the firm's credit code), when, with how many talents.</summary>
public sealed record LandingChange(LandingStatus Status, string? CreditCode, DateOnly? LandedOn, int? TalentsIntroduced);

/// <summary>The 清濛杯 innovation competition: entries recorded, and whether their projects landed in the zone; each audited.</summary>
public static class CompetitionEntries
{
    public static async Task<Outcome<CompetitionEntry>> EnterAsync(
        TalentContext db, NewCompetitionEntry request, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = CompetitionEntry.Enter(request.Edition, request.ProjectName.Trim(), request.TeamLead.Trim(), request.Track.Trim(), request.Award?.Trim(), request.TalentsIntroduced, now);
        db.CompetitionEntries.Add(entry);
        db.AddAudit(user, "competition.entry_created", "competition_entry", entry.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Failure.Conflict("projectName", $"{request.ProjectName} 已报名第 {request.Edition} 届 ({request.ProjectName} is already entered in {request.Edition})")
                .Titled("参赛项目已存在 (Entry exists.)");
        }
        return entry;
    }

    /// <summary>
    /// Records how an entry has landed in the zone. Two changes at once: the first wins and the second is told the
    /// status the first left, instead of overwriting it unseen.
    /// </summary>
    public static Task<Outcome<CompetitionEntry>> UpdateLandingAsync(
        TalentContext db, Guid id, LandingChange change, PlatformUser user, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        UnifiedSocialCreditCode.TryParse(change.CreditCode, out var creditCode);
        return db.RunAsync(new Transition<CompetitionEntry>
        {
            Find = ct => db.CompetitionEntries.FirstOrDefaultAsync(e => e.Id == id, ct),
            NotFound = Failure.NotFound("id", "无此参赛项目 (no such entry)."),
            Apply = (entry, _) => Task.FromResult(Landing(entry, change, creditCode, today)),
            Record = entry => db.AddAudit(user, $"competition.landing_{change.Status.ToString().ToLowerInvariant()}", "competition_entry", entry.Id.ToString(), now),
            ConcurrentChangeFrom = current => Failure.Conflict("status",
                    $"处理期间落地状态已变为 {current.LandingStatus} (the landing status changed to {current.LandingStatus} meanwhile)")
                .Titled("处理期间参赛项目已被修改 (The entry changed while this request was being handled.)")
                .With("currentState", current.LandingStatus.ToString()),
        }, cancellationToken);
    }

    private static Failure? Landing(CompetitionEntry entry, LandingChange change, string? creditCode, DateOnly today)
    {
        if (change.LandedOn > today)
        {
            return Failure.Unprocessable("landedOn", "落地日期不能晚于今天 (landedOn cannot be after today)").Titled("落地日期晚于今天 (Landing date in the future.)");
        }
        return entry.UpdateLanding(change.Status, creditCode, change.LandedOn, change.TalentsIntroduced) is { } refusal
            ? Failure.Unprocessable(change.Status == LandingStatus.Landed ? "creditCode" : "status", refusal)
                .Titled("落地状态不能这样变更 (The landing status cannot change so.)")
            : null;
    }
}
