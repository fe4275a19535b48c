namespace BackCare.Bot.Dialogs.Booking;

/// <summary>The call-back conversation's log lines: references and outcomes only, never names, numbers or emails.</summary>
internal static partial class CallbackLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Call-back request received with reference {Reference} (disposition {DispositionCode})")]
    public static partial void Received(ILogger logger, string reference, string? dispositionCode);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Call-back request was not received: {ErrorType}; the person was given the clinic's phone number")]
    public static partial void NotReceived(ILogger logger, string errorType);
}
