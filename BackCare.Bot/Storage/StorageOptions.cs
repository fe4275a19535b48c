using System.ComponentModel.DataAnnotations;

namespace BackCare.Bot.Storage;

/// <summary>Where and for how long conversation state is kept. Section "Storage".</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The name under ConnectionStrings of the PostgreSQL database (a secret: user-secrets or Key Vault).</summary>
    public const string PostgresConnectionStringName = "BotState";

    /// <summary>
    /// "Sqlite" (default, a local file), "Postgres" (shared by every instance when scaled out; needs
    /// ConnectionStrings:BotState) or "Memory" (lost on restart).
    /// </summary>
    [Required]
    [RegularExpression("^(Sqlite|Postgres|Memory)$", ErrorMessage = "Storage:Provider must be Sqlite, Postgres or Memory.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite connection string; the file's folder is created on start.</summary>
    [Required]
    public string SqliteConnectionString { get; set; } = "Data Source=data/backcare.db";

    /// <summary>State not touched for this long is deleted (a conversation's data expires after inactivity).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the retention sweep runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
