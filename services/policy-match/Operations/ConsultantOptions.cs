using System.ComponentModel.DataAnnotations;

namespace Qingmeng.PolicyMatch.Operations;

/// <summary>
/// The consultant's settings (section <c>Consultant</c>). The built-in extractive mode is the default and needs
/// nothing outside the machine; <see cref="ConsultantMode.Model"/> lets an OpenAI-compatible endpoint (DeepSeek's
/// API is one) write the answer from the retrieved passages.
/// </summary>
public sealed class ConsultantOptions : IValidatableObject
{
    public const string SectionName = "Consultant";

    public ConsultantMode Mode { get; set; } = ConsultantMode.Extractive;

    /// <summary>Base address of the OpenAI-compatible API, e.g. https://api.deepseek.com/v1.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Model name, e.g. deepseek-chat.</summary>
    public string? Model { get; set; }

    /// <summary>API key; from user secrets or the environment, never from a checked-in file.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long to wait for the model before answering in the built-in mode instead.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ModelTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The calibrated thresholds that decide between an answer, candidates, a referral and out of scope.</summary>
    public AnswerGateOptions Gate { get; set; } = new();

    /// <summary>How often a replica checks its index against the versions in force (events keep it current in between).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Governance's address for the asker's own cases, resolved by service discovery.</summary>
    [Required]
    public Uri GovernanceAddress { get; set; } = new("https+http://governance-api");

    [Range(1, 8)]
    public int MaxCitations { get; set; } = 3;

    /// <summary>Where a firm is sent when the consultant cannot answer.</summary>
    [Required]
    public string Hotline { get; set; } = "12345";

    [Required]
    public string HumanDesk { get; set; } = "清濛开发区企业服务中心政策专员";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == ConsultantMode.Model && (Endpoint is null || string.IsNullOrWhiteSpace(Model)))
        {
            yield return new ValidationResult("The model mode needs Consultant:Endpoint and Consultant:Model.", [nameof(Endpoint), nameof(Model)]);
        }
    }
}

public enum ConsultantMode
{
    /// <summary>Built in: the answer is composed from the best passages.</summary>
    Extractive,
    /// <summary>An OpenAI-compatible model writes the answer from the passages; its citations are checked.</summary>
    Model,
}
