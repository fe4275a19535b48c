using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.State;

/// <summary>Typed access to one property of a <see cref="BotState"/> for the current turn.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken);

    Task<T?> GetOrDefaultAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
