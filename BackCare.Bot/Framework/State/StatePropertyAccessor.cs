using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Framework.State;

internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken)
    {
        var cache = await state.GetCacheAsync(turnContext, cancellationToken);
        if (cache.TryGet<T>(Name, out var value) && value is not null)
        {
            return value;
        }

        var created = defaultValueFactory();
        cache.Set(Name, created);
        return created;
    }

    public async Task<T?> GetOrDefaultAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cache = await state.GetCacheAsync(turnContext, cancellationToken);
        return cache.TryGet<T>(Name, out var value) ? value : default;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken)
    {
        var cache = await state.GetCacheAsync(turnContext, cancellationToken);
        cache.Set(Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cache = await state.GetCacheAsync(turnContext, cancellationToken);
        cache.Remove(Name);
    }
}
