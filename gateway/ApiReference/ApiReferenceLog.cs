namespace Qingmeng.Gateway.ApiReference;

internal static partial class ApiReferenceLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenAPI document of {Service} could not be fetched from {Address}")]
    public static partial void DocumentUnavailable(ILogger logger, string service, string address, Exception exception);
}
