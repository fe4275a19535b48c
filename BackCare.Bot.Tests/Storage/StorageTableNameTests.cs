using BackCare.Bot.Storage;

namespace BackCare.Bot.Tests.Storage;

/// <summary>Table names are interpolated into SQL, so only plain lower-case identifiers get through.</summary>
public sealed class StorageTableNameTests
{
    [Theory]
    [InlineData("bot_state")]
    [InlineData("symptom_check_audit")]
    [InlineData("_t2")]
    public void PlainLowerCaseIdentifiersAreAccepted(string name)
    {
        Assert.Equal(name, StorageTableName.Validate(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bot_State")]
    [InlineData("2fast")]
    [InlineData("bot-state")]
    [InlineData("bot_state\n")]
    [InlineData("public.bot_state")]
    [InlineData("bot_state; DROP TABLE bot_state")]
    [InlineData("\"bot_state\"")]
    public void AnythingElseIsRejectedBeforeAConnectionIsOpened(string name)
    {
        // The Postgres constructor never connects, and SQLite validates before opening the file, so these need no server.
        Assert.Throws<ArgumentException>(() => StorageTableName.Validate(name));
        Assert.Throws<ArgumentException>(() => new SqliteStorage("Data Source=never-created/x.db", TimeProvider.System, name));
        Assert.Throws<ArgumentException>(() => new PostgresStorage("Host=127.0.0.1;Port=1", TimeProvider.System, name));
        Assert.False(Directory.Exists("never-created"));
    }
}
