using BackCare.Bot.Framework.State;

namespace BackCare.Bot.Framework.Turns;

/// <summary>The states the adapter saves after every turn (each is loaded on first use within the turn).</summary>
public sealed class BotStateSet(IEnumerable<BotState> states)
{
    public IReadOnlyList<BotState> States { get; } = states.ToList();

    public async Task SaveAllChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var state in States)
        {
            await state.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
    }
}
