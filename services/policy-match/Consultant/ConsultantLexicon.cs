using System.Collections.Frozen;

namespace Qingmeng.PolicyMatch.Consultant;

/// <summary>
/// What the consultant knows about how firms talk: the zone's policy terms (kept whole by the segmenter),
/// colloquial synonyms (借钱 → 贷款, 招人 → 招工, 高企 → 高新技术企业), words that say nothing about the
/// topic (补贴, 政策, 怎么办) and question fillers.
/// </summary>
public static class ConsultantLexicon
{
    /// <summary>Policy terms the segmenter must not split.</summary>
    public static readonly string[] DomainWords =
    [
        "专精特新", "小巨人", "专精特新小巨人", "单项冠军", "瞪羚企业", "独角兽企业", "高新技术企业", "高企", "科技型中小企业",
        "加计扣除", "研发费用", "研发投入", "研发机构", "技术中心", "工程技术研究中心", "新型研发机构", "孵化器", "众创空间",
        "首台套", "首批次", "首版次", "技术改造", "技改", "设备更新", "数字化转型", "智能化改造", "上云", "工业互联网",
        "稳岗", "稳岗返还", "以工代训", "就业见习", "见习补贴", "一次性吸纳就业补贴", "社保补贴", "社会保险补贴", "岗前培训",
        "职业技能培训", "引工大使", "招工", "用工", "高校毕业生", "高层次人才", "人才公寓", "安家补贴", "购房补贴", "生活补贴",
        "贴息", "贷款贴息", "纾困贷", "三争贷", "科创贷", "续贷", "知识产权质押", "融资担保", "担保费", "转贷", "应急转贷",
        "上市", "新三板", "北交所", "股改", "产业基金", "风险补偿", "规上", "小升规", "规模以上", "总部经济", "楼宇经济",
        "跨境电商", "外贸", "出口信用保险", "进出口", "境外展会", "参展", "外资", "招商引资", "落户", "房租补贴", "租金减免",
        "物流补贴", "电费补贴", "标准制定", "质量奖", "驰名商标", "品牌建设", "发明专利", "知识产权", "帮代办", "免申即享",
        "快申快享", "秒兑现", "一企一档", "营商环境", "信用修复", "首贷", "普惠金融", "技能人才", "博士后", "工作站", "升规",
    ];

    /// <summary>
    /// Groups of words firms use for the same thing; the first is how policies usually say it. A question word
    /// in a group also looks for the others (at a lower weight than the word itself).
    /// </summary>
    public static readonly string[][] SynonymGroups =
    [
        ["补贴", "补助", "奖励", "资助", "奖补", "扶持", "津贴", "给钱", "发钱", "奖金"],
        ["贷款", "借款", "借钱", "融资", "信贷", "贷"],
        ["贴息", "利息", "息"],
        ["社保", "社会保险", "五险", "五险一金"],
        ["高新技术企业", "高企", "高新企业", "国高"],
        ["专精特新", "小巨人", "专精特新小巨人"],
        ["研发", "研究开发", "科研", "研发投入", "研发费用", "搞研发"],
        ["招工", "招人", "招聘", "用工", "缺人", "引工", "招员工"],
        ["员工", "职工", "工人", "雇员", "人员"],
        ["房租", "租金", "租房", "租厂房", "厂房租赁"],
        ["外贸", "出口", "进出口", "对外贸易"],
        ["展会", "展览", "参展", "博览会", "展销会"],
        ["上市", "ipo", "挂牌"],
        ["人才", "人材"],
        ["高校毕业生", "大学生", "毕业生", "应届生", "应届毕业生"],
        ["购房", "买房", "房子"],
        ["公寓", "宿舍", "住房", "住处"],
        ["技术改造", "技改", "设备更新", "换设备", "新设备"],
        ["专利", "发明专利", "知识产权"],
        ["数字化转型", "数字化", "上云", "信息化", "智能化", "智能化改造"],
        ["落户", "迁入", "搬来", "搬到"],
        ["规上", "规模以上", "小升规", "升规"],
        ["培训", "技能培训", "职业培训", "岗前培训"],
        ["稳岗", "稳岗返还", "不裁员", "少裁员"],
        ["物流", "运费", "运输"],
        ["电费", "用电", "电价"],
        ["担保", "担保费", "融资担保"],
        ["孵化器", "孵化", "众创空间"],
        ["品牌", "商标", "驰名商标"],
        ["博士", "博士后"],
        ["首台套", "首台", "首套"],
        ["大赛", "比赛", "竞赛"],
        ["获奖", "拿奖", "得奖"],
        ["期满", "到期", "有效期满"],
        ["跨境电商", "跨境", "电商"],
        ["总部", "总部经济", "总部企业"],
        ["小微企业", "小微", "小企业"],
        ["春节", "过年", "年关", "春节期间"],
        ["境外", "国外", "海外", "国际"],
        ["高校", "大学", "院校", "学校"],
    ];

