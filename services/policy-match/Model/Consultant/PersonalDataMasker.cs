using System.Text.RegularExpressions;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>
/// Masks what could identify a person before a question is kept: mobile numbers (138****5678), resident ID
/// numbers, other long digit runs (bank cards, landlines), e-mail addresses and personal names introduced
/// the way people write them (我叫王小明, 联系人：李娜, 张伟先生). For retrieval and answering,
/// <see cref="WithoutPersonalData"/> drops the same spans with the words that introduce them, so who asks never
/// changes what is found or answered.
/// </summary>
public static partial class PersonalDataMasker
{
    private const string CommonSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柯庄洪施翁蔡骆欧颜";

    /// <summary>Stands for a dropped span until the clause it leaves behind is judged.</summary>
    private const char Dropped = '\uE000';

    public static string Mask(string text)
    {
        var masked = IdNumber().Replace(text, m => ResidentIdNumber.IsValid(m.Value) ? ResidentIdNumber.Mask(m.Value) : Hide(m.Value, 3, 2));
        masked = Mobile().Replace(masked, m => MobileNumber.Mask(m.Value));
        masked = LongDigits().Replace(masked, m => Hide(m.Value, 3, 2));
        masked = Email().Replace(masked, m => string.Concat(m.Groups["user"].Value.AsSpan(0, 1), "***@", m.Groups["domain"].Value));
        masked = IntroducedName().Replace(masked, m => m.Groups["lead"].Value + MaskName(m.Groups["name"].Value));
        masked = TitledName().Replace(masked, m => MaskName(m.Groups["name"].Value) + m.Groups["title"].Value);
        return masked;
    }

    /// <summary>
    /// The text with every span <see cref="Mask"/> would mask removed, together with what only introduces it
    /// (我是/我叫/联系人…, 电话/手机/邮箱/身份证号…). A masked token (陈**, 138****1234) would still be a word or a
    /// figure to the index and change the coverage of the question; removed, it weighs nothing. Clauses left
    /// with nothing but greetings or such labels are dropped; everything else keeps its place and punctuation.
    /// </summary>
    public static string WithoutPersonalData(string text)
    {
        var dropped = Dropped.ToString();
        var stripped = IdNumber().Replace(text, dropped);
        stripped = Mobile().Replace(stripped, dropped);
        stripped = LongDigits().Replace(stripped, dropped);
        stripped = Email().Replace(stripped, dropped);
        stripped = IntroducedName().Replace(stripped, dropped);
        stripped = TitledName().Replace(stripped, m => dropped + m.Groups["title"].Value);
        if (!stripped.Contains(Dropped, StringComparison.Ordinal))
        {
            return text;
        }
        stripped = ContactLabel().Replace(stripped, dropped);
        var kept = new List<string>();
        foreach (var clause in ClauseWithEnd().Matches(stripped).Select(m => m.Value))
        {
            if (!clause.Contains(Dropped, StringComparison.Ordinal))
            {
                kept.Add(clause);
                continue;
            }
            var rest = clause.Replace(dropped, "", StringComparison.Ordinal);
            if (Filler().IsMatch(rest))
            {
                continue;
            }
            kept.Add(rest);
        }
        return string.Concat(kept).Trim();
    }

    private static string MaskName(string name) =>
        name.Length >= 2 && CommonSurnames.Contains(name[0], StringComparison.Ordinal)
            ? name[0] + new string('*', name.Length - 1)
            : new string('*', name.Length);

    private static string Hide(string value, int head, int tail) =>
        value.Length <= head + tail ? new string('*', value.Length) : string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));

    [GeneratedRegex(@"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)(?:(?:\+|00)?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<!\d)\d[\d -]{9,}\d(?!\d)")]
    private static partial Regex LongDigits();

    [GeneratedRegex(@"(?<user>[A-Za-z0-9._%+-]+)@(?<domain>[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)")]
    private static partial Regex Email();

    // "我叫王小明", "姓名：李娜", "联系人张伟", "本人王芳，…", "我是陈静。"
    [GeneratedRegex(@"(?<lead>(我叫|我的名字是|名字叫|姓名[:：是为]?\s*|联系人[:：是为]?\s*|经办人[:：是为]?\s*|法人代表[:：是为]?\s*))(?<name>[\u4e00-\u9fff]{2,3})" +
        @"|(?<lead>我是|本人)(?<name>[\u4e00-\u9fff]{2,3})(?=[，,。.!！？?；;：:\s]|$)")]
    private static partial Regex IntroducedName();

    // What introduces a dropped span: "电话：", "手机号是", "我的邮箱", "身份证号码为", "(微信)".
    [GeneratedRegex(@"(?:我的|本人|联系|我)?(?:联系电话|联系方式|电话号码|电话|手机号码|手机号|手机|座机|邮箱地址|电子邮箱|邮箱|e-?mail|身份证号码|身份证号|身份证|证件号码|证件号|微信号|微信)\s*(?:是|为|[:：])?\s*\uE000",
        RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabel();

    // A clause with the punctuation that ends it (or the end of the text).
    [GeneratedRegex(@"[^，,。.!！？?；;\r\n]*(?:[，,。.!！？?；;\r\n]+|$)")]
    private static partial Regex ClauseWithEnd();

    // What a clause holds once its personal data is gone, when it said nothing else: greetings, 我是/本人, brackets.
    [GeneratedRegex(@"^[\s()（）:：、\-]*(?:(?:您好|你好|请问|我是|本人|我叫|以及|和|或|或者|及)[\s()（）:：、\-]*)*[，,。.!！？?；;\r\n]*$")]
    private static partial Regex Filler();

    // "张伟先生", "李娜女士", "王小明经理"
    [GeneratedRegex(@"(?<name>[" + CommonSurnames + @"][\u4e00-\u9fff]{1,2})(?<title>先生|女士|小姐|经理|老师|师傅|同志|主任|会计)")]
    private static partial Regex TitledName();
}
