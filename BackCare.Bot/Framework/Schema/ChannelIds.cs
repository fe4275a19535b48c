namespace BackCare.Bot.Framework.Schema;

/// <summary>Channel ids seen on the wire (protocol.md §1.2).</summary>
public static class ChannelIds
{
    public const string Emulator = "emulator";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string MsTeams = "msteams";
    public const string Test = "test";
}
