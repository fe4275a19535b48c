using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Dialogs.Triage;

/// <summary>Reads the conversation's <see cref="TriageProfile"/> (created on first use).</summary>
public sealed class TriageProfileAccessor(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<TriageProfile> _property = conversationState.CreateProperty<TriageProfile>(nameof(TriageProfile));

    public Task<TriageProfile> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _property.GetAsync(turnContext, () => new TriageProfile(), cancellationToken);
}
