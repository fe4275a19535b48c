using BackCare.Bot.Framework.State;
using BackCare.Bot.Hosting;
using BackCare.Bot.Storage;
using BackCare.Bot.Tests.Triage;
using BackCare.Bot.Triage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Tests.Hosting;

/// <summary>How the app wires the audit log: its own storage beside state, its settings, its sweep.</summary>
public sealed class SymptomCheckAuditServiceCollectionExtensionsTests
{
    [Fact]
    public async Task MemoryProviderGivesTheAuditLogAnInMemoryStorageOfItsOwn()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Memory" });

        var state = app.Services.GetRequiredService<IStorage>();
        var audit = app.Services.GetRequiredKeyedService<IStorage>(StorageSymptomCheckAuditLog.StorageServiceKey);

        Assert.IsType<InMemoryStorage>(audit);
        Assert.NotSame(state, audit);
        Assert.Same(state, Assert.Single(app.Services.GetServices<IStorage>()));
        Assert.IsType<StorageSymptomCheckAuditLog>(app.Services.GetRequiredService<ISymptomCheckAuditLog>());
    }

    [Fact]
    public async Task PostgresProviderGivesTheAuditLogPostgresStorageOnTheStateConnectionString()
    {
        // No server is contacted: the schema is applied on first use, not on construction.
        await using var app = Build(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:BotState"] = "Host=127.0.0.1;Port=1;Database=unused;Username=unused;Password=unused",
        });

        var audit = app.Services.GetRequiredKeyedService<IStorage>(StorageSymptomCheckAuditLog.StorageServiceKey);

        Assert.IsType<PostgresStorage>(audit);
        Assert.NotSame(app.Services.GetRequiredService<IStorage>(), audit);
    }

    [Fact]
    public async Task PostgresProviderWithoutAConnectionStringFailsNamingTheSetting()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Postgres" });

        var error = Assert.Throws<OptionsValidationException>(
            () => app.Services.GetRequiredKeyedService<IStorage>(StorageSymptomCheckAuditLog.StorageServiceKey));

        Assert.Contains("ConnectionStrings:BotState", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqliteProviderWritesAuditRecordsToTheAuditTableOfTheStateFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"backcare-audit-di-{Guid.NewGuid():N}");
        var file = Path.Combine(folder, "backcare.db");
        try
        {
            await using (var app = Build(new() { ["Storage:Provider"] = "Sqlite", ["Storage:SqliteConnectionString"] = $"Data Source={file}" }))
            {
                var log = app.Services.GetRequiredService<ISymptomCheckAuditLog>();
                await log.WriteAsync(SampleAuditRecords.For("conversation-a"), CancellationToken.None);
            }

            Assert.Equal(1L, await CountAsync(file, StorageTableName.SymptomCheckAudit));
            Assert.Equal(0L, await CountAsync(file, StorageTableName.State));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DisabledAuditRegistersTheLogThatWritesNothing()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Memory", ["Audit:Enabled"] = "false" });

        var log = app.Services.GetRequiredService<ISymptomCheckAuditLog>();

        Assert.IsType<DisabledSymptomCheckAuditLog>(log);
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is AuditRetentionService);
    }

    [Fact]
    public async Task AuditSettingsDefaultToEnabledForAYear()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Memory" });

        var options = app.Services.GetRequiredService<IOptions<AuditOptions>>().Value;

        Assert.True(options.Enabled);
        Assert.Equal(TimeSpan.FromDays(365), options.Retention);
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is AuditRetentionService);
    }

    [Fact]
    public async Task AuditSettingsBindFromTheAuditSection()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Memory", ["Audit:Enabled"] = "False", ["Audit:Retention"] = "90.00:00:00" });

        var options = app.Services.GetRequiredService<IOptions<AuditOptions>>().Value;

        Assert.False(options.Enabled);
        Assert.Equal(TimeSpan.FromDays(90), options.Retention);
    }

    [Theory]
    [InlineData("00:00:59")]
    [InlineData("3650.00:00:01")]
    public async Task RetentionOutsideOneMinuteToTenYearsStopsTheStart(string retention)
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Memory", ["Audit:Retention"] = retention });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(nameof(AuditOptions.Retention), error.Message, StringComparison.Ordinal);
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBackCareBot();
        return builder.Build();
    }

    private static async Task<long> CountAsync(string file, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
