namespace BackCare.Bot.Framework.Prompts;

/// <summary>Accepts or rejects a recognised answer. A validator that sends a message suppresses the retry prompt.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
