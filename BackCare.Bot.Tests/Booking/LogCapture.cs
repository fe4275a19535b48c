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
