using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Qingmeng.ServiceDefaults.Validation;

/// <summary>
/// Chinese texts for the messages DataAnnotations writes in English. .NET 10's minimal-API validation
/// (Microsoft.Extensions.Validation) offers no hook for its messages, and setting ErrorMessage on every attribute
/// would scatter the wording over every contract; so the one place that writes validation problems translates them,
/// keeping the English beside the Chinese: "title 的长度不能超过 200 个字符 (The field Title must be …)".
/// </summary>
public static partial class ChineseValidationMessages
{
    /// <summary>The English template each attribute formats ({0} the field, then the attribute's own arguments), and its Chinese.</summary>
    private static readonly MessageTemplate[] Templates =
    [
        new(typeof(RequiredAttribute), "The {0} field is required.", "{0} 为必填项"),
        new(typeof(StringLengthAttribute), "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.", "{0} 的长度须在 {2} 到 {1} 个字符之间"),
        new(typeof(StringLengthAttribute), "The field {0} must be a string with a maximum length of {1}.", "{0} 的长度不能超过 {1} 个字符"),
        new(typeof(MaxLengthAttribute), "The field {0} must be a string or array type with a maximum length of '{1}'.", "{0} 的长度或项数不能超过 {1}"),
        new(typeof(MinLengthAttribute), "The field {0} must be a string or array type with a minimum length of '{1}'.", "{0} 的长度或项数不能少于 {1}"),
        new(typeof(LengthAttribute), "The field {0} must be a string or collection type with a minimum length of '{1}' and maximum length of '{2}'.", "{0} 的长度或项数须在 {1} 到 {2} 之间"),
        new(typeof(RangeAttribute), "The field {0} must be between {1} exclusive and {2} exclusive.", "{0} 须大于 {1} 且小于 {2}"),
        new(typeof(RangeAttribute), "The field {0} must be between {1} exclusive and {2}.", "{0} 须大于 {1} 且不超过 {2}"),
        new(typeof(RangeAttribute), "The field {0} must be between {1} and {2} exclusive.", "{0} 须不小于 {1} 且小于 {2}"),
        new(typeof(RangeAttribute), "The field {0} must be between {1} and {2}.", "{0} 须在 {1} 到 {2} 之间"),
        new(typeof(RegularExpressionAttribute), "The field {0} must match the regular expression '{1}'.", "{0} 的格式不正确（须符合 {1}）"),
        new(typeof(EmailAddressAttribute), "The {0} field is not a valid e-mail address.", "{0} 不是有效的电子邮箱地址"),
        new(typeof(PhoneAttribute), "The {0} field is not a valid phone number.", "{0} 不是有效的电话号码"),
        new(typeof(UrlAttribute), "The {0} field is not a valid fully-qualified http, https, or ftp URL.", "{0} 不是有效的 http、https 或 ftp 网址"),
        new(typeof(CreditCardAttribute), "The {0} field is not a valid credit card number.", "{0} 不是有效的银行卡号"),
        new(typeof(FileExtensionsAttribute), "The {0} field only accepts files with the following extensions: {1}", "{0} 只接受以下扩展名的文件：{1}"),
        new(typeof(CompareAttribute), "'{0}' and '{1}' do not match.", "{0} 与 {1} 不一致"),
        new(typeof(AllowedValuesAttribute), "The {0} field does not equal any of the values specified in AllowedValuesAttribute.", "{0} 的值不在允许的取值之内"),
        new(typeof(DeniedValuesAttribute), "The {0} field equals one of the values specified in DeniedValuesAttribute.", "{0} 的值属于不允许的取值"),
        new(typeof(Base64StringAttribute), "The {0} field is not a valid Base64 encoding.", "{0} 不是有效的 Base64 编码"),
        new(typeof(CustomValidationAttribute), "{0} is not valid.", "{0} 的值无效"),
        // The base class's message, used by EnumDataType, DataType and attributes that set no message of their own.
        new(typeof(ValidationAttribute), "The field {0} is invalid.", "{0} 的值无效"),
    ];

    /// <summary>The attribute types whose English messages have a Chinese text here.</summary>
    public static IReadOnlySet<Type> TranslatedAttributeTypes { get; } = Templates.Select(t => t.AttributeType).ToHashSet();

    /// <summary>
    /// The Chinese text, with the English beside it, for a message DataAnnotations wrote; a message already in
    /// Chinese (the project's own attributes write Chinese) or of unknown form is returned unchanged.
    /// </summary>
    public static string Translate(string message)
    {
        if (ContainsChinese(message))
        {
            return message;
        }
        foreach (var template in Templates)
        {
            var match = template.Pattern.Match(message);
            if (match.Success)
            {
                return $"{template.Format(match)} ({message})";
            }
        }
        return message;
    }

    /// <summary>Whether <paramref name="text"/> has at least one CJK ideograph.</summary>
    public static bool ContainsChinese(string? text) => text is not null && Cjk().IsMatch(text);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    private sealed class MessageTemplate(Type attributeType, string english, string chinese)
    {
        public Type AttributeType { get; } = attributeType;

        public Regex Pattern { get; } = new(
            "^" + Regex.Replace(Regex.Escape(english), @"\\\{(\d)}", m => $"(?<a{m.Groups[1].Value}>.+?)") + "$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline);

        public string Format(Match match) => Regex.Replace(chinese, @"\{(\d)}", m =>
        {
            var value = match.Groups["a" + m.Groups[1].Value].Value;
            // Fields are named as the JSON names them (title, not Title), as the errors' keys are.
            return m.Groups[1].Value == "0" ? JsonNamingPolicy.CamelCase.ConvertName(value) : value;
        });
    }
}
