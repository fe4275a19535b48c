namespace BackCare.Bot.Booking.Delivery;

/// <summary>The delivery channels enabled by configuration, in a fixed order.</summary>
public sealed class CallbackChannels(IEnumerable<ICallbackChannel> channels)
{
    public IReadOnlyList<ICallbackChannel> Enabled { get; } = channels.Where(c => c.IsEnabled).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> EnabledNames => Enabled.Select(c => c.Name).ToList();
}
