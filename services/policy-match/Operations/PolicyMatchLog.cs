namespace Qingmeng.PolicyMatch.Operations;

/// <summary>Structured log messages of the policy-match service. Never a mobile number or a person's name.</summary>
public static partial class PolicyMatchLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Paid {Amount} yuan under {PolicyCode} ({Period}) to {CreditCode}")]
    public static partial void Paid(ILogger logger, decimal amount, string policyCode, string period, string creditCode);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Budget of {PolicyCode} ({Period}) cannot cover {Amount} yuan; payment refused")]
    public static partial void BudgetExhausted(ILogger logger, string policyCode, string period, decimal amount);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "{CreditCode} was already paid under {PolicyCode} ({Period}); second payment refused")]
    public static partial void AlreadyPaid(ILogger logger, string creditCode, string policyCode, string period);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Policy push for {PolicyCode} v{Version}: {Outcome}")]
    public static partial void Pushed(ILogger logger, string policyCode, int version, string outcome);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Clawback of {Amount} yuan under {PolicyCode} ({Period}) recorded after a corrected fact")]
    public static partial void ClawedBack(ILogger logger, decimal amount, string policyCode, string period);
}
