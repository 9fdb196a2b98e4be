using Microsoft.AspNetCore.Identity;
using Qingmeng.Identity.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Identity.Infrastructure;

/// <summary>Account attributes that become claims are checked with the platform's validators (check characters included).</summary>
internal sealed class PlatformAccountValidator : IUserValidator<PlatformAccount>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PlatformAccount> manager, PlatformAccount user)
    {
        var errors = new List<IdentityError>();
        if (string.IsNullOrWhiteSpace(user.DisplayName))
        {
            errors.Add(new IdentityError { Code = nameof(PlatformAccount.DisplayName), Description = "姓名不能为空 (display name is required)" });
        }
        Check(errors, nameof(PlatformAccount.CreditCode), user.CreditCode, UnifiedSocialCreditCode.Validate);
        Check(errors, nameof(PlatformAccount.ResidentIdNumber), user.ResidentIdNumber, id => ResidentIdNumber.Validate(id));
        Check(errors, nameof(PlatformAccount.PhoneNumber), user.PhoneNumber, MobileNumber.Validate);
        if (user.IsFirmAdmin && user.CreditCode is null)
        {
            errors.Add(new IdentityError { Code = nameof(PlatformAccount.IsFirmAdmin), Description = "企业管理员必须绑定统一社会信用代码 (a firm administrator needs a credit code)" });
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static void Check(List<IdentityError> errors, string field, string? value, Func<string?, string?> validate)
    {
        if (value is not null && validate(value) is { } message)
        {
            errors.Add(new IdentityError { Code = field, Description = message });
        }
    }
}
