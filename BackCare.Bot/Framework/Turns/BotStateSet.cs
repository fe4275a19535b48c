using BackCare.Bot.Framework.State;

namespace BackCare.Bot.Framework.Turns;

/// <summary>The states the adapter loads before and saves after every turn.</summary>
public sealed class BotStateSet(IEnumerable<BotState> states)
{
    public IReadOnlyList<BotState> States { get; } = states.ToList();

    public async Task LoadAllAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var state in States)
        {
            await state.LoadAsync(turnContext, force: true, cancellationToken);
        }
    }

    public async Task SaveAllChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var state in States)
        {
            await state.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
    }
}
