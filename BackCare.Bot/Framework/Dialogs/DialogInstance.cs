using System.Text.Json.Nodes;

namespace BackCare.Bot.Framework.Dialogs;

/// <summary>One entry of the dialog stack: which dialog, and its own JSON state.</summary>
public sealed class DialogInstance
{
    /// <summary>Bumped when the shape of stored dialog state changes (STYLE convention 7).</summary>
    public const int CurrentVersion = 2;

    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];

    /// <summary>
    /// The inner stack of a <see cref="ComponentDialog"/>, kept as a typed object (not inside <see cref="State"/>)
    /// so a turn reads and writes it without converting JSON back and forth at every level.
    /// </summary>
    public DialogState? InnerState { get; set; }

    public int Version { get; init; } = CurrentVersion;
}
