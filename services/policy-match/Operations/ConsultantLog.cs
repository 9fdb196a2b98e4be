namespace Qingmeng.PolicyMatch.Operations;

/// <summary>The consultant's log lines. Questions are never logged: they may carry personal data.</summary>
internal static partial class ConsultantLog
{
    [LoggerMessage(1, LogLevel.Information, "Consultant index loaded: {Policies} policies, {Passages} passages")]
    public static partial void IndexLoaded(ILogger logger, int policies, int passages);

    [LoggerMessage(2, LogLevel.Information, "Consultant index now holds {PolicyCode} version {Version}")]
    public static partial void PolicyIndexed(ILogger logger, string policyCode, int version);

    [LoggerMessage(3, LogLevel.Information, "Consultant index dropped {PolicyCode} version {Version}")]
    public static partial void PolicyDropped(ILogger logger, string policyCode, int version);

    [LoggerMessage(4, LogLevel.Information, "Question {QuestionId} ({Length} characters): answered {Answered} in mode {Mode}, top match {TopMatch}")]
    public static partial void Answered(ILogger logger, Guid questionId, int length, bool answered, string mode, string topMatch);

    [LoggerMessage(5, LogLevel.Warning, "Question {QuestionId}: instruction-like text ignored")]
    public static partial void InstructionsIgnored(ILogger logger, Guid questionId);

    [LoggerMessage(6, LogLevel.Warning, "Question {QuestionId}: the model's answer was not grounded ({Problem}); answered in the built-in mode")]
    public static partial void ModelAnswerRejected(ILogger logger, Guid questionId, string problem);

    [LoggerMessage(7, LogLevel.Warning, "Question {QuestionId}: the model failed ({Error}); answered in the built-in mode")]
    public static partial void ModelFailed(ILogger logger, Guid questionId, string error);

    [LoggerMessage(8, LogLevel.Error, "Consultant index could not follow {PolicyCode} version {Version}")]
    public static partial void IndexUpdateFailed(ILogger logger, Exception exception, string policyCode, int version);

    [LoggerMessage(9, LogLevel.Warning, "Question {QuestionId}: the asker's own cases could not be read from governance ({Error})")]
    public static partial void OwnCasesUnavailable(ILogger logger, Guid questionId, string error);
}
