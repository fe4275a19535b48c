using BackCare.Bot.Framework.State;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Storage;

/// <summary>
/// Creates the <see cref="IStorage"/> that Storage:Provider names, for one table: conversation state
/// (<see cref="StorageTableName.State"/>) and the audit log (<see cref="StorageTableName.SymptomCheckAudit"/>)
/// share the SQLite file or the PostgreSQL database; with Memory each gets its own instance.
/// </summary>
public static class StorageFactory
{
    public static IStorage Create(IServiceProvider services, string tableName)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        return options.Provider switch
        {
            "Memory" => new InMemoryStorage(time),
            "Postgres" => new PostgresStorage(RequirePostgresConnectionString(services), time, tableName),
            _ => new SqliteStorage(options.SqliteConnectionString, time, tableName),
        };
    }

    // The retention sweeps need their storage, so this runs while the host starts and a missing secret stops it there.
    private static string RequirePostgresConnectionString(IServiceProvider services)
    {
        var name = StorageOptions.PostgresConnectionStringName;
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(name);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new OptionsValidationException(
                StorageOptions.SectionName,
                typeof(StorageOptions),
                [$"Storage:Provider is Postgres but ConnectionStrings:{name} is not set (state and the audit log share it). Supply it through user-secrets locally or a Key Vault reference in Azure."])
            : connectionString;
    }
}
