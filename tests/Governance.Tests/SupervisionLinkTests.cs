using Qingmeng.Governance.Model;
using Qingmeng.Governance.Infrastructure.ReferenceData;
using Qingmeng.Governance.Model.Cases;
using static Governance.Tests.CaseBuilder;

namespace Governance.Tests;

/// <summary>A 督办 case names the approval task it supervises explicitly; nothing is guessed from its title.</summary>
public sealed class SupervisionLinkTests
{
    private static readonly Guid ProjectId = Guid.Parse("0199a0c4-1111-7000-8000-000000000001");
    private static readonly Guid TaskId = Guid.Parse("0199a0c4-2222-7000-8000-000000000002");

    [Fact]
    public void File_for_an_overdue_approval_task_names_the_project_and_task_in_CaseFiled()
    {
        var (supervision, filed) = Case.File("GD20260316000002", CaseChannel.ServiceEvent, GovernanceCatalogue.SupervisionModuleCode,
            "审批超时督办：建筑工程施工许可", "已超过法定办理时限。", "91350500MA31GJ8K73", null, null, "service:approval", Monday,
            sourceReference: Case.ApprovalSourceReference(ProjectId, TaskId));

        Assert.Equal((ProjectId, TaskId), supervision.SupervisedApprovalTask);
        Assert.Equal(ProjectId, filed.SupervisedProjectId);
        Assert.Equal(TaskId, filed.SupervisedTaskId);
    }

    [Fact]
    public void File_of_a_citizen_case_whose_title_contains_a_task_id_names_no_task()
    {
        var (complaint, filed) = Case.File("GD20260316000003", CaseChannel.Hotline, "SAFE-PROD",
            $"投诉审批拖延（任务 {TaskId}）", "请督办。", null, "13805951234", null, "citizen-1", Monday);

        Assert.Null(complaint.SupervisedApprovalTask);
        Assert.Null(filed.SupervisedProjectId);
        Assert.Null(filed.SupervisedTaskId);
    }
}
