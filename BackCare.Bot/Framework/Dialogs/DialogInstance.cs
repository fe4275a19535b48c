using System.Text.Json.Nodes;

namespace BackCare.Bot.Framework.Dialogs;

/// <summary>One entry of the dialog stack: which dialog, and its own JSON state.</summary>
public sealed class DialogInstance
{
    /// <summary>Bumped when the shape of stored dialog state changes (STYLE convention 7).</summary>
    public const int CurrentVersion = 1;

    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];

    public int Version { get; init; } = CurrentVersion;
}
