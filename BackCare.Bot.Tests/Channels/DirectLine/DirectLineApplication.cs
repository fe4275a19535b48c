using BackCare.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Channels.DirectLine;

/// <summary>The bot hosted in memory with the local Direct Line endpoint on and a clock the test moves.</summary>
public static class DirectLineApplication
{
    public static BackCareApplication Create(FakeTimeProvider time, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["DirectLine:Local:Enabled"] = "true" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BackCareApplication(all, services => services.AddSingleton<TimeProvider>(time));
    }

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
}
