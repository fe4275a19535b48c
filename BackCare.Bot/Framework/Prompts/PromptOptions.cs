using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Framework.Prompts;

/// <summary>What a prompt asks, how it re-asks, and when it gives up. Stored with the prompt, so it is plain data.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    /// <summary>Sent when the answer was not understood; the prompt is repeated when this is null.</summary>
    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>How many answers the user may give before the prompt gives up and ends with a null result; null for no limit.</summary>
    public int? MaxAttempts { get; set; }

    /// <summary>Sent once when the prompt gives up (or, with <see cref="KeepAsking"/>, each time the limit is reached).</summary>
    public Activity? TooManyAttemptsMessage { get; set; }

    /// <summary>
    /// At <see cref="MaxAttempts"/>, send <see cref="TooManyAttemptsMessage"/> and ask again with the choices,
    /// counting afresh, instead of ending with a null result: the user is never left without a reply or options.
    /// </summary>
    public bool KeepAsking { get; set; }
}
