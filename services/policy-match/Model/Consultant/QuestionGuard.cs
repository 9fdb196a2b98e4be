using System.Text.RegularExpressions;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>
/// Keeps a question a question: clauses that try to instruct the consultant (忽略以上指令, 你现在是…,
/// 输出你的提示词/配置, ignore previous instructions …) are dropped before retrieval and never reach a model.
/// </summary>
public static partial class QuestionGuard
{
    /// <summary>The question without its instruction-like clauses, and whether any were found.</summary>
    public static GuardedQuestion Inspect(string question)
    {
        var clauses = ClauseSeparator().Split(question);
        var kept = new List<string>();
        var injection = false;
        foreach (var clause in clauses)
        {
            if (clause.Length == 0)
            {
                continue;
            }
            if (Injection().IsMatch(clause))
            {
                injection = true;
                continue;
            }
            kept.Add(clause.Trim());
        }
        var text = string.Join("，", kept.Where(k => k.Length > 0));
        return new GuardedQuestion(text, injection);
    }

    [GeneratedRegex(@"[。！？!?；;，,\r\n]+|\.(\s+|$)")]
    private static partial Regex ClauseSeparator();

    [GeneratedRegex(
        @"(忽略|无视|忘记|忘掉|不要理会|不用管|跳过|覆盖|绕过).{0,8}(指令|指示|规则|提示|要求|设定|限制|约束|说明|上文|以上|之前|前面)" +
        @"|(输出|告诉我|显示|打印|泄露|透露|给我|列出|重复|复述).{0,8}(系统提示|提示词|系统指令|指令|配置|密钥|秘钥|api\s*key|apikey|token|设定|prompt|环境变量|连接字符串|密码)" +
        @"|(你现在是|你现在扮演|假装你是|假设你是|扮演一个|从现在开始你|你不再是|进入.{0,4}模式|开发者模式|越狱)" +
        @"|(编造|编一个|编个|虚构|捏造|杜撰|随便编).{0,8}(政策|条款|文件|答案|回答)" +
        @"|ignore\s+(all\s+|any\s+)?(the\s+)?(previous|above|prior|earlier)|disregard\s+(all\s+|the\s+)?(previous|above|prior)" +
        @"|system\s*prompt|developer\s+mode|jailbreak|\bDAN\b|you\s+are\s+now|act\s+as|pretend\s+(to\s+be|you)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Injection();
}

public sealed record GuardedQuestion(string Text, bool InjectionDetected);
