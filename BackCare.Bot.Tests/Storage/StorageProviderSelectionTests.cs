using BackCare.Bot.Framework.State;
using BackCare.Bot.Hosting;
using BackCare.Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Tests.Storage;

/// <summary>How Storage:Provider and ConnectionStrings:BotState choose the IStorage the bot gets.</summary>
public sealed class StorageProviderSelectionTests
{
    [Fact]
    public async Task PostgresProviderWithAConnectionStringGetsPostgresStorage()
    {
        // No server is contacted: the schema is applied on first use, not on construction.
        await using var app = Build(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:BotState"] = "Host=127.0.0.1;Port=1;Database=unused;Username=unused;Password=unused",
        });

        Assert.IsType<PostgresStorage>(app.Services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task PostgresProviderWithoutAConnectionStringFailsNamingTheSetting()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStorage>());

        Assert.Contains("ConnectionStrings:BotState", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProviderIsRejectedListingTheChoices()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Cosmos" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStorage>());

        Assert.Contains("Sqlite, Postgres or Memory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemoryProviderGetsInMemoryStorage()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Memory" });

        Assert.IsType<InMemoryStorage>(app.Services.GetRequiredService<IStorage>());
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBackCareBot();
        return builder.Build();
    }
}
