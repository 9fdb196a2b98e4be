using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Model.Policies;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>What is kept of every consultation: the asking firm's eligibility for the cited policies, and the question as a demand signal.</summary>
public static class ConsultationRecords
{
    /// <summary>
    /// Adds the asking firm's eligibility for the cited policies and keeps the masked question with its matches;
    /// <paramref name="creditCode"/> is the firm on the asker's token (never from the request), or null.
    /// </summary>
    public static async Task<ConsultAnswer> KeepAsync(
        PolicyMatchContext db, string question, ConsultPlan plan, ConsultAnswer answer, string? creditCode, TimeProvider time,
        CancellationToken cancellationToken)
    {
        // Guides are the platform's services, not policies: no eligibility and no category to look up for them.
        var policies = answer.Citations.Where(c => !GuideCatalogue.IsGuide(c.PolicyCode)).ToList();
        if (creditCode is not null && answer.Answered)
        {
            answer = answer with
            {
                Eligibility = policies.Count == 0 ? [] : await FirmEligibility.ExplainAsync(db, creditCode, policies, time, cancellationToken),
            };
        }
        var answeredBy = answer.Answered ? answer.Citations.FirstOrDefault()?.PolicyCode : null;
        var theme = answeredBy is null || GuideCatalogue.IsGuide(answeredBy) ? null
            : await db.Policies.AsNoTracking().Where(p => p.Code == answeredBy).Select(p => (PolicyCategory?)p.Category).FirstOrDefaultAsync(cancellationToken);
        db.DemandSignals.Add(DemandSignal.FromQuestion(
            answer.QuestionId, PersonalDataMasker.Mask(question), answeredBy,
            plan.Matches.Select(m => new DemandSignalMatch(m.PolicyCode, m.Version, m.Score, m.Coverage)),
            creditCode, theme, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return answer;
    }
}
