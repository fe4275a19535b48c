using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackCare.Bot.Tests.Booking;

/// <summary>Records every log entry (formatted message, structured values and exception text) for privacy assertions.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>
    /// Waits for an entry that contains every one of <paramref name="parts"/> (hosted services log on their own
    /// thread, after the host has started); fails the test after five seconds.
    /// </summary>
    public async Task<string> WaitForAsync(params string[] parts)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            var found = Entries.FirstOrDefault(e => parts.All(p => e.Contains(p, StringComparison.Ordinal)));
            if (found is not null)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No log entry contains {string.Join(" and ", parts)}. Entries:\n{string.Join("\n", Entries)}");
            await Task.Delay(20);
        }
    }

    /// <summary>Fails when any log entry contains one of <paramref name="secrets"/> (case-insensitive).</summary>
    public void AssertNoneContain(params string[] secrets)
    {
        var entries = Entries;
        Assert.NotEmpty(entries);
        foreach (var secret in secrets)
        {
            var leak = entries.FirstOrDefault(e => e.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"A log entry contains \"{secret}\": {leak}");
        }
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            capture._entries.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} | {values} | {exception}");
        }
    }
}
