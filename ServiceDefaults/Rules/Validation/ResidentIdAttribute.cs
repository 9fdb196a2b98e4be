using System.ComponentModel.DataAnnotations;

namespace Qingmeng.ServiceDefaults.Validation;

/// <summary>Request validation for a resident ID number (GB 11643-1999, check character included). Null passes: combine with [Required].</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class ResidentIdAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || ResidentIdNumber.Validate(value as string) is not { } error
            ? ValidationResult.Success
            : new ValidationResult(error, validationContext.MemberName is { } member ? [member] : null);
}
