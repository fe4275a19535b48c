namespace BackCare.Bot.Framework.Turns;

/// <summary>
/// Serialises turns of one conversation inside this process, so two messages sent at once run one
/// after the other instead of racing on the same state. Striped, so memory stays bounded; across
/// processes the eTag check (and the adapter's replay) still guards the state.
/// </summary>
public sealed class ConversationLocks
{
    private readonly SemaphoreSlim[] _stripes;

    public ConversationLocks(int stripes = 1024)
    {
        _stripes = new SemaphoreSlim[stripes];
        for (var i = 0; i < stripes; i++)
        {
            _stripes[i] = new SemaphoreSlim(1, 1);
        }
    }

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
