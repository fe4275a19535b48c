using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>
/// The running symptom check's <see cref="SymptomCheckProgress"/>, a typed conversation-state property: the one
/// place the check, the safety net, "stop" and the turn error handler read the answers so far. It exists from
/// consent to the disposition, and is removed when the check reaches it or is cancelled (stop, a red flag).
/// </summary>
public sealed class SymptomCheckProgressAccessor(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<SymptomCheckProgress> _property = conversationState.CreateProperty<SymptomCheckProgress>(nameof(SymptomCheckProgress));

    /// <summary>The running check's progress, or null when no check is running.</summary>
    public Task<SymptomCheckProgress?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _property.GetOrDefaultAsync(turnContext, cancellationToken);

    public Task StartAsync(ITurnContext turnContext, SymptomCheckProgress progress, CancellationToken cancellationToken) =>
        _property.SetAsync(turnContext, progress, cancellationToken);

    public Task EndAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _property.DeleteAsync(turnContext, cancellationToken);
}
