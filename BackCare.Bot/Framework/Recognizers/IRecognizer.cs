using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.Recognizers;

/// <summary>Finds the intent of a message. One seam, so a trained recognizer can replace the pattern one.</summary>
public interface IRecognizer
{
    Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
