using System.ComponentModel.DataAnnotations;

namespace Qingmeng.ServiceDefaults.Validation;

/// <summary>Request validation for a mainland China mobile number. Null passes: combine with [Required].</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class MobileNumberAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || MobileNumber.Validate(value as string) is not { } error
            ? ValidationResult.Success
            : new ValidationResult(error, validationContext.MemberName is { } member ? [member] : null);
}
