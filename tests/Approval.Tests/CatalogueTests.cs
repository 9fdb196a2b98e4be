using Qingmeng.Approval.Infrastructure.ReferenceData;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Tests;

public sealed class CatalogueTests
{
    private static readonly CatalogueDocument Seed = CatalogueSeed.Document;

    [Fact]
    public void The_seed_has_exactly_5_departments_16_items_and_35_sub_items()
    {
        Assert.Equal(5, Seed.Departments.Count);
        Assert.Equal(16, Seed.Items.Count);
        Assert.Equal(35, Seed.SubItems.Count);
        Assert.Equal(["AJJ", "FGJ", "HBJ", "ZJJ", "ZRJ"], Seed.Departments.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_seed_is_a_valid_acyclic_catalogue()
    {
        Assert.Empty(Seed.Validate());
        Assert.Null(DependencyGraph.FindCycle(Seed.SubItems.ToDictionary(s => s.Code, s => s.Prerequisites)));
    }

    [Fact]
    public void Every_department_has_items_and_every_item_has_sub_items_with_Chinese_names_materials_and_limits()
    {
        foreach (var department in Seed.Departments)
        {
            Assert.Contains(Seed.Items, i => i.DepartmentCode == department.Code);
        }
        foreach (var item in Seed.Items)
        {
            Assert.Contains(Seed.SubItems, s => s.ItemCode == item.Code);
        }
        foreach (var sub in Seed.SubItems)
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", sub.Name);
            Assert.NotEmpty(sub.Materials);
            Assert.InRange(sub.LimitWorkingDays, 1, 20);
        }
    }

    [Fact]
    public void The_stages_run_from_project_and_land_to_construction_permit_with_groundbreaking_gated_by_the_construction_permit()
    {
        var permit = Seed.Find("ZJJ-04-01")!;
        Assert.Equal("建筑工程施工许可证核发", permit.Name);
        Assert.True(permit.GatesGroundbreaking);
        Assert.Contains("ZRJ-03-02", permit.Prerequisites);
        Assert.All(Seed.SubItems.Where(s => s.Stage == ApprovalStage.Completion), s => Assert.False(s.GatesGroundbreaking));
        Assert.Equal("建设项目用地预审与选址意见书核发", Seed.Find("ZRJ-01-01")!.Name);
        Assert.Equal("建设项目环境影响报告书审批", Seed.Find("STHJ-01-01")!.Name);
        Assert.Equal("特殊建设工程消防设计审查", Seed.Find("ZJJ-01-01")!.Name);
    }

    [Fact]
    public void A_change_that_closes_a_cycle_is_refused_naming_the_cycle()
    {
        var landPreview = Seed.Find("ZRJ-01-01")!;
        var changed = Seed.WithSubItem(landPreview with { Prerequisites = ["ZJJ-04-01"] });

        var errors = changed.Validate();

        var message = Assert.Single(errors["prerequisites"]);
        Assert.Contains("cycle", message);
        Assert.Contains("ZRJ-01-01", message);
    }

    [Fact]
    public void A_change_naming_an_unknown_prerequisite_or_listing_a_material_twice_is_refused()
    {
        var sub = Seed.Find("FGJ-02-01")!;

        var errors = Seed.WithSubItem(sub with { Prerequisites = ["NOPE-01-01"], Materials = ["节能报告", "节能报告"] }).Validate();

        Assert.Contains(errors["prerequisites"], m => m.Contains("NOPE-01-01"));
        Assert.Contains(errors["materials"], m => m.Contains("节能报告"));
    }

    [Fact]
    public void A_new_version_leaves_the_previous_document_untouched()
    {
        var sub = Seed.Find("ZJJ-04-01")!;

        var changed = Seed.WithSubItem(sub with { LimitWorkingDays = 5 });

        Assert.Equal(5, changed.Find("ZJJ-04-01")!.LimitWorkingDays);
        Assert.Equal(7, Seed.Find("ZJJ-04-01")!.LimitWorkingDays);
    }

    [Fact]
    public void Topological_order_puts_every_prerequisite_first()
    {
        var graph = Seed.SubItems.ToDictionary(s => s.Code, s => s.Prerequisites);

        var order = DependencyGraph.TopologicalOrder(graph);

        Assert.Equal(35, order.Count);
        foreach (var sub in Seed.SubItems)
        {
            Assert.All(sub.Prerequisites, p => Assert.True(order.IndexOf(p) < order.IndexOf(sub.Code), $"{p} before {sub.Code}"));
        }
    }

    [Fact]
    public void The_land_seed_matches_the_zone_figures()
    {
        Assert.Equal(17, LandSeed.Sites.Count);
        Assert.Equal(285m, LandSeed.Sites.Sum(s => s.AreaMu));
        Assert.Equal(360_000m, LandSeed.Sites.Sum(s => s.AddedFloorArea));
        Assert.True(LandSeed.Sites.Sum(s => s.AddedOutputWan) > 200_000m, "新增产值超20亿元");
        Assert.True(LandSeed.Sites.Sum(s => s.AddedTaxWan) > 29_000m, "新增税收超2.9亿元");
        Assert.Contains(LandSeed.Sites, s => s.Name.Contains("恒祥"));
        Assert.Contains(LandSeed.Sites, s => s.Name.Contains("丰信旅游"));
        Assert.Contains(LandSeed.Sites, s => s.Name.Contains("亿恒"));
    }
}
