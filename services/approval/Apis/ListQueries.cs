using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Apis;

public sealed record ProjectQuery(ProjectStatus? Status, bool? KeyProject, string? Search);

public sealed record TaskQuery(ApprovalTaskStatus? Status, string? SubItemCode, bool? Overdue);
