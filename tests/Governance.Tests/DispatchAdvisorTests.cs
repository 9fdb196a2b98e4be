using Qingmeng.Governance.Application;

namespace Governance.Tests;

public sealed class DispatchAdvisorTests
{
    private static readonly Dictionary<string, int> NoLoad = [];

    [Fact]
    public void Without_history_the_default_department_is_recommended_at_the_modules_limit()
    {
        var advice = DispatchAdvisor.Recommend("ZJJ", 15, [], NoLoad);

        Assert.Equal("ZJJ", advice.RecommendedDepartmentCode);
        Assert.Equal(15, advice.PredictedWorkingDays);
    }

    [Fact]
    public void The_department_that_closes_the_category_fastest_is_recommended_from_history()
    {
        DispatchHistory[] history = [new("ZJJ", 8), new("ZJJ", 10), new("CGJ", 3), new("CGJ", 4)];

        var advice = DispatchAdvisor.Recommend("ZJJ", 15, history, NoLoad);

        // CGJ averages 3.5 working days → 4; ZJJ averages 9.
        Assert.Equal("CGJ", advice.RecommendedDepartmentCode);
        Assert.Equal(4, advice.PredictedWorkingDays);
        Assert.Equal(9, advice.Candidates.Single(c => c.DepartmentCode == "ZJJ").PredictedWorkingDays);
    }

    [Fact]
    public void A_heavy_current_load_stretches_the_prediction_and_can_change_the_choice()
    {
        DispatchHistory[] history = [new("ZJJ", 5), new("CGJ", 4)];
        var load = new Dictionary<string, int> { ["CGJ"] = 20, ["ZJJ"] = 2 };

        var advice = DispatchAdvisor.Recommend("ZJJ", 15, history, load);

        // CGJ: 4 × (1 + 0.1 × 4) = 5.6 → 6; ZJJ: 5 × 1 = 5.
        Assert.Equal("ZJJ", advice.RecommendedDepartmentCode);
        Assert.Equal(5, advice.PredictedWorkingDays);
        Assert.Equal(6, advice.Candidates.Single(c => c.DepartmentCode == "CGJ").PredictedWorkingDays);
    }
}
