using Qingmeng.Approval.Infrastructure.DemoData;
using Qingmeng.Approval.Infrastructure.ReferenceData;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Validation;
using static Qingmeng.Approval.Tests.TestTasks;

namespace Qingmeng.Approval.Tests;

public sealed class DemoDataTests
{
    [Fact]
    public void The_demo_portfolio_has_47_key_projects_of_14_firms_each_under_one_valid_credit_code_and_11_at_groundbreaking()
    {
        var portfolio = ApprovalDemoData.Portfolio().ToList();
        Assert.Equal(47, portfolio.Count);
        Assert.All(portfolio, p => Assert.True(UnifiedSocialCreditCode.IsValid(p.CreditCode), p.CreditCode));
        // A firm has one credit code (the firm register's), whichever of its projects names it.
        Assert.Equal(14, portfolio.Select(p => p.CreditCode).Distinct().Count());
        Assert.Equal(14, portfolio.Select(p => (p.Firm, p.CreditCode)).Distinct().Count());
        Assert.Equal("杰嘉电子智能终端生产基地", portfolio[0].Project);
        Assert.Equal("路金汽车精密零部件生产基地", portfolio[1].Project);

        var ready = 0;
        var at = Cst(2026, 3, 2);
        for (var i = 0; i < portfolio.Count; i++)
        {
            var tasks = CatalogueSeed.Document.SubItems.Where(s => s.IncludedByDefault).Select(s => New(s.Code, at)).ToList();
            ApprovalDemoData.Progress(i, tasks, at, Calendar);
            if (ProjectPlanner.Predict(tasks, Calendar, Cst(2026, 11, 1)).Ready)
            {
                ready++;
            }
        }
        Assert.Equal(11, ready);
    }
}
