using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults.Tests.Problems;

/// <summary>Every validation attribute a contract can use reports in Chinese, whether DataAnnotations' or the project's own.</summary>
public sealed class ValidationAttributeMessagesTests
{
    /// <summary>One instance of each validation attribute type, configured as a contract would.</summary>
    private static readonly ValidationAttribute[] Samples =
    [
        new RequiredAttribute(),
        new StringLengthAttribute(200),
        new StringLengthAttribute(200) { MinimumLength = 2 },
        new MaxLengthAttribute(20),
        new MinLengthAttribute(1),
        new LengthAttribute(1, 20),
        new RangeAttribute(1, 60),
        new RangeAttribute(-90.0, 90.0),
        new RangeAttribute(typeof(decimal), "0", "10000000"),
        new RangeAttribute(0.0, 1.0) { MinimumIsExclusive = true },
        new RangeAttribute(0.0, 1.0) { MaximumIsExclusive = true },
        new RangeAttribute(0.0, 1.0) { MinimumIsExclusive = true, MaximumIsExclusive = true },
        new RegularExpressionAttribute("^[0-9]{4}$"),
        new EmailAddressAttribute(),
        new PhoneAttribute(),
        new UrlAttribute(),
        new CreditCardAttribute(),
        new FileExtensionsAttribute(),
        new CompareAttribute("Other"),
        new AllowedValuesAttribute("A", "B"),
        new DeniedValuesAttribute("A"),
        new Base64StringAttribute(),
        new CustomValidationAttribute(typeof(ValidationAttributeMessagesTests), nameof(AlwaysValid)),
        new EnumDataTypeAttribute(typeof(DayOfWeek)),
        new DataTypeAttribute(DataType.Date),
    ];

    public static TheoryData<string> SampleNames() => [.. Samples.Select(Name)];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_DataAnnotations_message_is_reported_in_Chinese_naming_the_field(string sample)
    {
        var attribute = Samples.Single(s => Name(s) == sample);
        var english = attribute.FormatErrorMessage("WalkingSpeed");

        var problem = ProblemDetailsHost.Customize(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["WalkingSpeed"] = [english] }));

        var message = Assert.Single(problem.Errors["walkingSpeed"]);
        Assert.True(HasChinese(message), message);
        Assert.StartsWith("walkingSpeed", message, StringComparison.Ordinal);
        Assert.EndsWith($"({english})", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_DataAnnotations_validation_attribute_type_has_a_sample()
    {
        var types = typeof(ValidationAttribute).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(ValidationAttribute)) && !t.IsAbstract);

        var missing = types.Where(t => !Samples.Any(s => s.GetType() == t)).Select(t => t.Name).ToArray();

        Assert.True(missing.Length == 0, $"no sample for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_project_validation_attribute_reports_in_Chinese()
    {
        var types = typeof(MobileNumberAttribute).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(ValidationAttribute)) && !t.IsAbstract)
            .ToArray();
        Assert.NotEmpty(types);

        foreach (var type in types)
        {
            var attribute = (ValidationAttribute)Activator.CreateInstance(type)!;
            var result = attribute.GetValidationResult("not-a-valid-value", new ValidationContext(new object()) { MemberName = "Value" });
            Assert.True(HasChinese(result?.ErrorMessage), $"{type.Name}: {result?.ErrorMessage}");
        }
    }

    public static ValidationResult? AlwaysValid(object? value) => ValidationResult.Success;

    private static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static string Name(ValidationAttribute attribute) => $"{attribute.GetType().Name}: {attribute.FormatErrorMessage("x")}";
}
