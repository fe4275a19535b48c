using BackCare.Bot.Framework.State;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Dialogs;

/// <summary>Per-conversation facts the bot keeps outside the dialog stack.</summary>
public sealed class ConversationFlags
{
    /// <summary>Set once the welcome (or the short introduction) was shown, so it is never repeated (Direct Line can send two conversationUpdates).</summary>
    public bool Welcomed { get; set; }
}

/// <summary>Reads the conversation's <see cref="ConversationFlags"/> (created on first use).</summary>
public sealed class ConversationFlagsAccessor(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<ConversationFlags> _property = conversationState.CreateProperty<ConversationFlags>(nameof(ConversationFlags));

    /// <summary>True the first time it is asked in a conversation that has not been welcomed; marks it welcomed.</summary>
    public async Task<bool> WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var flags = await _property.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
        if (flags.Welcomed)
        {
            return false;
        }

        flags.Welcomed = true;
        return true;
    }
}
