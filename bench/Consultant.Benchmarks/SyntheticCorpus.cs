extern alias policymatch;

using policymatch::Qingmeng.PolicyMatch.Application.Consultant;
using policymatch::Qingmeng.PolicyMatch.Model.Consultant;
using policymatch::Qingmeng.PolicyMatch.Operations;

namespace Qingmeng.Benchmarks.Consultant;

/// <summary>
/// A large corpus made from the catalogue: each synthetic policy takes a catalogue policy's clauses, renames it
/// and varies its district, industry and figures, so postings grow as they would with thousands of real clauses.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Districts = ["清濛", "东海", "洛江", "丰泽", "鲤城", "晋江", "石狮", "南安", "惠安", "安溪", "永春", "德化"];
    private static readonly string[] Industries = ["纺织鞋服", "石油化工", "机械装备", "建材家居", "食品饮料", "电子信息", "新材料", "生物医药", "现代物流", "文化旅游"];

    public static List<PolicyDocument> Build(IReadOnlyList<PolicyDocument> catalogue, int clauses)
    {
        var documents = new List<PolicyDocument>();
        var count = 0;
        for (var i = 0; count < clauses; i++)
        {
            var source = catalogue[i % catalogue.Count];
            var district = Districts[i % Districts.Length];
            var industry = Industries[i / Districts.Length % Industries.Length];
            var take = Math.Min(source.Clauses.Count, clauses - count);
            var rewritten = source.Clauses.Take(take).Select(c => c with
            {
                Text = c.Text.Replace("清濛", district, StringComparison.Ordinal) + $"{industry}企业参照执行，第{i % 97 + 1}批次。",
            }).ToList();
            documents.Add(source with
            {
                PolicyCode = $"SY-{i:00000}",
                Title = $"{district}{industry}{source.Title}",
                Summary = "",
                Clauses = rewritten,
            });
            count += take;
        }
        return documents;
    }
}
