using System.ComponentModel.DataAnnotations;

namespace Qingmeng.ServiceDefaults.Validation;

/// <summary>Request validation for 统一社会信用代码 (GB 32100-2015, both check characters). Null passes: combine with [Required].</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class UnifiedSocialCreditCodeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || UnifiedSocialCreditCode.Validate(value as string) is not { } error
            ? ValidationResult.Success
            : new ValidationResult(error, validationContext.MemberName is { } member ? [member] : null);
}
