namespace BackCare.Bot.Framework.Dialogs;

/// <summary>The outcome of a dialog operation. <see cref="Result"/> lives for the turn only and is never stored.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
