namespace BackCare.Bot.Framework.Recognizers;

public static class RecognizerTraceNames
{
    /// <summary>The trace activity name Bot Builder's recognizers use.</summary>
    public const string RecognizerResult = "RecognizerResult";
}