    /// <summary>Words that say a firm wants support but not which: they count little and prove no relevance.</summary>
    public static readonly FrozenSet<string> GenericWords = FrozenSet.ToFrozenSet(
    [
        "补贴", "补助", "奖励", "资助", "奖补", "扶持", "支持", "津贴", "给钱", "发钱", "奖金", "政策", "优惠", "企业", "公司",
        "单位", "厂", "工厂", "申请", "申报", "办理", "领取", "享受", "兑现", "条件", "要求", "资格", "资金", "钱", "万元", "元",
        "万", "最高", "标准", "金额", "额度", "流程", "手续", "材料", "需要", "能够", "能不能", "可不可以", "有没有", "是不是",
        "哪些", "怎样", "怎么样", "情况", "问题", "相关", "规定", "清濛", "开发区", "园区", "区里", "政府", "我司", "本公司",
        "办法", "措施", "若干", "实施", "细则", "给予", "一次性", "按照", "年度", "今年", "明年", "去年", "现在",
        // Asking how much a policy pays names no topic: its clauses say it in figures (1%, 50万元).
        "比例", "上限", "多少钱", "几成", "封顶",
    ], StringComparer.Ordinal);

    private static readonly string[] ColloquialStopWords =
    [
        "请问", "问一下", "问下", "咨询", "一下", "你好", "您好", "谢谢", "麻烦", "帮忙", "帮我", "看看", "知道", "想", "想问",
        "想要", "想知道", "我想", "咱们", "咱", "俺们", "我们", "我", "你们", "啥", "咋", "咋办", "怎么办", "怎么", "如何", "什么",
        "吗", "呢", "啊", "呀", "吧", "哈", "嘛", "哦", "喔", "么", "了", "的", "得", "地", "是", "有", "在", "和", "与", "或",
        "可以", "能", "会", "要", "去", "做", "搞", "弄", "给", "让", "被", "把", "都", "也", "还", "就", "才", "又", "再",
        "这个", "那个", "这种", "那种", "这样", "那样", "这边", "那边", "一个", "个", "些", "点", "一点", "多少", "几",
        "多", "少", "大概", "具体", "到底", "究竟", "一般", "现在", "目前", "已经", "刚", "刚刚", "最近", "听说", "据说",
        "说", "问", "请", "急", "急急", "在线", "等", "好", "行", "对", "不", "没", "没有", "有没有",
        "几个", "咋领", "怎么领", "拿到", "拿", "领", "做到", "评上", "下来", "批下来", "能补", "补", "块", "万块", "几万", "钱拿", "有钱", "区里",
    ];

    /// <summary>Question fillers and chat on top of the segmenter's own stop words.</summary>
    public static readonly FrozenSet<string> StopWords = LoadStopWords();

    private static FrozenSet<string> LoadStopWords()
    {
        var words = new HashSet<string>(ColloquialStopWords, StringComparer.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "jieba", "stopwords.txt");
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                var word = line.Trim().TrimStart('\uFEFF');
                if (word.Length > 0)
                {
                    words.Add(word);
                }
            }
        }
        // Numbers and "多少" matter little, but these do name topics in policy questions.
        words.ExceptWith(["开始", "经过", "结果", "用", "起"]);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
